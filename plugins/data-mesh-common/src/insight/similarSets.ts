import { leastOverlap, prefixIndex, PrefixIndex } from './similarSetsIndex';
import type { Steps } from '../time/steps';

/*
 * The pairs of sets whose Jaccard similarity reaches a threshold, without
 * comparing every pair: an exact prefix-filtering join (All-Pairs, Bayardo
 * et al. 2007; positional filtering, PPJoin, Xiao et al. 2008), on pairs
 * of elements rather than single elements (the ℓ-prefix scheme of
 * AdaptJoin, Wang et al. 2012), because use cases draw their needs from a
 * few hundred capabilities, each needed by thousands: sharing one rare
 * capability says little, sharing three says much.
 *
 * Elements are put in one global order, rarest first. Two sets that must
 * share o elements to qualify share their first ℓ common ones (ℓ ≤ o)
 * within the first |x| - o + ℓ of each, their ℓ-prefixes. So each set
 * indexes the pairs of elements of its prefix, and a set is compared only
 * with the indexed sets with which it shares enough such pairs at places
 * that leave room for o common elements. Sets are visited from the
 * smallest up, so an indexed set is never larger than the one visited.
 *
 * The join must find exactly the pairs that a comparison of every pair
 * finds, and that comparison tests the floating-point quotient
 * common / union against the threshold. So every bound is worked out with
 * that same division: a correctly rounded division is monotonic in its
 * numerator and its denominator, so the fewest common elements that reach
 * the threshold, found by trying the division, bound exactly the pairs the
 * comparison keeps. Nothing that qualifies is pruned, and every candidate
 * is checked with the division itself, so pairs at exactly the threshold
 * agree too.
 */

/** Set bits of a 32-bit word. */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many elements two rows of the bit matrix have in common. */
function commonBits(bits: Int32Array, a: number, b: number, words: number) {
  let common = 0;
  for (let w = 0; w < words; w++) {
    const both = bits[a * words + w] & bits[b * words + w];
    if (both !== 0) common += bitCount(both);
  }
  return common;
}

/**
 * What a visited set asks of each smaller size m: the overlap it needs,
 * how much later than its ℓ-prefix a pair may sit (`slack`), and how many
 * indexed pairs it must share (`need`; 0 when one common element is
 * enough, the pairs then being found through single elements).
 */
function demands(index: PrefixIndex, n: number, threshold: number) {
  const { pairLength } = index;
  for (let m = 1; m <= n; m++) {
    const least = m / n >= threshold ? leastOverlap(n, m, threshold) : 0;
    const ell = Math.min(pairLength, least);
    index.alpha[m] = least === 0 ? 0x7fffffff : least;
    index.slack[m] = least === 0 ? 0x7fffffff : least - ell;
    index.need[m] = ell < 2 ? 0 : (ell * (ell - 1)) / 2;
  }
}

/**
 * How many list entries probing `x` would walk, at most: the cost of the
 * join for it, to weigh against comparing it with every set.
 */
function listed(index: PrefixIndex, x: Int32Array): number {
  const { from, to } = index;
  const probe = index.probeLength(x.length);
  let entries = 0;
  for (let b = 1; b < probe; b++) {
    for (let a = 0; a < b; a++) {
      const list = index.listOf(x[a], x[b]);
      entries += to[list] - from[list];
    }
  }
  return entries;
}

/**
 * Counts, in `met`, the indexed pairs of elements each visited set shares
 * with `x` at places that leave room for the overlap the two need, and
 * lists the sets met in `touched`; returns how many. Drops the entries
 * that no set from `x` on can use.
 */
