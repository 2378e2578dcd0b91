import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PortfolioFacts,
  addEntityToFacts,
  emptyFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/**
 * Only the fields the portfolio needs, so that large catalogs stream small
 * pages (specs of other kinds, descriptions and relations stay behind).
 */
const FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.type',
  'spec.owner',
  'spec.domain',
  'spec.subdomainOf',
  'spec.parent',
  'spec.lifecycle',
  'spec.status',
  'spec.category',
  'spec.personas',
  'spec.value',
  'spec.consumes',
  'spec.requiresCapabilities',
  'spec.inputPorts',
];

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
      filter: {
        kind: [
          'Domain',
          'DataProduct',
          'UseCase',
          'PlatformCapability',
          'Group',
        ],
      },
      fields: FIELDS,
      pageSize,
    },
    { credentials },
  );
  for await (const page of pages) {
    for (const entity of page) addEntityToFacts(facts, entity);
  }
  return facts;
}
