import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  FactReuse,
  PORTFOLIO_CATALOG_READS,
  PortfolioFacts,
  addEntityToFacts,
  emptyFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { runInSlices } from '../eventLoop/slices';

/** What one pass over the catalog reads. */
export interface CatalogRead {
  /** The portfolio's facts. */
  facts: PortfolioFacts;
  /** How many of them are the held facts, reused unchanged. */
  reused: number;
  /** How many entities the catalog gave, facts or not. */
  entities: number;
}

/** How {@link readCatalogFacts} reads. */
export interface CatalogReadOptions {
  /** Entities per page; 500 by default. */
  pageSize?: number;
  /** Once it fires, the read stops between pages, throwing its reason. */
  signal?: AbortSignal;
  /**
   * The facts this replica serves meanwhile: read facts equal to held ones
   * are replaced by them, so that the two are not held twice.
   */
  held?: PortfolioFacts;
}

/**
 * Reads every entity the portfolio needs, page by page, as plain facts.
 */
export async function readCatalogFacts(
  catalog: CatalogService,
  auth: AuthService,
  { pageSize = 500, signal, held }: CatalogReadOptions = {},
): Promise<CatalogRead> {
  const credentials = await auth.getOwnServiceCredentials();
  const facts = emptyFacts();
  // In slices: at 100,000 data products, indexing the held facts at once
  // held the event loop for 200 ms.
  const reuse = await runInSlices(FactReuse.steps(held), signal);
  let reused = 0;
  let entities = 0;
  for (const { kinds, fields } of PORTFOLIO_CATALOG_READS) {
    const pages = catalog.streamEntities(
      { filter: { kind: kinds }, fields, pageSize },
      { credentials },
    );
    for await (const page of pages) {
      // Reading 100,000 entities takes seconds: a run the scheduler gave
      // up on (timed out, claimed by another replica, or the backend
      // stopping) ends here rather than reading on.
      signal?.throwIfAborted();
      for (const entity of page) addEntityToFacts(facts, entity);
      entities += page.length;
      // Page by page, so that the copies are let go as the read goes on.
      reused += reuse.reuse(facts);
    }
  }
  return { facts, reused, entities };
}
