/*
 * The index of similarSets.ts: the sets in visiting order with their
 * elements renumbered by rarity, and, for every pair of elements of a
 * set's prefix, the sets holding that pair there. The lists are laid out
 * once in flat arrays, in visiting order, and a set's entries become
 * visible when the join has visited it.
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

/** The entries of one list visible to the set being visited. */
export interface PairList {
  /** Each entry's set, by its place in the visiting order. */
  sets: Int32Array;
  /** Each entry's place of the pair's later element in its set. */
  places: Int32Array;
  /** The first entry large enough for the visited set and any later one. */
  from: number;
  /** After the last entry visited so far. */
  to: number;
}

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
  /** The visible entries for a pair of elements, for a set of size n. */
  pairs(a: number, b: number, n: number): PairList | undefined;
  /** The visited small sets holding an element (every element indexed). */
  singles(element: number): readonly number[];
  /** Makes the entries of the set visited at `v` visible. */
  add(v: number): void;
}

/**
 * Renumbers elements by rarity (then by the element, so that the order is
 * the same on every run) and puts the non-empty sets in visiting order.
 */
function encode(sets: readonly ArrayLike<number>[]) {
  const frequency = new Map<number, number>();
  for (const set of sets) {
    for (let k = 0; k < set.length; k++) {
      frequency.set(set[k], (frequency.get(set[k]) ?? 0) + 1);
    }
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
  const encoded = Array.from(visiting, i =>
    Int32Array.from(sets[i], element => place.get(element)!).sort(),
  );
  return { visiting, encoded, elements: order.length };
}

/**
 * The index of a join at `threshold` (above 0, at most 1) over `sets`.
 */
export function prefixIndex(
  sets: readonly ArrayLike<number>[],
  threshold: number,
): PrefixIndex {
  const { visiting, encoded, elements } = encode(sets);
  const size = Int32Array.from(encoded, x => x.length);
  const largest = size.length > 0 ? size[size.length - 1] : 0;
  const words = Math.ceil(elements / 32);
  const bits = new Int32Array(encoded.length * words);
  encoded.forEach((x, v) => {
    for (const e of x) bits[v * words + (e >>> 5)] |= 1 << (e & 31);
  });

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
  const list = (a: number, b: number) => (a * elements + b) % lists;
  const offsets = new Int32Array(lists + 1);
  const eachPair = (v: number, act: (l: number, place: number) => void) => {
    const x = encoded[v];
    const length = indexed(x.length);
    for (let b = 1; b < length; b++) {
      for (let a = 0; a < b; a++) act(list(x[a], x[b]), b);
    }
  };
  for (let v = 0; v < encoded.length; v++) {
    eachPair(v, l => offsets[l + 1]++);
  }
  for (let l = 0; l < lists; l++) offsets[l + 1] += offsets[l];
  const entrySets = new Int32Array(offsets[lists]);
  const entryPlaces = new Int32Array(offsets[lists]);
  const from = offsets.slice(0, lists);
  const to = offsets.slice(0, lists);
  for (let v = 0; v < encoded.length; v++) {
    eachPair(v, (l, place) => {
      entrySets[to[l]] = v;
      entryPlaces[to[l]++] = place;
    });
  }
  to.set(offsets.subarray(0, lists));

  const singles = new Map<number, number[]>();
  const view: PairList = {
    sets: entrySets,
    places: entryPlaces,
    from: 0,
    to: 0,
  };
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
    pairs(a, b, n) {
      const l = list(a, b);
      let start = from[l];
      const end = to[l];
      // Sets too small for this one are too small for every later one.
      while (start < end && size[entrySets[start]] / n < threshold) start++;
      from[l] = start;
      if (start === end) return undefined;
      view.from = start;
      view.to = end;
      return view;
    },
    singles: element => singles.get(element) ?? [],
    add(v) {
      eachPair(v, l => to[l]++);
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
