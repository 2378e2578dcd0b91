import {
  CapabilityDemandEntry,
  CapabilityItem,
  CapabilityNeed,
  PageInfo,
  RefSample,
  SAMPLE_SIZE,
} from '../api/types';
import { Steps, runSteps } from '../time/steps';
import type { DataProductFacts, PortfolioFacts, UseCaseFacts } from './facts';
import type { CapabilityDemandLists } from './demandLists';
import {
  CapabilityRecord,
  DemandParts,
  byRef,
  demandPartsSteps,
} from './demandParts';
import {
  CapabilitySet,
  LineageClosure,
  capabilitiesIn,
  capabilitySetAt,
  hasCapability,
  productClosureNeeds,
  productsNamed,
  walkUpstream,
} from './lineage';

/*
 * Capability demand (the product spec, §5): the capabilities a real use
 * case needs are those it requires, plus those required by every data
 * product it consumes and everything upstream of them. Demand for a
 * capability is the set of real use cases that need it.
 *
 * Everything here is computed once from the facts, in time linear in the
 * mesh and in steps (demandParts.ts), and answers in pages: no list is
 * ever handed out whole.
 */

/**
 * Which rows of a list to return.
 *
 * @public
 */
export interface PageWindow {
  /** Rows to skip. */
  offset: number;
  /** The most rows to return. */
  limit: number;
}

/**
 * A page of a list.
 *
 * @public
 */
export interface ListPage<T> extends PageInfo {
  /** The page's rows. */
  items: T[];
}

/**
 * The rows of `window` from a list of `total` rows read by `at`.
 *
 * @public
 */
export function pageOf<T>(
  total: number,
  at: (index: number) => T,
  window: PageWindow,
): ListPage<T> {
  const items: T[] = [];
  const end = Math.min(total, window.offset + window.limit);
  for (let i = window.offset; i < end; i++) items.push(at(i));
  return {
    items,
    totalItems: total,
    offset: window.offset,
    limit: window.limit,
  };
}

/** The first refs of a list, and how many it holds. */
function sampleOf(total: number, at: (index: number) => string): RefSample {
  const sample: string[] = [];
  for (let i = 0; i < Math.min(total, SAMPLE_SIZE); i++) sample.push(at(i));
  return { count: total, sample };
}

/**
 * Capability demand and every data product's and use case's needs, over
 * one organisation's facts. Build it once per snapshot; every question is
 * then answered from shared indexes.
 *
 * @public
 */
export class DemandIndex {
  private readonly capabilityByRef: Map<string, number>;
  private readonly useCaseByRef: Map<string, number>;
  /** One brief per capability, shared by every use case's needs. */
  private capabilityBriefs?: Array<{
    ref: string;
    title: string;
    status: CapabilityItem['status'];
  }>;
  /** Each use case's needs as briefs, by ref, once asked for. */
  private readonly useCaseNeedBriefs = new Map<
    number,
    Array<{ ref: string; title: string; status: CapabilityItem['status'] }>
  >();
  private readonly useCaseNeeds: Uint32Array;
  private readonly demand: CapabilityDemandLists[];
  private sortedItems?: CapabilityItem[];

  private readonly products: DataProductFacts[];
  private readonly useCases: UseCaseFacts[];
  private readonly capabilities: CapabilityRecord[];
  private readonly closure: LineageClosure;

  /** Indexes the facts; linear in products, ports, use cases and needs. */
  static build(facts: PortfolioFacts): DemandIndex {
    return runSteps(DemandIndex.steps(facts));
  }

  /**
   * {@link DemandIndex.build} in steps, so that a backend can spread the
   * seconds it takes at 100,000 data products over its event loop. Pauses
   * (yields) after sorting the data products and the use cases, and per
   * item of every loop over capabilities, data products and use cases.
   */
  static *steps(facts: PortfolioFacts): Steps<DemandIndex> {
    return new DemandIndex(yield* demandPartsSteps(facts));
  }

  private constructor(parts: DemandParts) {
    this.products = parts.products;
    this.useCases = parts.useCases;
    this.capabilities = parts.capabilities;
    this.capabilityByRef = parts.capabilityByRef;
    this.useCaseByRef = parts.useCaseByRef;
    this.closure = parts.closure;
    this.useCaseNeeds = parts.useCaseNeeds;
    this.demand = parts.demand;
  }

  private useCaseNeedSet(useCase: number): CapabilitySet {
    return capabilitySetAt(this.useCaseNeeds, this.closure.words, useCase);
  }

