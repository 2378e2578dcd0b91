/*
 * Whom a contract change reaches (PRODUCT.md §8): the use cases that
 * consume a port naming the contract, the data products whose input ports
 * read it, and, through lineage, every data product and real use case
 * downstream of those. A consumer naming a product without a port reads
 * every port, so it is reached too. Lineage may hold cycles: each product
 * is visited once.
 */
import { REAL_USE_CASE_STATUSES } from '../kinds/constants';
import type { UseCaseStatus } from '../kinds/constants';
import type {
  ContractGraph,
  ContractGraphProduct,
  ContractGraphUseCase,
  PortRead,
} from './contractGraph';

/**
 * How a consumer is reached: it reads a port naming the contract, or it is
 * downstream of a data product that does.
 *
 * @public
 */
export type ContractReach = 'port' | 'lineage';

/**
 * A data product a contract change reaches.
 *
 * @public
 */
export interface ReachedDataProduct {
  /** The data product's ref. */
  ref: string;
  /** Its title. */
  title: string;
  /** Whether it reads the contract's port, or is downstream of one that does. */
  reach: ContractReach;
  /** The data product it reads that carries the change to it. */
  through: string;
}

/**
 * A use case a contract change reaches.
 *
 * @public
 */
export interface ReachedUseCase extends ReachedDataProduct {
  /** Its status. */
  status: UseCaseStatus;
  /** True for a committed or live use case. */
  real: boolean;
}

/**
 * Everyone a contract change reaches, in order: use cases real first, then
 * those reading the port before those downstream, then by title; data
 * products by distance from the port, then by title.
 *
 * @public
 */
export interface ContractReachers {
  /** The API entity's ref of the contract. */
  api: string;
  /** The output ports that name the contract. */
  ports: Array<{ dataProduct: string; port: string }>;
  /** The use cases reached. */
  useCases: ReachedUseCase[];
  /** The data products reached. */
  dataProducts: ReachedDataProduct[];
}

const REAL = new Set<string>(REAL_USE_CASE_STATUSES);

interface Reader {
  readonly entity: ContractGraphProduct | ContractGraphUseCase;
  readonly isProduct: boolean;
  readonly port?: string;
}

/**
 * A contract graph indexed by what is read, to work out the consumers of
 * many contracts.
 *
 * @public
 */
export class ContractImpactIndex {
  private readonly readersOf = new Map<string, Reader[]>();
  private readonly portsOf = new Map<
    string,
    Array<{ product: ContractGraphProduct; port: string }>
  >();

  constructor(graph: ContractGraph) {
    const addReads = (
      entity: ContractGraphProduct | ContractGraphUseCase,
      isProduct: boolean,
      reads: PortRead[],
    ) => {
      for (const read of reads) {
        const list = this.readersOf.get(read.dataProduct) ?? [];
        list.push({ entity, isProduct, port: read.port });
        this.readersOf.set(read.dataProduct, list);
      }
    };
    for (const product of graph.dataProducts) {
      addReads(product, true, product.reads);
      for (const { port, api } of product.contracts) {
        const list = this.portsOf.get(api) ?? [];
        list.push({ product, port });
        this.portsOf.set(api, list);
      }
    }
    for (const useCase of graph.useCases)
      addReads(useCase, false, useCase.reads);
  }

  /** Everyone a change of the contract with this API ref reaches. */
  reachers(api: string): ContractReachers {
    const ports = this.portsOf.get(api) ?? [];
    const products = new Map<string, ReachedDataProduct & { depth: number }>();
    const useCases = new Map<string, ReachedUseCase>();
    let frontier: Array<{ ref: string; depth: number }> = [];

    const reachProduct = (
      product: ContractGraphProduct,
      reach: ContractReach,
      through: string,
      depth: number,
    ) => {
      if (products.has(product.ref)) return;
      products.set(product.ref, {
        ref: product.ref,
        title: product.title,
        reach,
        through,
        depth,
      });
      frontier.push({ ref: product.ref, depth });
    };
    const reachUseCase = (
      useCase: ContractGraphUseCase,
      reach: ContractReach,
      through: string,
    ) => {
      const real = REAL.has(useCase.status);
      // Downstream of lineage only real use cases count (§8).
      if (useCases.has(useCase.ref) || (reach === 'lineage' && !real)) return;
      useCases.set(useCase.ref, {
        ref: useCase.ref,
        title: useCase.title,
        reach,
        through,
        status: useCase.status,
        real,
      });
    };

    // First, the readers of the ports themselves.
    for (const { product, port } of ports) {
      for (const reader of this.readersOf.get(product.ref) ?? []) {
        if (reader.port !== undefined && reader.port !== port) continue;
        if (reader.isProduct) {
          reachProduct(
            reader.entity as ContractGraphProduct,
            'port',
            product.ref,
            1,
          );
        } else {
          reachUseCase(
            reader.entity as ContractGraphUseCase,
            'port',
            product.ref,
          );
        }
      }
    }
    // Then everything downstream of the products reached, whatever port.
    while (frontier.length > 0) {
      const next = frontier;
      frontier = [];
      for (const { ref, depth } of next) {
        for (const reader of this.readersOf.get(ref) ?? []) {
          if (reader.isProduct) {
            reachProduct(
              reader.entity as ContractGraphProduct,
              'lineage',
              ref,
              depth + 1,
            );
          } else {
            reachUseCase(reader.entity as ContractGraphUseCase, 'lineage', ref);
          }
        }
      }
    }

    const byTitle = (a: { title: string; ref: string }, b: typeof a) =>
      a.title.localeCompare(b.title) || a.ref.localeCompare(b.ref);
    return {
      api,
      ports: ports.map(p => ({ dataProduct: p.product.ref, port: p.port })),
      useCases: [...useCases.values()].sort(
        (a, b) =>
          Number(b.real) - Number(a.real) ||
          Number(a.reach === 'lineage') - Number(b.reach === 'lineage') ||
          byTitle(a, b),
      ),
      dataProducts: [...products.values()]
        .sort((a, b) => a.depth - b.depth || byTitle(a, b))
        .map(({ depth: _depth, ...product }) => product),
    };
  }
}
