import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ContractGraph,
  PORTFOLIO_ENTITY_FIELDS,
  PORTFOLIO_ENTITY_KINDS,
  PortfolioFacts,
  addEntityToFacts,
  contractGraphFromEntities,
  emptyFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * Reads every entity the portfolio needs, page by page, as plain facts,
 * and, in the same pass, who reads which output port (the contract graph
 * a contract change's impact is worked out over). Stops between pages,
 * throwing the signal's reason, once `signal` fires.
 */
export async function readCatalogFacts(
  catalog: CatalogService,
  auth: AuthService,
  pageSize = 500,
  signal?: AbortSignal,
): Promise<{ facts: PortfolioFacts; graph: ContractGraph }> {
  const credentials = await auth.getOwnServiceCredentials();
  const facts = emptyFacts();
  const graph: ContractGraph = { dataProducts: [], useCases: [] };
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
    // The page's data products and use cases, from the fields read above.
    const read = contractGraphFromEntities(page);
    graph.dataProducts.push(...read.dataProducts);
    graph.useCases.push(...read.useCases);
  }
  return { facts, graph };
}
