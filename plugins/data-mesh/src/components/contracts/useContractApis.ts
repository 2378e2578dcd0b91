import type { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { normalizeEntityRef } from '@data-mesh-portfolio/plugin-data-mesh-common';

/** Just what the contract view reads of an API entity. */
const CONTRACT_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.type',
  'spec.definition',
];

/** The contract APIs of a card, looked up once for all its ports. */
export interface ContractApis {
  loading: boolean;
  /** Why the lookup failed, when it did. */
  error?: Error;
  /**
   * Each normalised ref with its entity, or undefined when the catalog gave
   * none: the API does not exist, or the user may not read it (the
   * catalog answers both alike).
   */
  entities: Map<string, Entity | undefined>;
}

/**
 * Reads the `odcs` API entities that hold the contracts of a product's
 * ports, in one request, through the catalog, which filters by the user's
 * permissions.
 */
export function useContractApis(entityRefs: string[]): ContractApis {
  const catalogApi = useApi(catalogApiRef);
  const refs = [...new Set(entityRefs.map(ref => normalizeEntityRef(ref)))];
  const key = refs.sort().join(',');

  const { value, loading, error } = useAsync(async () => {
    const entities = new Map<string, Entity | undefined>();
    if (refs.length === 0) return entities;
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: refs,
      fields: CONTRACT_FIELDS,
    });
    refs.forEach((ref, index) => entities.set(ref, items[index]));
    return entities;
    // The key stands for the list of references.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalogApi, key]);

  return { loading, error, entities: value ?? new Map() };
}
