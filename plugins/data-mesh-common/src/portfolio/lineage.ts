import type { DataProductFacts } from './facts';

/*
 * The upstream closure of every data product, computed once for the whole
 * mesh. Lineage may hold cycles, so the products are first grouped into
 * strongly connected components (every product in a component reaches every
 * other); the components form a DAG that one pass in dependency order
 * covers. What a component's closure needs is a bitset over capabilities,
 * so the whole computation is linear in products, input ports and
 * capability words.
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
 * Tarjan's algorithm without recursion (deep lineage would overflow the
 * stack). Components come out upstream-first: a component is emitted only
 * after every component it reads from.
 */
function stronglyConnectedComponents(upstream: number[][]): {
  component: Int32Array;
  count: number;
} {
  const n = upstream.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const callStack: Array<[node: number, edge: number]> = [];
  let nextIndex = 0;
  let count = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callStack.push([root, 0]);
    index[root] = low[root] = nextIndex++;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length) {
      const frame = callStack[callStack.length - 1];
      const [node] = frame;
      const edges = upstream[node];
      if (frame[1] < edges.length) {
        const next = edges[frame[1]++];
        if (index[next] === -1) {
          index[next] = low[next] = nextIndex++;
          stack.push(next);
          onStack[next] = 1;
          callStack.push([next, 0]);
        } else if (onStack[next]) {
          low[node] = Math.min(low[node], index[next]);
        }
        continue;
      }
      callStack.pop();
      if (callStack.length) {
        const parent = callStack[callStack.length - 1][0];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === index[node]) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component[member] = count;
        } while (member !== node);
        count++;
      }
    }
  }
  return { component, count };
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
  const productIndex = new Map(products.map((p, i) => [p.ref, i]));
  const upstream = products.map(p =>
    p.upstream
      .map(ref => productIndex.get(ref))
      .filter((i): i is number => i !== undefined),
  );
  const requires = products.map(p =>
    p.requiresCapabilities.map(ref => capabilityIndex.get(ref)!),
  );
  const { component, count } = stronglyConnectedComponents(upstream);
  const words = Math.max(1, Math.ceil(capabilityIndex.size / 32));
  const closureNeeds = new Uint32Array(count * words);

  // Components in emission order are upstream-first, so each component's
  // upstream components are complete when it is reached.
  const members: number[][] = Array.from({ length: count }, () => []);
  products.forEach((_, p) => members[component[p]].push(p));
  for (let c = 0; c < count; c++) {
    const base = c * words;
    for (const p of members[c]) {
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