  private consumedProducts(useCase: UseCaseFacts): number[] {
    return productsNamed(this.closure, useCase.consumes);
  }

  private item(c: number): CapabilityItem {
    const record = this.capabilities[c];
    const lists = this.demand[c];
    const useCase = (i: number) => this.useCases[i].ref;
    const product = (i: number) => this.products[i].ref;
    return {
      ref: record.ref,
      title: record.title,
      status: record.status,
      offered: record.offered,
      category: record.category,
      demand: {
        count: lists.real.length,
        personas: lists.personas,
        highestValue: lists.highestValue,
        samples: {
          useCases: sampleOf(lists.real.length, i => useCase(lists.real[i])),
          direct: sampleOf(lists.direct.length, i => useCase(lists.direct[i])),
          dataProducts: sampleOf(lists.dataProducts.length, i =>
            product(lists.dataProducts[i]),
          ),
          domains: sampleOf(lists.domains.length, i => lists.domains[i]),
        },
      },
      emergingDemand: {
        count: lists.emerging.length,
        samples: {
          useCases: sampleOf(lists.emerging.length, i =>
            useCase(lists.emerging[i]),
          ),
        },
      },
    };
  }

  /**
   * Every listed capability (every entity, plus every ref a data product or
   * a live, committed or proposed use case names), most demanded first,
   * then most emerging demand, then by title.
   */
  items(): CapabilityItem[] {
    this.sortedItems ??= this.capabilities
      .map((record, c) => (record.listed ? this.item(c) : undefined))
      .filter((item): item is CapabilityItem => item !== undefined)
      .sort(
        (a, b) =>
          b.demand.count - a.demand.count ||
          b.emergingDemand.count - a.emergingDemand.count ||
          a.title.localeCompare(b.title),
      );
    return this.sortedItems;
  }

  /** One capability, by normalised ref; undefined when nothing names it. */
  capability(ref: string): CapabilityItem | undefined {
    const c = this.capabilityByRef.get(ref);
    return c !== undefined && this.capabilities[c].listed
      ? this.item(c)
      : undefined;
  }

  /** The data products upstream of `start` that require `c`, sorted. */
  private productsRequiring(
    start: number[],
    c: number,
    exclude?: number,
  ): number[] {
    const found: number[] = [];
    walkUpstream(
      this.closure,
      start,
      p => {
        if (this.closure.requires[p].includes(c)) found.push(p);
      },
      { only: c, exclude },
    );
    return found.sort((a, b) => a - b);
  }

  /**
   * A page of the use cases that need a capability — real ones, or
   * proposed ones (`emerging`) — each with the data products it needs it
   * through. Undefined when nothing names the capability.
   */
  demandPage(
    capabilityRef: string,
    which: 'real' | 'emerging',
    window: PageWindow,
  ): ListPage<CapabilityDemandEntry> | undefined {
    const c = this.capabilityByRef.get(capabilityRef);
    if (c === undefined || !this.capabilities[c].listed) return undefined;
    const list = this.demand[c][which];
    return pageOf(
      list.length,
      i => {
        const u = this.useCases[list[i]];
        const via = this.productsRequiring(this.consumedProducts(u), c);
        return {
          useCase: u.ref,
          title: u.title,
          status: u.status,
          value: u.value,
          personas: u.personas,
          domain: u.domain,
          direct: u.requiresCapabilities.includes(capabilityRef),
          dataProducts: sampleOf(via.length, j => this.products[via[j]].ref),
        };
      },
      window,
    );
  }

  /** A page of the domains involved in a capability's demand. */
  domainsPage(
    capabilityRef: string,
    window: PageWindow,
  ): ListPage<string> | undefined {
    const c = this.capabilityByRef.get(capabilityRef);
    if (c === undefined || !this.capabilities[c].listed) return undefined;
    const domains = this.demand[c].domains;
    return pageOf(domains.length, i => domains[i], window);
  }

  /**
   * A page of the data products that require a capability and that real
   * use cases read, directly or upstream.
   */
  dataProductsPage(
    capabilityRef: string,
    window: PageWindow,
  ): ListPage<string> | undefined {
    const c = this.capabilityByRef.get(capabilityRef);
    if (c === undefined || !this.capabilities[c].listed) return undefined;
    const products = this.demand[c].dataProducts;
    return pageOf(products.length, i => this.products[products[i]].ref, window);
  }

