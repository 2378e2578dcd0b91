import { compareText } from '../text/compareText';
import { addEntityToFacts, emptyFacts, PortfolioFacts } from './facts';
import type { EntityChange } from './entityChanges';
import { Steps, runSteps } from '../time/steps';
import { sortSteps } from '../time/sortSteps';

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
  return runSteps(canonicalFactsSteps(facts));
}

/**
 * {@link canonicalFacts} in steps: after a full read, 100,000 data
 * products arrive in the catalog's order, and sorting them at once holds
 * a backend's event loop for a few hundred milliseconds.
 *
 * @public
 */
export function* canonicalFactsSteps(
  facts: PortfolioFacts,
): Steps<PortfolioFacts> {
  return {
    domains: yield* sortSteps(facts.domains, byRef),
    dataProducts: yield* sortSteps(facts.dataProducts, byRef),
    useCases: yield* sortSteps(facts.useCases, byRef),
    capabilities: yield* sortSteps(facts.capabilities, byRef),
    groups: yield* sortSteps(facts.groups, byRef),
    apis: yield* sortSteps(facts.apis ?? [], byRef),
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
  return runSteps(patchFactsSteps(facts, changes));
}

/**
 * {@link patchFacts} in steps, for a backend that applies told changes
 * to 100,000 data products' facts between requests.
 *
 * @public
 */
export function* patchFactsSteps(
  facts: PortfolioFacts,
  changes: readonly EntityChange[],
): Steps<PortfolioFacts> {
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
  return yield* canonicalFactsSteps({
    domains: merge(facts.domains, fresh.domains),
    dataProducts: merge(facts.dataProducts, fresh.dataProducts),
    useCases: merge(facts.useCases, fresh.useCases),
    capabilities: merge(facts.capabilities, fresh.capabilities),
    groups: merge(facts.groups, fresh.groups),
    apis: merge(facts.apis, fresh.apis),
  });
}
