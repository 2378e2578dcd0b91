import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';

/** Answers whether the caller may read an entity, by its normalised ref. */
export type CanRead = (ref: string) => boolean;

/**
 * Asks the permission framework, in one batch, which of these entities the
 * caller may read in the catalog. Entities it may not read are then left out
 * of answers, so that names never leak through the portfolio.
 */
export async function readableRefs(
  permissions: PermissionsService,
  credentials: BackstageCredentials,
  refs: Iterable<string>,
): Promise<CanRead> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return () => true;
  const decisions = await permissions.authorize(
    unique.map(resourceRef => ({
      permission: catalogEntityReadPermission,
      resourceRef,
    })),
    { credentials },
  );
  const allowed = new Set(
    unique.filter((_, i) => decisions[i].result === AuthorizeResult.ALLOW),
  );
  return ref => allowed.has(ref);
}
