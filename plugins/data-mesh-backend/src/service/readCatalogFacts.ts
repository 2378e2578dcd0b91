import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PORTFOLIO_ENTITY_FIELDS,
  PORTFOLIO_ENTITY_KINDS,
  PortfolioFacts,
  addEntityToFacts,
  emptyFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** Reads every entity the portfolio needs, page by page, as plain facts. */
export async function readCatalogFacts(
  catalog: CatalogService,
  auth: AuthService,
  pageSize = 500,
): Promise<PortfolioFacts> {
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
    for (const entity of page) addEntityToFacts(facts, entity);
  }
  return facts;
}
