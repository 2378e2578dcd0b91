import type { AuthService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PORTFOLIO_ENTITY_KINDS,
  PortfolioFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioSnapshot } from '../store/PortfolioSnapshot';

/*
 * Deleted entities never pass a processor, so the catalog module cannot
 * tell of them. What shows them cheaply is a count: the catalog's entities
 * of the portfolio's kinds, one count query, against what the snapshot
 * holds. While every change is followed the two differ by a constant,
 * the entities that give no facts, counted at the last full read.
 */

/** How many entities the facts hold, of every kind. */
export function factCount(facts: PortfolioFacts): number {
  return (
    facts.domains.length +
    facts.dataProducts.length +
    facts.useCases.length +
    facts.capabilities.length +
    facts.groups.length +
    (facts.apis?.length ?? 0)
  );
}

/**
 * Whether the catalog counts other entities of the portfolio's kinds than
 * the snapshot accounts for: one was deleted (or added untold), and only a
 * full read shows which. Undefined when the snapshot did not count them.
 */
export async function catalogCountDiffers(
  catalog: CatalogService,
  auth: AuthService,
  snapshot: PortfolioSnapshot,
): Promise<{ counted: number; expected: number } | undefined> {
  if (snapshot.entitiesWithoutFacts === undefined) return undefined;
  const { totalItems } = await catalog.queryEntities(
    { filter: { kind: PORTFOLIO_ENTITY_KINDS }, limit: 0 },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  const expected = factCount(snapshot.facts) + snapshot.entitiesWithoutFacts;
  return totalItems === expected
    ? undefined
    : { counted: totalItems, expected };
}
