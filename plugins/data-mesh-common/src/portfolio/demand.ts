import { LEVELS, Level } from '../kinds/constants';
import type { CapabilityItem, CapabilityNeed } from '../api/types';
import { parseEntityRef } from '@backstage/catalog-model';
import type {
  CapabilityFacts,
  DataProductFacts,
  PortfolioFacts,
  UseCaseFacts,
} from './facts';
import { isRealUseCase } from './scope';

/** Marks a need a use case or data product states itself. */
export const DIRECT = 'direct';

/**
 * Capability ref → how it is needed: `direct`, and/or the refs of the data
 * products that require it.
 */
export type NeedsByCapability = Map<string, Set<string>>;

function addNeed(needs: NeedsByCapability, capability: string, via: string) {
  const set = needs.get(capability) ?? new Set<string>();
  set.add(via);
  needs.set(capability, set);
}

/**
 * The capabilities needed to build and run the given data products and
 * everything upstream of them through input ports, keyed to the product that
 * requires each, skipping products already `visited`. Cycles in the lineage
 * are tolerated; refs to data products that do not exist contribute nothing.
 */
export function needsThroughLineage(
  productsByRef: Map<string, DataProductFacts>,
  startRefs: Iterable<string>,
  needs: NeedsByCapability = new Map(),
  visited: Set<string> = new Set(),
): NeedsByCapability {
  // A read index instead of shift(): shift is linear in the queue length.
  const queue = [...startRefs];
  for (let next = 0; next < queue.length; next++) {
    const ref = queue[next];
    if (visited.has(ref)) continue;
    visited.add(ref);
    const product = productsByRef.get(ref);
    if (!product) continue;
    for (const capability of product.requiresCapabilities) {
      addNeed(needs, capability, product.ref);
    }
    queue.push(...product.upstream);
  }
  return needs;
}

function indexProducts(facts: PortfolioFacts) {
  return new Map(facts.dataProducts.map(p => [p.ref, p]));
}

/** What one use case needs: direct requirements plus its products' needs. */
export function useCaseNeeds(
  useCase: UseCaseFacts,
  productsByRef: Map<string, DataProductFacts>,
): NeedsByCapability {
  const needs: NeedsByCapability = new Map();
  for (const capability of useCase.requiresCapabilities) {
    addNeed(needs, capability, DIRECT);
  }
  return needsThroughLineage(productsByRef, useCase.consumes, needs);
}

/** What one data product needs: its own and its upstream products' needs. */
export function dataProductNeeds(
  product: DataProductFacts,
  productsByRef: Map<string, DataProductFacts>,
): NeedsByCapability {
  // The product itself is not its own upstream, even in a lineage cycle.
  const needs = needsThroughLineage(
    productsByRef,
    product.upstream,
    new Map(),
    new Set([product.ref]),
  );
  for (const capability of product.requiresCapabilities) {
    addNeed(needs, capability, DIRECT);
  }
  return needs;
}

function highestLevel(levels: Array<Level | null>): Level | null {
  const ranks = levels
    .filter((l): l is Level => l !== null)
    .map(l => LEVELS.indexOf(l));
  return ranks.length ? LEVELS[Math.max(...ranks)] : null;
}

