import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ContractGraph,
  PORTFOLIO_ENTITY_FIELDS,
  PORTFOLIO_ENTITY_KINDS,
  PortfolioFacts,
  addEntityToFacts,
  contractGraphFromEntities,
  emptyFacts,
  normalizeEntityRef,
  refContextOf,
  resolveOwnerRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** What one pass over the catalog reads. */
export interface CatalogRead {
  /** The portfolio's facts. */
  facts: PortfolioFacts;
  /** Who reads which output port, for the impact of contract changes. */
  graph: ContractGraph;
  /**
   * The owner of each use case (the facts keep data products' only), to
   * tell the owners of what a breaking contract change reaches.
   */
  useCaseOwners: Map<string, string>;
}

/** A use case's owner ref, normalised; none when it does not resolve. */
function ownerOf(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string') return undefined;
  try {
    return resolveOwnerRef(owner, refContextOf(entity));
  } catch {
    return undefined;
  }
}

/**
 * Reads every entity the portfolio needs, page by page, as plain facts,
 * and, in the same pass, who reads which output port (the contract graph
 * a contract change's impact is worked out over) and the use cases'
 * owners. Stops between pages,
 * throwing the signal's reason, once `signal` fires.
 */
export async function readCatalogFacts(
  catalog: CatalogService,
  auth: AuthService,
  pageSize = 500,
  signal?: AbortSignal,
): Promise<CatalogRead> {
  const credentials = await auth.getOwnServiceCredentials();
  const facts = emptyFacts();
  const graph: ContractGraph = { dataProducts: [], useCases: [] };
  const useCaseOwners = new Map<string, string>();
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
    for (const entity of page) {
      if (entity.kind.toLocaleLowerCase('en-US') !== 'usecase') continue;
      const owner = ownerOf(entity);
      const ref = normalizeEntityRef(getCompoundEntityRef(entity));
      if (owner) useCaseOwners.set(ref, owner);
    }
  }
  return { facts, graph, useCaseOwners };
}
