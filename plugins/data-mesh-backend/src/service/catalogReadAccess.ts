import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';

/** Answers whether the caller may read an entity, by its normalised ref. */
export type CanRead = (ref: string) => boolean;

/** Refs per lookup: a request body of a few kilobytes. */
export const READ_CHECK_BATCH_SIZE = 200;

/** Which entities one caller may read, asked only for the refs named. */
export interface CatalogReadAccess {
  /** Resolves which of these refs the caller may read. */
  check(refs: Iterable<string>): Promise<CanRead>;
}

/**
 * What the caller may read in the catalog (`catalog.entity.read`). The
 * policy is asked once for its decision on the permission as a whole: when
 * it allows or denies unconditionally, no ref is sent anywhere. When the
 * decision depends on the entity, the catalog itself is asked, on the
 * caller's behalf, for the refs an answer names, in batches: it applies the
 * policy's conditions in one query per batch, exactly as for its own reads.
 * (Asking the permission backend ref by ref costs it a round trip to the
 * catalog per batch as well, and was several times slower.) An entity the
 * catalog does not hold counts as unreadable.
 */
export async function catalogReadAccess(
  permissions: PermissionsService,
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<CatalogReadAccess> {
  const [decision] = await permissions.authorizeConditional(
    [{ permission: catalogEntityReadPermission }],
    { credentials },
  );
  if (decision.result === AuthorizeResult.ALLOW) {
    return { check: async () => () => true };
  }
  if (decision.result === AuthorizeResult.DENY) {
    return { check: async () => () => false };
  }
  return {
    async check(refs) {
      const unique = [...new Set(refs)];
      const allowed = new Set<string>();
      for (let i = 0; i < unique.length; i += READ_CHECK_BATCH_SIZE) {
        const batch = unique.slice(i, i + READ_CHECK_BATCH_SIZE);
        const { items } = await catalog.getEntitiesByRefs(
          { entityRefs: batch, fields: ['kind'] },
          { credentials },
        );
        batch.forEach((ref, j) => {
          if (items[j]) allowed.add(ref);
        });
      }
      return ref => allowed.has(ref);
    },
  };
}