  /**
   * Every capability one use case needs (§5: its own requirements and
   * those of the data products it reads, upstream included), by ref, with
   * its status; undefined when the ref names no use case. Read from the
   * needs indexed once, without a walk, so that asking for every use case
   * of the organisation stays linear.
   */
  useCaseCapabilities(
    useCaseRef: string,
  ):
    | Array<{ ref: string; title: string; status: CapabilityItem['status'] }>
    | undefined {
    const u = this.useCaseByRef.get(useCaseRef);
    if (u === undefined) return undefined;
    // Every insight asks for every use case's needs: worked out once, with
    // one brief per capability, and handed out as copies of the list.
    let needs = this.useCaseNeedBriefs.get(u);
    if (needs === undefined) {
      this.capabilityBriefs ??= this.capabilities.map(
        ({ ref, title, status }) => ({ ref, title, status }),
      );
      const briefs = this.capabilityBriefs;
      needs = capabilitiesIn(this.useCaseNeedSet(u))
        .map(c => briefs[c])
        .sort(byRef);
      this.useCaseNeedBriefs.set(u, needs);
    }
    return needs.slice();
  }

  /** Where an entity's needs come from: its own requirements and its start. */
  private entitySource(entityRef: string) {
    const p = this.closure.productIndex.get(entityRef);
    if (p !== undefined) {
      return {
        needs: productClosureNeeds(this.closure, p),
        requires: new Set(this.closure.requires[p]),
        start: this.closure.upstream[p],
        // A product is not its own upstream, even in a lineage cycle.
        exclude: p,
      };
    }
    const u = this.useCaseByRef.get(entityRef);
    if (u === undefined) return undefined;
    const useCase = this.useCases[u];
    return {
      needs: this.useCaseNeedSet(u),
      requires: new Set(
        useCase.requiresCapabilities.map(ref => this.capabilityByRef.get(ref)!),
      ),
      start: this.consumedProducts(useCase),
      exclude: undefined,
    };
  }

  /**
   * Every capability a DataProduct or UseCase needs, directly or through
   * the data products it reads (with a sample of those), not-yet-available
   * first. Undefined when the ref names neither. One walk over the
   * entity's upstream lineage.
   */
  entityNeeds(entityRef: string): CapabilityNeed[] | undefined {
    const source = this.entitySource(entityRef);
    if (!source) return undefined;
    const via = new Map<number, number[]>();
    walkUpstream(
      this.closure,
      source.start,
      p => {
        for (const c of this.closure.requires[p]) {
          const list = via.get(c) ?? [];
          list.push(p);
          via.set(c, list);
        }
      },
      { exclude: source.exclude },
    );
    return capabilitiesIn(source.needs)
      .filter(c => source.requires.has(c) || via.has(c))
      .map(c => {
        const record = this.capabilities[c];
        const products = (via.get(c) ?? []).sort((a, b) => a - b);
        return {
          ref: record.ref,
          title: record.title,
          status: record.status,
          available: record.status === 'available',
          direct: source.requires.has(c),
          dataProducts: sampleOf(
            products.length,
            i => this.products[products[i]].ref,
          ),
        };
      })
      .sort(
        (a, b) =>
          Number(a.available) - Number(b.available) ||
          a.title.localeCompare(b.title),
      );
  }

  /**
   * A page of the data products through which an entity needs a
   * capability. Undefined when the entity is unknown or does not need it.
   */
  entityNeedDataProducts(
    entityRef: string,
    capabilityRef: string,
    window: PageWindow,
  ): ListPage<string> | undefined {
    const source = this.entitySource(entityRef);
    const c = this.capabilityByRef.get(capabilityRef);
    if (!source || c === undefined || !hasCapability(source.needs, c)) {
      return undefined;
    }
    const products = this.productsRequiring(source.start, c, source.exclude);
    return pageOf(products.length, i => this.products[products[i]].ref, window);
  }
}

/**
 * Demand for every capability: every PlatformCapability entity, plus every
 * referenced capability that has no entity ("demanded but not offered").
 * Only real (committed or live) use cases are demand; proposed ones are
 * emerging demand. Most demanded first.
 */
export function computeCapabilityDemand(
  facts: PortfolioFacts,
): CapabilityItem[] {
  return DemandIndex.build(facts).items();
}

/**
 * The capabilities one DataProduct or UseCase needs, not-yet-available
 * first. Undefined when the ref names neither.
 */
export function computeEntityNeeds(
  facts: PortfolioFacts,
  entityRef: string,
): CapabilityNeed[] | undefined {
  return DemandIndex.build(facts).entityNeeds(entityRef);
}
