import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ContractGraph,
  PORTFOLIO_WHOLE_SPEC_FIELDS,
  contractGraphFromEntities,
  normalizeEntityRef,
  refContextOf,
  resolveOwnerRef,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/** Who reads which output port, and who owns the use cases reading them. */
export interface ContractReaders {
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
 * Reads the data products and use cases again, page by page, for who reads
 * which output port. Only a run that stores a breaking contract version
 * needs it, and those are rare: building it in every full read cost half
 * as much again as the facts themselves, and memory with it.
 */
export async function readContractReaders(
  catalog: CatalogService,
  auth: AuthService,
  signal?: AbortSignal,
): Promise<ContractReaders> {
  const credentials = await auth.getOwnServiceCredentials();
  const graph: ContractGraph = { dataProducts: [], useCases: [] };
  const useCaseOwners = new Map<string, string>();
  // As a full read asks for them: whole specs project faster.
  const pages = catalog.streamEntities(
    {
      filter: { kind: ['DataProduct', 'UseCase'] },
      fields: PORTFOLIO_WHOLE_SPEC_FIELDS,
      pageSize: 500,
    },
    { credentials },
  );
  for await (const page of pages) {
    signal?.throwIfAborted();
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
  return { graph, useCaseOwners };
}