function meet(
  index: PrefixIndex,
  x: Int32Array,
  threshold: number,
  met: Int32Array,
  touched: Int32Array,
): number {
  const { alpha, slack, size, from, to } = index;
  const { entrySets, entrySizes, entryRooms } = index;
  const n = x.length;
  let count = 0;
  // Pairs that one common element qualifies: small sets, every element.
  if (1 / n >= threshold) {
    for (let i = 0; i < n; i++) {
      for (const w of index.singles(x[i])) {
        if (alpha[size[w]] === 1 && met[w] === 0) {
          met[w] = 1;
          touched[count++] = w;
        }
      }
    }
  }
  const probe = index.probeLength(n);
  for (let b = 1; b < probe; b++) {
    const afterX = n - b - 1;
    for (let a = 0; a < b; a++) {
      const list = index.listOf(x[a], x[b]);
      const end = to[list];
      let p = from[list];
      // Sets too small for this one are too small for every later one.
      while (p < end && entrySizes[p] / n < threshold) p++;
      const start = p;
      // Entries placed too late in their set for this one are too late
      // for every later, larger one: they are dropped as they are met,
      // and the entries kept move together.
      let kept = p;
      for (; p < end; p++) {
        const m = entrySizes[p];
        // Sizes grow along the list and so does the slack: no later
        // set leaves room for this pair's place either.
        if (slack[m] > afterX) break;
        const room = entryRooms[p];
        if (room < slack[m]) continue;
        const w = entrySets[p];
        entrySets[kept] = w;
        entrySizes[kept] = m;
        entryRooms[kept++] = room;
        if (alpha[m] >= 2 && met[w]++ === 0) touched[count++] = w;
      }
      if (p === end) {
        from[list] = start;
        to[list] = kept;
      } else {
        // Stopped early: the entries kept move up next to the rest.
        let at = p;
        for (let k = kept - 1; k >= start; k--) {
          at--;
          entrySets[at] = entrySets[k];
          entrySizes[at] = entrySizes[k];
          entryRooms[at] = entryRooms[k];
        }
        from[list] = at;
      }
    }
  }
  return count;
}

/**
 * Calls `visit(a, b, similarity)` for every pair of sets, by their index
 * in `sets`, whose Jaccard similarity (common elements / elements of
 * either, as the machine divides) is at least `threshold`, each pair once
 * and in no particular order. Empty sets are never paired. The elements
 * of a set must be distinct whole numbers. Pauses (yields) while it
 * builds its index and after each set has been compared with the ones
 * visited before it, so that a caller can spread the join over time.
 *
 * A set whose lists are longer than comparing it with every visited set
 * large enough would take (sets much alike, as in a catalog of copies) is
 * compared with every such set instead, so the join never costs much more
 * than the comparison of every pair.
 *
 * Memory is the index of prefixes, a bit row per set and a counter per
 * set, whatever the number of pairs: pairs are handed to `visit`, never
 * collected.
 *
 * @param threshold - above 0 and at most 1 (the caller checks it).
 */
export function* similarSetPairs(
  sets: readonly ArrayLike<number>[],
  threshold: number,
  visit: (a: number, b: number, similarity: number) => void,
): Steps<void> {
  const index = yield* prefixIndex(sets, threshold);
  const { visiting, encoded, size, bits, words } = index;
  // Indexed pairs each set shares with the one visited, and which were met.
  const met = new Int32Array(visiting.length);
  const touched = new Int32Array(visiting.length);
  const check = (v: number, w: number) => {
    const common = commonBits(bits, v, w, words);
    const similarity = common / (size[v] + size[w] - common);
    if (common > 0 && similarity >= threshold) {
      visit(visiting[w], visiting[v], similarity);
    }
  };
  // The first visited set large enough for the one visited (and so for
  // the next: sizes grow along the visiting order).
  let largeEnough = 0;

  for (let v = 0; v < visiting.length; v++) {
    const x = encoded[v];
    const n = x.length;
    while (size[largeEnough] / n < threshold) largeEnough++;
    if (listed(index, x) > (v - largeEnough) * (words + 2)) {
      for (let w = largeEnough; w < v; w++) check(v, w);
    } else {
      demands(index, n, threshold);
      const count = meet(index, x, threshold, met, touched);
      for (let q = 0; q < count; q++) {
        const w = touched[q];
        const shared = met[w];
        met[w] = 0;
        const m = size[w];
        if (index.alpha[m] < 2 || shared >= index.need[m]) check(v, w);
      }
    }
    index.add(v);
    yield;
  }
}
