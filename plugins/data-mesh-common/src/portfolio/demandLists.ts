import { LEVELS, Level } from '../kinds/constants';
import type { Steps } from '../time/steps';
import type { DataProductFacts, UseCaseFacts } from './facts';
import {
  LineageClosure,
  capabilitiesIn,
  capabilitySetAt,
  productsNamed,
  upstreamFlagsSteps,
} from './lineage';
import { isRealUseCase } from './scope';

/*
 * Who needs each capability (the product spec, §5), as lists of indexes
 * into the facts sorted by ref, so that every list is sorted as it is
 * built. Worked out once per snapshot, in steps.
 */

/** Who needs one capability, as indexes into the sorted facts. */
export interface CapabilityDemandLists {
  real: number[];
  direct: number[];
  emerging: number[];
  dataProducts: number[];
  domains: string[];
  personas: string[];
  highestValue: Level | null;
}

/** What the demand lists are worked out from. */
export interface DemandListsInput {
  /** Data products, sorted by ref. */
  products: DataProductFacts[];
  /** Use cases, sorted by ref. */
  useCases: UseCaseFacts[];
  /** Capabilities, by index. */
  capabilities: ReadonlyArray<{ ref: string }>;
  /** The products' lineage closure over those capability indexes. */
  closure: LineageClosure;
  /** Each use case's needs, use-case-major, `closure.words` words each. */
  useCaseNeeds: Uint32Array;
}

/** One capability's lists while they are filled. */
interface ListsBeingFilled {
  real: number[];
  direct: number[];
  emerging: number[];
  dataProducts: number[];
  domains: Set<string>;
  personas: Set<string>;
  highestRank: number;
}

/** Adds one use case that is not retired to the lists of what it needs. */
function addUseCase(
  input: DemandListsInput,
  lists: ListsBeingFilled[],
  i: number,
  real: boolean,
): void {
  const u = input.useCases[i];
  const direct = new Set(u.requiresCapabilities);
  const needs = capabilitySetAt(input.useCaseNeeds, input.closure.words, i);
  for (const c of capabilitiesIn(needs)) {
    const list = lists[c];
    if (!real) {
      list.emerging.push(i);
      continue;
    }
    list.real.push(i);
    if (direct.has(input.capabilities[c].ref)) list.direct.push(i);
    if (u.domain) list.domains.add(u.domain);
    u.personas.forEach(persona => list.personas.add(persona));
    const rank = u.value ? LEVELS.indexOf(u.value) : -1;
    list.highestRank = Math.max(list.highestRank, rank);
  }
}

/**
 * Every capability's demand lists. Pauses (yields) per use case, per data
 * product reached from real use cases and per data product, and per
 * capability while it sorts its domains and personas.
 */
export function* computeDemandListsSteps(
  input: DemandListsInput,
): Steps<CapabilityDemandLists[]> {
  const { products, useCases, closure } = input;
  const lists = input.capabilities.map(
    (): ListsBeingFilled => ({
      real: [],
      direct: [],
      emerging: [],
      dataProducts: [],
      domains: new Set<string>(),
      personas: new Set<string>(),
      highestRank: -1,
    }),
  );
  // Products that some real use case reads, directly or upstream: their
  // requirements are demand "via" them.
  const realStarts: number[] = [];
  for (let i = 0; i < useCases.length; i++) {
    const u = useCases[i];
    if (u.status !== 'retired') {
      const real = isRealUseCase(u);
      if (real) realStarts.push(...productsNamed(closure, u.consumes));
      addUseCase(input, lists, i, real);
    }
    yield;
  }
  const demanded = yield* upstreamFlagsSteps(closure, realStarts);
  for (let i = 0; i < products.length; i++) {
    if (demanded[i]) {
      const domain = products[i].domain;
      for (const c of closure.requires[i]) {
        lists[c].dataProducts.push(i);
        if (domain) lists[c].domains.add(domain);
      }
    }
    yield;
  }
  const result: CapabilityDemandLists[] = [];
  for (const list of lists) {
    result.push({
      real: list.real,
      direct: list.direct,
      emerging: list.emerging,
      dataProducts: list.dataProducts,
      domains: [...list.domains].sort(),
      personas: [...list.personas].sort(),
      highestValue: list.highestRank >= 0 ? LEVELS[list.highestRank] : null,
    });
    yield;
  }
  return result;
}
