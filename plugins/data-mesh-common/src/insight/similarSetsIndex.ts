import type { Steps } from '../time/steps';
/*
 * The index of similarSets.ts: the sets in visiting order with their
 * elements renumbered by rarity, and, for every pair of elements of a
 * set's prefix, the sets holding that pair there. The lists share flat
 * typed arrays, each with room for all its entries, which are written in
 * visiting order as the join visits their sets, and dropped by the join
 * once no later set can use them.
 */

/**
 * The fewest common elements with which sets of n and m elements reach
 * the threshold, as the machine divides; min(n, m) + 1 when none do.
 */
export function leastOverlap(n: number, m: number, threshold: number): number {
  const most = Math.min(n, m);
  // The rational answer is within one of the machine's; division settles it.
  let s = Math.max(1, Math.ceil((threshold / (1 + threshold)) * (n + m)));
  s = Math.min(s, most + 1);
  while (s > 1 && (s - 1) / (n + m - s + 1) >= threshold) s--;
  while (s <= most && s / (n + m - s) < threshold) s++;
  return s;
}

/**
 * How many elements beyond the fewest each prefix holds: the ℓ of the
 * ℓ-prefix scheme. Two sets then share three indexed pairs (three common
 * elements) before they are compared, where a plain prefix asks for one.
 * Larger values index many more pairs for fewer comparisons.
 */
const PAIR_LENGTH = 3;

/**
 * The most lists: one per pair of elements while there are at most 1,024
 * elements, else pairs share lists (a shared list only adds candidates,
 * each checked exactly, never hides one).
 */
const MAX_LISTS = 1 << 20;

/** What {@link prefixIndex} builds. */
export interface PrefixIndex {
  /** Each set's index in the input, in visiting order (smallest first). */
  visiting: Int32Array;
  /** Each set's elements as places in the global order, sorted. */
  encoded: Int32Array[];
  /** Each set's size. */
  size: Int32Array;
  /** A bit row per set, a bit per element, for exact counts. */
  bits: Int32Array;
  /** Words per bit row. */
  words: number;
  /** The ℓ of the prefixes. */
  pairLength: number;
  /** Scratch of the join, per smaller size: see similarSets.ts. */
  alpha: Int32Array;
  slack: Int32Array;
  need: Int32Array;
  /** How many elements of a visited set of size n are probed. */
  probeLength(n: number): number;
  /**
   * The list of a pair of elements (a before b in the global order): its
   * entries are those from `from[list]` to before `to[list]`, in visiting
   * order, hence of growing size. The join moves `from` past entries too
   * small for the set it visits, which are too small for later ones too.
   */
  listOf(a: number, b: number): number;
  from: Int32Array;
  to: Int32Array;
  /** Each entry's set, by its place in the visiting order. */
  entrySets: Int32Array;
  /** Each entry's set's size. */
  entrySizes: Int32Array;
  /** How many of its set's elements come after the entry's pair. */
  entryRooms: Int32Array;
  /** The visited small sets holding an element (every element indexed). */
  singles(element: number): readonly number[];
  /** Makes the entries of the set visited at `v` visible. */
  add(v: number): void;
}

/**
 * How many sets are read between two pauses of the index's build: a few
 * milliseconds' work at 40,000 use cases.
 */
const SETS_PER_PAUSE = 1024;

/**
 * Renumbers elements by rarity (then by the element, so that the order is
 * the same on every run) and puts the non-empty sets in visiting order,
 * pausing every {@link SETS_PER_PAUSE} sets.
 */
function* encode(sets: readonly ArrayLike<number>[]) {
  const frequency = new Map<number, number>();
  for (let i = 0; i < sets.length; i++) {
    const set = sets[i];
    for (let k = 0; k < set.length; k++) {
      frequency.set(set[k], (frequency.get(set[k]) ?? 0) + 1);
    }
    if ((i + 1) % SETS_PER_PAUSE === 0) yield;
  }
  const order = [...frequency.keys()].sort(
    (a, b) => frequency.get(a)! - frequency.get(b)! || a - b,
  );
  const place = new Map(order.map((element, p) => [element, p]));
  const visiting = Int32Array.from(
    sets
      .map((_, i) => i)
      .filter(i => sets[i].length > 0)
      .sort((a, b) => sets[a].length - sets[b].length || a - b),
  );
  yield;
  const encoded: Int32Array[] = [];
  for (let v = 0; v < visiting.length; v++) {
    encoded.push(
      Int32Array.from(sets[visiting[v]], element => place.get(element)!).sort(),
    );
    if ((v + 1) % SETS_PER_PAUSE === 0) yield;
  }
  return { visiting, encoded, elements: order.length };
}

