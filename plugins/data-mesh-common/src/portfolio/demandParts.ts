import { parseEntityRef } from '@backstage/catalog-model';
import type { CapabilityItem } from '../api/types';
import type { Steps } from '../time/steps';
import type { DataProductFacts, PortfolioFacts, UseCaseFacts } from './facts';
import {
  CapabilityDemandLists,
  DemandListsInput,
  computeDemandListsSteps,
} from './demandLists';
import {
  LineageClosure,
  capabilitySetAt,
  lineageClosureSteps,
  productClosureNeeds,
  productsNamed,
} from './lineage';

/*
 * What a DemandIndex is made of, worked out from the facts in steps: at
 * 100,000 data products it takes seconds, which a backend spreads over its
 * event loop. Linear in products, ports, use cases and needs.
 */

/** A capability: an entity, or a ref that no entity offers. */
export interface CapabilityRecord {
  ref: string;
  title: string;
  status: CapabilityItem['status'];
  offered: boolean;
  category: string | null;
  /** False for refs named only by retired use cases: not listed. */
  listed: boolean;
}

/** The parts of a DemandIndex. */
export interface DemandParts extends DemandListsInput {
  capabilities: CapabilityRecord[];
  capabilityByRef: Map<string, number>;
  useCaseByRef: Map<string, number>;
  demand: CapabilityDemandLists[];
}

/** By ref, in code-unit order (not locale order): fast and stable. */
export function byRef(a: { ref: string }, b: { ref: string }): number {
  if (a.ref === b.ref) return 0;
  return a.ref < b.ref ? -1 : 1;
}

function nameOf(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/**
 * Every capability: the entities, then every other ref a data product or
 * use case names. Pauses (yields) per capability entity, data product and
 * use case.
 */
function* capabilityRecordsSteps(
  facts: PortfolioFacts,
  products: DataProductFacts[],
  useCases: UseCaseFacts[],
): Steps<Pick<DemandParts, 'capabilities' | 'capabilityByRef'>> {
  const capabilities: CapabilityRecord[] = [];
  const capabilityByRef = new Map<string, number>();
  const capability = (ref: string, listed: boolean) => {
    let index = capabilityByRef.get(ref);
    if (index === undefined) {
      index = capabilities.length;
      capabilityByRef.set(ref, index);
      capabilities.push({
        ref,
        title: nameOf(ref),
        status: 'not-offered',
        offered: false,
        category: null,
        listed,
      });
    }
    capabilities[index].listed ||= listed;
    return index;
  };
  for (const c of facts.capabilities) {
    Object.assign(capabilities[capability(c.ref, true)], {
      title: c.title,
      status: c.status,
      offered: true,
      category: c.category,
    });
    yield;
  }
  // Referenced by a data product that no use case reaches: listed, with
  // no demand. A retired use case's needs are not listed.
  for (const p of products) {
    for (const ref of p.requiresCapabilities) capability(ref, true);
    yield;
  }
  for (const u of useCases) {
    for (const ref of u.requiresCapabilities) {
      capability(ref, u.status !== 'retired');
    }
    yield;
  }
  return { capabilities, capabilityByRef };
}

/**
 * Every use case's needs: its own requirements and its consumed products'
 * closures. Pauses (yields) per use case.
 */
function* useCaseNeedsSteps(
  useCases: UseCaseFacts[],
  closure: LineageClosure,
  capabilityByRef: Map<string, number>,
): Steps<Pick<DemandParts, 'useCaseByRef' | 'useCaseNeeds'>> {
  const words = closure.words;
  const useCaseByRef = new Map<string, number>();
  const useCaseNeeds = new Uint32Array(useCases.length * words);
  for (let i = 0; i < useCases.length; i++) {
    const u = useCases[i];
    useCaseByRef.set(u.ref, i);
    const needs = capabilitySetAt(useCaseNeeds, words, i);
    for (const ref of u.requiresCapabilities) {
      const c = capabilityByRef.get(ref)!;
      needs[c >>> 5] |= 1 << (c & 31);
    }
    for (const p of productsNamed(closure, u.consumes)) {
      const upstream = productClosureNeeds(closure, p);
      for (let w = 0; w < words; w++) needs[w] |= upstream[w];
    }
    yield;
  }
  return { useCaseByRef, useCaseNeeds };
}

/**
 * The parts of a DemandIndex over `facts`. Pauses (yields) after sorting
 * the data products and after sorting the use cases, and per item of
 * every loop over capabilities, data products and use cases, including
 * the lineage closure's ({@link lineageClosureSteps}).
 */
export function* demandPartsSteps(facts: PortfolioFacts): Steps<DemandParts> {
  // Sorted by ref, so that every list built in index order is sorted too.
  // Facts mostly arrive sorted already (canonicalFacts), and then a sort
  // is linear: one piece each.
  const products = [...facts.dataProducts].sort(byRef);
  yield;
  const useCases = [...facts.useCases].sort(byRef);
  yield;
  const { capabilities, capabilityByRef } = yield* capabilityRecordsSteps(
    facts,
    products,
    useCases,
  );
  const closure = yield* lineageClosureSteps(products, capabilityByRef);
  const { useCaseByRef, useCaseNeeds } = yield* useCaseNeedsSteps(
    useCases,
    closure,
    capabilityByRef,
  );
  const demand = yield* computeDemandListsSteps({
    products,
    useCases,
    capabilities,
    closure,
    useCaseNeeds,
  });
  return {
    products,
    useCases,
    capabilities,
    capabilityByRef,
    useCaseByRef,
    closure,
    useCaseNeeds,
    demand,
  };
}
