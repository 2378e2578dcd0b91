import { compareText } from '../insight/briefs';
import { addEntityToFacts, emptyFacts, PortfolioFacts } from './facts';
import type { EntityChange } from './entityChanges';

function byRef(a: { ref: string }, b: { ref: string }): number {
  return compareText(a.ref, b.ref);
}

/**
 * The facts with each list in ref order. The catalog streams entities in
 * an order of its own and a patch adds changed ones wherever; computing
 * from facts in one order makes a patched portfolio equal, element for
 * element, to one computed from a full read.
 *
 * @public
 */
export function canonicalFacts(facts: PortfolioFacts): PortfolioFacts {
  return {
    domains: [...facts.domains].sort(byRef),
    dataProducts: [...facts.dataProducts].sort(byRef),
    useCases: [...facts.useCases].sort(byRef),
    capabilities: [...facts.capabilities].sort(byRef),
    groups: [...facts.groups].sort(byRef),
    apis: [...(facts.apis ?? [])].sort(byRef),
  };
}

/**
 * The facts after some entities changed: each changed entity's facts are
 * replaced by what it says now, or dropped once it is gone. An entity's
 * facts depend on its own fields only (never on relations the catalog
 * derives from other entities), so nothing else needs reading. The result
 * is in canonical order ({@link canonicalFacts}); `facts` is not changed.
 *
 * @public
 */
export function patchFacts(
  facts: PortfolioFacts,
  changes: readonly EntityChange[],
): PortfolioFacts {
  const changed = new Set(changes.map(change => change.ref));
  const fresh = emptyFacts();
  for (const { entity } of changes) {
    if (entity) addEntityToFacts(fresh, entity);
  }
  const merge = <T extends { ref: string }>(
    held: readonly T[] | undefined,
    added: readonly T[] | undefined,
  ): T[] => [
    ...(held ?? []).filter(fact => !changed.has(fact.ref)),
    ...(added ?? []),
  ];
  return canonicalFacts({
    domains: merge(facts.domains, fresh.domains),
    dataProducts: merge(facts.dataProducts, fresh.dataProducts),
    useCases: merge(facts.useCases, fresh.useCases),
    capabilities: merge(facts.capabilities, fresh.capabilities),
    groups: merge(facts.groups, fresh.groups),
    apis: merge(facts.apis, fresh.apis),
  });
}
