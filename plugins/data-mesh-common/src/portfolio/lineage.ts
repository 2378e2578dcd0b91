import { Steps, runSteps } from '../time/steps';
import { stronglyConnectedComponentsSteps } from './components';
import type { DataProductFacts } from './facts';

/*
 * The upstream closure of every data product, computed once for the whole
 * mesh. Lineage may hold cycles, so the products are first grouped into
 * strongly connected components (components.ts); the components form a DAG
 * that one pass in dependency order covers. What a component's closure
 * needs is a bitset over capabilities, so the whole computation is linear
 * in products, input ports and capability words, and it runs in steps that
 * a backend can spread over its event loop.
 */

/** A set of capability indexes, as 32-bit words. */
export type CapabilitySet = Uint32Array;

/** The data products' lineage with every product's upstream needs. */
export interface LineageClosure {
  /** Product index (in the given products array) by ref. */
  productIndex: Map<string, number>;
  /** Each product's upstream products that exist, by index. */
  upstream: number[][];
  /** Each product's requirements, as capability indexes. */
  requires: number[][];
  /** The component each product belongs to. */
  component: Int32Array;
  /** Words of each capability set. */
  words: number;
  /** Component-major capability sets: what each component's closure needs. */
  closureNeeds: Uint32Array;
}

/** An empty capability set for `words` words. */
export function emptyCapabilitySet(words: number): CapabilitySet {
  return new Uint32Array(words);
}

/** Adds a capability index to a set. */
export function addCapability(set: CapabilitySet, index: number): void {
  set[index >>> 5] |= 1 << (index & 31);
}

/** True when the set holds the capability index. */
export function hasCapability(set: CapabilitySet, index: number): boolean {
  return (set[index >>> 5] & (1 << (index & 31))) !== 0;
}

/** The capability indexes in a set, ascending. */
export function capabilitiesIn(set: CapabilitySet): number[] {
  const result: number[] = [];
  for (let w = 0; w < set.length; w++) {
    let word = set[w];
    while (word !== 0) {
      const bit = 31 - Math.clz32(word & -word);
      result.push(w * 32 + bit);
      word &= word - 1;
    }
  }
  return result;
}

/** The capability set a product's closure needs (a view, not a copy). */
export function productClosureNeeds(
  closure: LineageClosure,
  product: number,
): CapabilitySet {
  const start = closure.component[product] * closure.words;
  return closure.closureNeeds.subarray(start, start + closure.words);
}

/**
 * Set `row` of sets laid out row-major, `words` words each (a view, not a
 * copy).
 */
export function capabilitySetAt(
  sets: Uint32Array,
  words: number,
  row: number,
): CapabilitySet {
  return sets.subarray(row * words, (row + 1) * words);
}

/** The indexes of the products `refs` name, those that exist, in order. */
export function productsNamed(
  closure: LineageClosure,
  refs: string[],
): number[] {
  return refs
    .map(ref => closure.productIndex.get(ref))
    .filter((p): p is number => p !== undefined);
}

/**
 * Computes every product's upstream closure needs in one pass. Input ports
 * naming products that do not exist are ignored; requirements are given as
 * capability indexes by `capabilityIndex`.
 */
export function computeLineageClosure(
  products: DataProductFacts[],
  capabilityIndex: Map<string, number>,
): LineageClosure {
  return runSteps(lineageClosureSteps(products, capabilityIndex));
}

/**
 * {@link computeLineageClosure} in steps: pauses (yields) per product
 * while it indexes them and reads their ports and requirements, while it
 * walks the lineage for its components (see
 * {@link stronglyConnectedComponentsSteps}), and per component while it
 * computes their closures.
 */
export function* lineageClosureSteps(
  products: DataProductFacts[],
  capabilityIndex: Map<string, number>,
): Steps<LineageClosure> {
  // Every product is indexed before any port is read: ports name later ones.
  const productIndex = new Map<string, number>();
  for (let p = 0; p < products.length; p++) {
    productIndex.set(products[p].ref, p);
    yield;
  }
  const upstream: number[][] = [];
  const requires: number[][] = [];
  for (const product of products) {
    const reads: number[] = [];
    for (const ref of product.upstream) {
      const q = productIndex.get(ref);
      if (q !== undefined) reads.push(q);
    }
    upstream.push(reads);
    requires.push(
      product.requiresCapabilities.map(ref => capabilityIndex.get(ref)!),
    );
    yield;
  }
  const { component, count, members, firstMember } =
    yield* stronglyConnectedComponentsSteps(upstream);
  const words = Math.max(1, Math.ceil(capabilityIndex.size / 32));
  const closureNeeds = new Uint32Array(count * words);

  // Components in emission order are upstream-first, so each component's
  // upstream components are complete when it is reached.
  for (let c = 0; c < count; c++) {
    const base = c * words;
    for (let m = firstMember[c]; m < firstMember[c + 1]; m++) {
      const p = members[m];
      for (const capability of requires[p]) {
        closureNeeds[base + (capability >>> 5)] |= 1 << (capability & 31);
      }
      for (const q of upstream[p]) {
        const other = component[q];
        if (other === c) continue;
        const otherBase = other * words;
        for (let w = 0; w < words; w++) {
          closureNeeds[base + w] |= closureNeeds[otherBase + w];
        }
      }
    }
    yield;
  }
  return {
    productIndex,
    upstream,
    requires,
    component,
    words,
    closureNeeds,
  };
}

/**
 * Flags (with 1) the products upstream of `start` through input ports,
 * transitively, `start` included: what {@link walkUpstream} visits, with
 * neither options nor callback. Pauses (yields) per product reached, since
 * the starts of every use case together reach most of a mesh.
 */
export function* upstreamFlagsSteps(
  closure: LineageClosure,
  start: Iterable<number>,
): Steps<Uint8Array> {
  const reached = new Uint8Array(closure.upstream.length);
  const queue: number[] = [];
  // A flag test per start: one piece, even for every use case's products.
  for (const p of start) {
    if (reached[p]) continue;
    reached[p] = 1;
    queue.push(p);
  }
  for (let next = 0; next < queue.length; next++) {
    for (const q of closure.upstream[queue[next]]) {
      if (reached[q]) continue;
      reached[q] = 1;
      queue.push(q);
    }
    yield;
  }
  return reached;
}

/**
 * The products upstream of `start` (through input ports, transitively)
 * that require capabilities, with the capabilities each requires: one walk
 * over the closure. Products in `exclude` are neither reported nor walked
 * through. With `only`, the walk skips every part of the lineage whose
 * closure does not need that capability, so it visits only what leads to it.
 */
export function walkUpstream(
  closure: LineageClosure,
  start: Iterable<number>,
  visit: (product: number) => void,
  options: { exclude?: number; only?: number } = {},
): void {
  const seen = new Set<number>();
  if (options.exclude !== undefined) seen.add(options.exclude);
  const queue: number[] = [];
  const enqueue = (p: number) => {
    if (seen.has(p)) return;
    seen.add(p);
    if (
      options.only !== undefined &&
      !hasCapability(productClosureNeeds(closure, p), options.only)
    ) {
      return;
    }
    queue.push(p);
  };
  for (const p of start) enqueue(p);
  for (let next = 0; next < queue.length; next++) {
    const p = queue[next];
    visit(p);
    for (const q of closure.upstream[p]) enqueue(q);
  }
}
