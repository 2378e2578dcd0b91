import type { Steps } from '../time/steps';
/*
 * The index of similarSets.ts: the sets in visiting order with their
 * elements renumbered by rarity, and, for every pair of elements of a
 * set's prefix, the sets holding that pair there. The lists share one
 * flat typed array, each with room for all its entries, which are written
 * in visiting order as the join visits their sets, and dropped by the join
 * once no later set can use them.
 *
 * The join's time at 40,000 sets goes to reaching lists and reading their
 * entries, so both are laid out to be read together: an entry's three
 * numbers side by side, a list's bounds next to the size of its first
 * set (the join can pass a list by without reading its entries), and the
 * lists of pairs that end in the same element next to each other, as the
 * join probes them.
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
 * The most lists: one per pair of elements while there are at most 1,448
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
   * The list of a pair of elements (a before b in the global order), as
   * the place of its bounds in `lists`.
   */
  listOf(a: number, b: number): number;
  /**
   * Three numbers per list, from its place: where its entries start, where
   * they end (both counted in entries), and the size of its first entry's
   * set when it has entries. Entries are in visiting order, hence of
   * growing size. The join moves the start past entries too small for the
   * set it visits, which are too small for later ones too.
   */
  lists: Int32Array;
  /**
   * Three numbers per entry, from three times its place: its set (by its
   * place in the visiting order), that set's size, and how many of the
   * set's elements come after the entry's pair (its room).
   */
  entries: Int32Array;
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
 * pausing every {@link SETS_PER_PAUSE} sets. Elements are ids from 0, so
 * that counting them takes an array, not a map.
 */
function* encode(sets: readonly ArrayLike<number>[]) {
  let largest = -1;
  for (const set of sets) {
    for (let k = 0; k < set.length; k++) {
      if (set[k] > largest) largest = set[k];
    }
  }
  const frequency = new Int32Array(largest + 1);
  for (let i = 0; i < sets.length; i++) {
    const set = sets[i];
    for (let k = 0; k < set.length; k++) frequency[set[k]]++;
    if ((i + 1) % SETS_PER_PAUSE === 0) yield;
  }
  const order: number[] = [];
  frequency.forEach((count, element) => {
    if (count > 0) order.push(element);
  });
  order.sort((a, b) => frequency[a] - frequency[b] || a - b);
  const place = new Int32Array(largest + 1);
  order.forEach((element, p) => {
    place[element] = p;
  });
  const visiting = Int32Array.from(
    sets
      .map((_, i) => i)
      .filter(i => sets[i].length > 0)
      .sort((a, b) => sets[a].length - sets[b].length || a - b),
  );
  yield;
  const encoded: Int32Array[] = [];
  for (let v = 0; v < visiting.length; v++) {
    const set = sets[visiting[v]];
    const x = new Int32Array(set.length);
    for (let k = 0; k < set.length; k++) x[k] = place[set[k]];
    encoded.push(x.sort());
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

  // Pairs numbered by their later element first: the lists the join
  // probes for one element of a set lie together.
  const pairs = Math.max(1, (elements * (elements - 1)) / 2);
  const listCount = Math.min(pairs, MAX_LISTS);
  const listOf = (a: number, b: number) =>
    (((b * (b - 1)) / 2 + a) % listCount) * 3;
  const offsets = new Int32Array(listCount + 1);
  const eachPair = (v: number, act: (l: number, place: number) => void) => {
    const x = encoded[v];
    const length = indexed(x.length);
    for (let b = 1; b < length; b++) {
      for (let a = 0; a < b; a++) act(listOf(x[a], x[b]), b);
    }
  };
  for (let v = 0; v < encoded.length; v++) {
    eachPair(v, l => offsets[l / 3 + 1]++);
    if ((v + 1) % SETS_PER_PAUSE === 0) yield;
  }
  for (let l = 0; l < listCount; l++) offsets[l + 1] += offsets[l];
  // Each list has room for all its entries from its offset on; a set's
  // entries are written when it has been visited.
  const entries = new Int32Array(3 * offsets[listCount]);
  const lists = new Int32Array(3 * listCount);
  for (let l = 0; l < listCount; l++) {
    lists[3 * l] = offsets[l];
    lists[3 * l + 1] = offsets[l];
  }

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
    lists,
    entries,
    singles: element => singles.get(element) ?? [],
    add(v) {
      eachPair(v, (l, place) => {
        if (lists[l] === lists[l + 1]) lists[l + 2] = size[v];
        const e = 3 * lists[l + 1]++;
        entries[e] = v;
        entries[e + 1] = size[v];
        entries[e + 2] = size[v] - place - 1;
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
