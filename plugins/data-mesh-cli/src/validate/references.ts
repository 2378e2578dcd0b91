import { Entity } from '@backstage/catalog-model';
import {
  CatalogFileEntity,
  factsFromEntities,
  findDanglingReferences,
  normalizeEntityRef,
  refContextOf,
  resolveOwnerRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** A valid entity of the files checked, with the file it came from. */
export interface LocatedEntity extends CatalogFileEntity {
  /** The file, as named on the command line. */
  file: string;
}

/** A reference that none of the checked files defines. */
export interface UnresolvedReference {
  /** Where the reference is written. */
  at: LocatedEntity;
  /** Field path, e.g. `spec.domain`. */
  path: string;
  /** The reference, normalised to `kind:namespace/name`. */
  ref: string;
}

const OWNER_KINDS = ['group', 'user'];

/**
 * References of the data-mesh fields (domain, upstream and consumed data
 * products, capabilities, sub-domains) and of `spec.owner` that resolve to
 * nothing within the given entities. They are warnings, not errors: the
 * catalog accepts them, and the entity may well be defined elsewhere.
 */
export function findUnresolvedReferences(
  entities: LocatedEntity[],
): UnresolvedReference[] {
  const byRef = new Map(
    entities.map(e => [normalizeEntityRef(e.ref), e] as const),
  );
  const found: UnresolvedReference[] = findDanglingReferences(
    factsFromEntities(entities.map(e => e.entity as unknown as Entity)),
  ).flatMap(dangling => {
    const at = byRef.get(dangling.from);
    return at ? [{ at, path: dangling.field, ref: dangling.ref }] : [];
  });
  for (const at of entities) {
    const entity = at.entity as unknown as Entity;
    const owner = entity.spec?.owner;
    if (typeof owner !== 'string') continue;
    let ref: string;
    try {
      ref = resolveOwnerRef(owner, refContextOf(entity));
    } catch {
      continue; // a malformed owner is the validator's error, not a warning
    }
    const kind = ref.split(':')[0];
    if (OWNER_KINDS.includes(kind) && !byRef.has(ref)) {
      found.push({ at, path: 'spec.owner', ref });
    }
  }
  return found;
}