/**
 * The index of a join at `threshold` (above 0, at most 1) over `sets`,
 * built in steps (a pause after renumbering, then every few thousand
 * sets), so that a caller spreading the join over time is not held by
 * the build either.
 */
export function* prefixIndex(
  sets: readonly ArrayLike<number>[],
  threshold: number,
): Steps<PrefixIndex> {
  const { visiting, encoded, elements } = yield* encode(sets);
  const size = Int32Array.from(encoded, x => x.length);
  const largest = size.length > 0 ? size[size.length - 1] : 0;
  const words = Math.ceil(elements / 32);
  const bits = new Int32Array(encoded.length * words);
  encoded.forEach((x, v) => {
    for (const e of x) bits[v * words + (e >>> 5)] |= 1 << (e & 31);
  });
  yield;

  // A set is indexed for later, larger sets, with which it needs at least
  // the overlap it needs with a set of its own size.
  const indexed = (m: number) =>
    Math.min(m, m - leastOverlap(m, m, threshold) + PAIR_LENGTH);
  // A visited set of n elements needs at least s common elements with
  // s / n ≥ threshold with any set: the union has n elements or more.
  const probed = new Int32Array(largest + 1);
  for (let n = 1; n <= largest; n++) {
    let s = Math.max(1, Math.ceil(threshold * n));
    while (s > 1 && (s - 1) / n >= threshold) s--;
    while (s / n < threshold) s++;
    probed[n] = Math.min(n, n - s + PAIR_LENGTH);
  }

  const lists = Math.min(elements * elements, MAX_LISTS);
  const shared = lists < elements * elements;
  const listOf = (a: number, b: number) =>
    shared ? (a * elements + b) % lists : a * elements + b;
  const offsets = new Int32Array(lists + 1);
  const eachPair = (v: number, act: (l: number, place: number) => void) => {
    const x = encoded[v];
    const length = indexed(x.length);
    for (let b = 1; b < length; b++) {
      for (let a = 0; a < b; a++) act(listOf(x[a], x[b]), b);
    }
  };
  for (let v = 0; v < encoded.length; v++) {
    eachPair(v, l => offsets[l + 1]++);
    if ((v + 1) % SETS_PER_PAUSE === 0) yield;
  }
  for (let l = 0; l < lists; l++) offsets[l + 1] += offsets[l];
  // Each list has room for all its entries from its offset on; a set's
  // entries are written when it has been visited.
  const entrySets = new Int32Array(offsets[lists]);
  const entrySizes = new Int32Array(offsets[lists]);
  const entryRooms = new Int32Array(offsets[lists]);
  const from = offsets.slice(0, lists);
  const to = offsets.slice(0, lists);

  const singles = new Map<number, number[]>();
  return {
    visiting,
    encoded,
    size,
    bits,
    words,
    pairLength: PAIR_LENGTH,
    alpha: new Int32Array(largest + 1),
    slack: new Int32Array(largest + 1),
    need: new Int32Array(largest + 1),
    probeLength: n => probed[n],
    listOf,
    from,
    to,
    entrySets,
    entrySizes,
    entryRooms,
    singles: element => singles.get(element) ?? [],
    add(v) {
      eachPair(v, (l, place) => {
        entrySets[to[l]] = v;
        entrySizes[to[l]] = size[v];
        entryRooms[to[l]++] = size[v] - place - 1;
      });
      const x = encoded[v];
      if (1 / x.length >= threshold) {
        for (const e of x) {
          const holding = singles.get(e);
          if (holding === undefined) singles.set(e, [v]);
          else holding.push(v);
        }
      }
    },
  };
}
