/*
 * Who reads which output port, as plain data: what a contract change's
 * impact is worked out over. Built from catalog entities once per
 * portfolio, then indexed, so that the impact of any number of contracts
 * costs one walk each over what they reach.
 */
import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import type { UseCaseStatus } from '../kinds/constants';
import { valuesAtPath } from '../kinds/descriptor';
import { dataMeshKindDescriptorOf } from '../kinds/descriptors';
import { portContractApis, portReferencesOf } from '../kinds/portContracts';
import { normalizeEntityRef } from '../refs';

/**
 * A read of a data product: one output port, or every port when none is
 * named.
 *
 * @public
 */
export interface PortRead {
  /** The data product's ref. */
  dataProduct: string;
  /** The output port's name; none: every output port. */
  port?: string;
}

/**
 * A data product as contract impact sees it.
 *
 * @public
 */
export interface ContractGraphProduct {
  /** The data product's ref. */
  ref: string;
  /** Its title, or its name. */
  title: string;
  /** Its output ports that name a contract API, with that API's ref. */
  contracts: Array<{ port: string; api: string }>;
  /** What its input ports read. */
  reads: PortRead[];
}

/**
 * A use case as contract impact sees it.
 *
 * @public
 */
export interface ContractGraphUseCase {
  /** The use case's ref. */
  ref: string;
  /** Its title, or its name. */
  title: string;
  /** Its status; committed and live use cases are real. */
  status: UseCaseStatus;
  /** What it consumes. */
  reads: PortRead[];
}

/**
 * Who reads which output port, and which ports name which contract.
 *
 * @public
 */
export interface ContractGraph {
  /** Every data product. */
  dataProducts: ContractGraphProduct[];
  /** Every use case. */
  useCases: ContractGraphUseCase[];
}

function titleOf(entity: Entity): string {
  return entity.metadata.title || entity.metadata.name;
}

function readsOf(entity: Entity): PortRead[] {
  return portReferencesOf(entity).map(({ dataProduct, port }) => ({
    dataProduct: normalizeEntityRef(dataProduct),
    ...(port === undefined ? {} : { port }),
  }));
}

function contractsOf(product: Entity): ContractGraphProduct['contracts'] {
  return valuesAtPath(product, 'spec.outputPorts[]').flatMap(({ value }) => {
    const name = (value as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return [];
    return portContractApis(product, name).map(api => ({
      port: name,
      api: normalizeEntityRef(api),
    }));
  });
}

/**
 * The contract graph of a catalog's data products and use cases; other
 * kinds are ignored, and malformed references left out (they are the
 * validator's errors).
 *
 * @public
 */
export function contractGraphFromEntities(
  entities: Iterable<Entity>,
): ContractGraph {
  const graph: ContractGraph = { dataProducts: [], useCases: [] };
  for (const entity of entities) {
    const kind = dataMeshKindDescriptorOf(entity)?.kind;
    if (kind !== 'DataProduct' && kind !== 'UseCase') continue;
    const ref = normalizeEntityRef(getCompoundEntityRef(entity));
    if (kind === 'DataProduct') {
      graph.dataProducts.push({
        ref,
        title: titleOf(entity),
        contracts: contractsOf(entity),
        reads: readsOf(entity),
      });
    } else {
      graph.useCases.push({
        ref,
        title: titleOf(entity),
        status: (entity.spec?.status ?? 'proposed') as UseCaseStatus,
        reads: readsOf(entity),
      });
    }
  }
  return graph;
}