function nameOf(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** `direct` first, then the data product refs in order. */
function directFirst(via: Set<string>): string[] {
  const products = sorted([...via].filter(v => v !== DIRECT));
  return via.has(DIRECT) ? [DIRECT, ...products] : products;
}

/**
 * A capability with no entity and no demand yet: the starting point that
 * demand is added to.
 */
export function emptyCapabilityItem(ref: string): CapabilityItem {
  return {
    ref,
    title: nameOf(ref),
    status: 'not-offered',
    offered: false,
    category: null,
    demand: {
      count: 0,
      useCases: [],
      direct: [],
      viaDataProducts: {},
      domains: [],
      personas: [],
      highestValue: null,
    },
    emergingDemand: { count: 0, useCases: [] },
  };
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
  const productsByRef = indexProducts(facts);
  const productDomain = new Map(facts.dataProducts.map(p => [p.ref, p.domain]));
  const items = new Map<string, CapabilityItem>();
  const itemFor = (ref: string): CapabilityItem => {
    let item = items.get(ref);
    if (!item) {
      item = emptyCapabilityItem(ref);
      items.set(ref, item);
    }
    return item;
  };

  for (const capability of facts.capabilities) {
    Object.assign(itemFor(capability.ref), {
      title: capability.title,
      status: capability.status,
      offered: true,
      category: capability.category,
    });
  }
  // Referenced by a data product that no use case reaches: offered or not,
  // it is listed, with no demand.
  for (const product of facts.dataProducts) {
    product.requiresCapabilities.forEach(itemFor);
  }

  const demanders = new Map<string, UseCaseFacts[]>();
  const domains = new Map<string, string[]>();
  for (const useCase of facts.useCases) {
    if (useCase.status === 'retired') continue;
    for (const [capability, via] of useCaseNeeds(useCase, productsByRef)) {
      const item = itemFor(capability);
      if (!isRealUseCase(useCase)) {
        item.emergingDemand.useCases.push(useCase.ref);
        continue;
      }
      item.demand.useCases.push(useCase.ref);
      const users = demanders.get(capability) ?? [];
      users.push(useCase);
      demanders.set(capability, users);
      const involved = domains.get(capability) ?? [];
      if (useCase.domain) involved.push(useCase.domain);
      for (const v of via) {
        if (v === DIRECT) {
          item.demand.direct.push(useCase.ref);
        } else {
          (item.demand.viaDataProducts[v] ??= []).push(useCase.ref);
          const domain = productDomain.get(v);
          if (domain) involved.push(domain);
        }
      }
      domains.set(capability, involved);
    }
  }

  for (const item of items.values()) {
    const useCases = demanders.get(item.ref) ?? [];
    item.demand.useCases = sorted(item.demand.useCases);
    item.demand.count = item.demand.useCases.length;
    item.demand.direct = sorted(item.demand.direct);
    for (const key of Object.keys(item.demand.viaDataProducts)) {
      item.demand.viaDataProducts[key] = sorted(
        item.demand.viaDataProducts[key],
      );
    }
    item.demand.domains = sorted(domains.get(item.ref) ?? []);
    item.demand.personas = sorted(useCases.flatMap(u => u.personas));
    item.demand.highestValue = highestLevel(useCases.map(u => u.value));
    item.emergingDemand.useCases = sorted(item.emergingDemand.useCases);
    item.emergingDemand.count = item.emergingDemand.useCases.length;
  }

  return [...items.values()].sort(
    (a, b) =>
      b.demand.count - a.demand.count ||
      b.emergingDemand.count - a.emergingDemand.count ||
      a.title.localeCompare(b.title),
  );
}

function toNeedList(
  needs: NeedsByCapability,
  capabilities: Map<string, CapabilityFacts>,
): CapabilityNeed[] {
  return [...needs]
    .map(([ref, via]) => {
      const capability = capabilities.get(ref);
      return {
        ref,
        title: capability?.title ?? nameOf(ref),
        status: capability?.status ?? ('not-offered' as const),
        available: capability?.status === 'available',
        via: directFirst(via),
      };
    })
    .sort(
      (a, b) =>
        Number(a.available) - Number(b.available) ||
        a.title.localeCompare(b.title),
    );
}

/**
 * The capabilities one DataProduct or UseCase needs, how (directly or via
 * which data products), and whether each is available yet, not-yet-available
 * first. Undefined when the ref names neither.
 */
export function computeEntityNeeds(
  facts: PortfolioFacts,
  entityRef: string,
): CapabilityNeed[] | undefined {
  const productsByRef = indexProducts(facts);
  const capabilities = new Map(facts.capabilities.map(c => [c.ref, c]));
  const product = productsByRef.get(entityRef);
  if (product) {
    return toNeedList(dataProductNeeds(product, productsByRef), capabilities);
  }
  const useCase = facts.useCases.find(u => u.ref === entityRef);
  if (useCase) {
    return toNeedList(useCaseNeeds(useCase, productsByRef), capabilities);
  }
  return undefined;
}

/**
 * {@link computeEntityNeeds} for every DataProduct and UseCase at once,
 * sharing the indexes, keyed by entity ref.
 */
export function computeEntityNeedsIndex(
  facts: PortfolioFacts,
): Map<string, CapabilityNeed[]> {
  const productsByRef = indexProducts(facts);
  const capabilities = new Map(facts.capabilities.map(c => [c.ref, c]));
  const index = new Map<string, CapabilityNeed[]>();
  for (const product of facts.dataProducts) {
    index.set(
      product.ref,
      toNeedList(dataProductNeeds(product, productsByRef), capabilities),
    );
  }
  for (const useCase of facts.useCases) {
    index.set(
      useCase.ref,
      toNeedList(useCaseNeeds(useCase, productsByRef), capabilities),
    );
  }
  return index;
}
