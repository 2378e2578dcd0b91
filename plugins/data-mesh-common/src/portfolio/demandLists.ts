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
import { compareText } from '../text/compareText';

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
}

/**
 * The union of the needs of everything filed under each key (a domain, a
 * persona, a value): one OR per use case rather than one set insertion
 * per use case and capability it needs, which at 100,000 data products
 * took a tenth of the demand's time.
 */
class NeedsByKey<K> {
  private readonly unions = new Map<K, Uint32Array>();

  constructor(private readonly words: number) {}

  /** The union under `key`, made empty the first time. */
  of(key: K): Uint32Array {
    let union = this.unions.get(key);
    if (!union) {
      union = new Uint32Array(this.words);
      this.unions.set(key, union);
    }
    return union;
  }

  /** Adds the capability set `needs` under `key`. */
  add(key: K, needs: Uint32Array): void {
    const union = this.of(key);
    for (let w = 0; w < this.words; w++) union[w] |= needs[w];
  }

  /** The keys, in sorted order, each with the capabilities under it. */
  *sorted(order: (a: K, b: K) => number): Generator<[K, number[]]> {
    for (const key of [...this.unions.keys()].sort(order)) {
      yield [key, capabilitiesIn(this.unions.get(key)!)];
    }
  }
}

/** Adds one use case that is not retired to the lists of what it needs. */
function addUseCase(
  input: DemandListsInput,
  lists: ListsBeingFilled[],
  i: number,
  real: boolean,
): void {
  const needs = capabilitySetAt(input.useCaseNeeds, input.closure.words, i);
  const capabilities = capabilitiesIn(needs);
  if (!real) {
    for (const c of capabilities) lists[c].emerging.push(i);
    return;
  }
  const direct = new Set(input.useCases[i].requiresCapabilities);
  for (const c of capabilities) {
    const list = lists[c];
    list.real.push(i);
    if (direct.has(input.capabilities[c].ref)) list.direct.push(i);
  }
}

/**
 * Every capability's demand lists. Pauses (yields) per use case, per data
 * product reached from real use cases and per data product, and per
 * domain, persona and value while it files them under capabilities.
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
    }),
  );
  const byDomain = new NeedsByKey<string>(closure.words);
  const byPersona = new NeedsByKey<string>(closure.words);
  const byValue = new NeedsByKey<number>(closure.words);
  // Products that some real use case reads, directly or upstream: their
  // requirements are demand "via" them.
  const realStarts: number[] = [];
  for (let i = 0; i < useCases.length; i++) {
    const u = useCases[i];
    if (u.status !== 'retired') {
      const real = isRealUseCase(u);
      addUseCase(input, lists, i, real);
      if (real) {
        realStarts.push(...productsNamed(closure, u.consumes));
        const needs = capabilitySetAt(input.useCaseNeeds, closure.words, i);
        if (u.domain) byDomain.add(u.domain, needs);
        for (const persona of u.personas) byPersona.add(persona, needs);
        if (u.value) byValue.add(LEVELS.indexOf(u.value), needs);
      }
    }
    yield;
  }
  const demanded = yield* upstreamFlagsSteps(closure, realStarts);
  for (let i = 0; i < products.length; i++) {
    if (demanded[i]) {
      const domain = products[i].domain;
      const union = domain ? byDomain.of(domain) : undefined;
      for (const c of closure.requires[i]) {
        lists[c].dataProducts.push(i);
        if (union) union[c >>> 5] |= 1 << (c & 31);
      }
    }
    yield;
  }
  // Filed in sorted order, so that every capability's list is sorted.
  const domains = lists.map((): string[] => []);
  for (const [domain, capabilities] of byDomain.sorted(compareText)) {
    for (const c of capabilities) domains[c].push(domain);
    yield;
  }
  const personas = lists.map((): string[] => []);
  for (const [persona, capabilities] of byPersona.sorted(compareText)) {
    for (const c of capabilities) personas[c].push(persona);
    yield;
  }
  // Lowest value first, so that the highest is the last written.
  const highestRank = lists.map(() => -1);
  for (const [rank, capabilities] of byValue.sorted((a, b) => a - b)) {
    for (const c of capabilities) highestRank[c] = rank;
    yield;
  }
  return lists.map((list, c) => ({
    ...list,
    domains: domains[c],
    personas: personas[c],
    highestValue: highestRank[c] >= 0 ? LEVELS[highestRank[c]] : null,
  }));
}
