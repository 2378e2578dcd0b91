import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PORTFOLIO_ENTITY_FIELDS,
  PORTFOLIO_ENTITY_KINDS,
  PortfolioFacts,
  addEntityToFacts,
  emptyFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** What one pass over the catalog reads. */
export interface CatalogRead {
  /** The portfolio's facts. */
  facts: PortfolioFacts;
}

/**
 * Reads every entity the portfolio needs, page by page, as plain facts.
 * Stops between pages, throwing the signal's reason, once `signal` fires.
 */
export async function readCatalogFacts(
  catalog: CatalogService,
  auth: AuthService,
  pageSize = 500,
  signal?: AbortSignal,
): Promise<CatalogRead> {
  const credentials = await auth.getOwnServiceCredentials();
  const facts = emptyFacts();
  const pages = catalog.streamEntities(
    {
      filter: { kind: PORTFOLIO_ENTITY_KINDS },
      fields: PORTFOLIO_ENTITY_FIELDS,
      pageSize,
    },
    { credentials },
  );
  for await (const page of pages) {
    // Reading 100,000 entities takes seconds: a run the scheduler gave up
    // on (timed out, claimed by another replica, or the backend stopping)
    // ends here rather than reading on.
    signal?.throwIfAborted();
    for (const entity of page) addEntityToFacts(facts, entity);
  }
  return { facts };
}
