import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';

/**
 * Resolves a reference as written in an entity field (`orders`,
 * `group:checkout-team`) to a full one. Entity links need the full form;
 * malformed text resolves to nothing rather than breaking the page.
 */
export function resolveFieldRef(
  ref: string,
  defaultKind: string,
  defaultNamespace: string,
): CompoundEntityRef | undefined {
  try {
    return parseEntityRef(ref, { defaultKind, defaultNamespace });
  } catch {
    return undefined;
  }
}
