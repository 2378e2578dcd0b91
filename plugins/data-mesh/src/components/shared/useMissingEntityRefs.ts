import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { normalizeEntityRef } from '@data-mesh-portfolio/plugin-data-mesh-common';

/** The fields that prove an entity exists; nothing more is needed. */
const EXISTENCE_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

/**
 * Which of the given references have no entity in the catalog. Such
 * references are allowed (the catalog does not fail on them), so views show
 * them as a hint rather than an error.
 *
 * @returns the missing references, normalised; empty while loading or when
 *   the lookup fails, so that a failed lookup never hides a link.
 */
export function useMissingEntityRefs(entityRefs: string[]): Set<string> {
  const catalogApi = useApi(catalogApiRef);
  const normalized = [
    ...new Set(entityRefs.map(ref => normalizeEntityRef(ref))),
  ];
  const key = normalized.sort().join(',');

  const { value } = useAsync(async () => {
    if (normalized.length === 0) {
      return new Set<string>();
    }
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: normalized,
      fields: EXISTENCE_FIELDS,
    });
    return new Set(normalized.filter((_ref, index) => !items[index]));
    // The key stands for the list of references.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalogApi, key]);

  return value ?? new Set();
}
