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

/** What {@link meet} hands back, reused from one visited set to the next. */
interface Meeting {
  /**
   * Indexed pairs each visited set shares with the one probed, counted up
   * to the need of its size (at most 3, with ℓ = 3), and 0 again once the
   * probe is done.
   */
  met: Uint8Array;
  /** The sets met, to set their counts back to 0. */
  touched: Int32Array;
  /** The sets that share enough pairs to be compared. */
  candidates: Int32Array;
  /** How many of `candidates` the last probe listed. */
  found: number;
}

/**
 * Lists in `meeting` the visited sets that share with `x` enough indexed
 * pairs of elements at places that leave room for the overlap the two
 * need, and drops the entries that no set from `x` on can use. Gives up
 * (false) once the lists it has reached hold more than `budget` entries:
 * comparing `x` with every set is then cheaper.
 */
function meet(
  index: PrefixIndex,
  x: Int32Array,
  threshold: number,
  budget: number,
  meeting: Meeting,
): boolean {
  const { alpha, slack, need, size, lists, entries } = index;
  const { met, touched, candidates } = meeting;
  const n = x.length;
  let count = 0;
  let found = 0;
  // Pairs that one common element qualifies: small sets, every element.
  if (1 / n >= threshold) {
    for (let i = 0; i < n; i++) {
      for (const w of index.singles(x[i])) {
        if (alpha[size[w]] === 1 && met[w] === 0) {
          met[w] = 1;
          touched[count++] = w;
          candidates[found++] = w;
        }
      }
    }
  }
  const probe = index.probeLength(n);
  let reached = 0;
  for (let b = 1; b < probe && reached <= budget; b++) {
    const afterX = n - b - 1;
    for (let a = 0; a < b; a++) {
      const list = index.listOf(x[a], x[b]);
      let p = 3 * lists[list];
      const end = 3 * lists[list + 1];
      reached += (end - p) / 3;
      if (p === end) continue;
      const first = lists[list + 2];
      if (first / n >= threshold) {
        // Sizes grow along the list and so does the slack: when the first
        // set leaves no room for this pair's place, no set of it does.
        if (slack[first] > afterX) continue;
      } else {
        // Sets too small for this one are too small for every later one.
        while (p < end && entries[p + 1] / n < threshold) p += 3;
      }
      const start = p;
      // Entries placed too late in their set for this one are too late
      // for every later, larger one: they are dropped as they are met,
      // and the entries kept move together.
      let kept = p;
      for (; p < end; p += 3) {
        const m = entries[p + 1];
        if (slack[m] > afterX) break;
        const room = entries[p + 2];
        if (room < slack[m]) continue;
        const w = entries[p];
        if (kept !== p) {
          entries[kept] = w;
          entries[kept + 1] = m;
          entries[kept + 2] = room;
        }
        kept += 3;
        if (alpha[m] >= 2) {
          const shared = met[w] + 1;
          if (shared <= need[m]) {
            met[w] = shared;
            if (shared === 1) touched[count++] = w;
            if (shared === need[m]) candidates[found++] = w;
          }
        }
      }
      if (p !== end) {
        // Stopped early: the entries kept move up next to the rest.
        let at = p;
        for (let k = kept - 3; k >= start; k -= 3) {
          at -= 3;
          entries[at] = entries[k];
          entries[at + 1] = entries[k + 1];
          entries[at + 2] = entries[k + 2];
        }
        lists[list] = at / 3;
      } else {
        lists[list] = start / 3;
        lists[list + 1] = kept / 3;
      }
      if (lists[list] < lists[list + 1]) {
        lists[list + 2] = entries[3 * lists[list] + 1];
      }
    }
  }
  for (let q = 0; q < count; q++) met[touched[q]] = 0;
  meeting.found = found;
  return reached <= budget;
}

/**
 * Which visited sets one join probes, so that several threads can share a
 * join: each probes the sets at its own places in the visiting order
 * (every `parts`-th, from `part`), while every one indexes every set.
 * Together they find each pair exactly once, as one join does: a pair is
 * found when its later-visited set is probed.
 *
 * @public
 */
export interface JoinShare {
  /** This join's share, from 0 to `parts` - 1. */
  part: number;
  /** How many joins share the work; 1 for a whole join. */
  parts: number;
}

/** One join doing all the work. */
export const WHOLE_JOIN: JoinShare = { part: 0, parts: 1 };

/**
 * Calls `visit(a, b, similarity)` for every pair of sets, by their index
 * in `sets`, whose Jaccard similarity (common elements / elements of
 * either, as the machine divides) is at least `threshold`, each pair once
 * and in no particular order. Empty sets are never paired. The elements
 * of a set must be distinct whole numbers from 0, as ids: they are
 * counted in an array as long as the largest. Pauses (yields) while it
 * builds its index and after each set has been compared with the ones
 * visited before it, so that a caller can spread the join over time.
 *
 * A set whose lists are longer than comparing it with every visited set
 * large enough would take (sets much alike, as in a catalog of copies) is
 * compared with every such set instead, so the join never costs much more
 * than the comparison of every pair (a probe gives up as soon as the lists
 * it has reached are longer).
 *
 * Memory is the index of prefixes, a bit row per set and a counter per
 * set, whatever the number of pairs: pairs are handed to `visit`, never
 * collected.
 *
 * With a `share` of several, only the pairs whose later-visited set is in
 * this share are visited (see {@link JoinShare}).
 *
 * @param threshold - above 0 and at most 1 (the caller checks it).
 */
export function* similarSetPairs(
  sets: readonly ArrayLike<number>[],
  threshold: number,
  visit: (a: number, b: number, similarity: number) => void,
  share: JoinShare = WHOLE_JOIN,
): Steps<void> {
  const index = yield* prefixIndex(sets, threshold);
  const { visiting, encoded, size, bits, words, alpha } = index;
  const meeting: Meeting = {
    met: new Uint8Array(visiting.length),
    touched: new Int32Array(visiting.length),
    candidates: new Int32Array(visiting.length),
    found: 0,
  };
  // How many of the visited set's elements lie in each word of its bit
  // row and the words after it: a comparison stops once the words left
  // cannot make up the overlap the pair needs.
  const left = new Int32Array(words + 1);
  const check = (v: number, w: number) => {
    const least = alpha[size[w]];
    let common = 0;
    for (let k = 0; k < words && common + left[k] >= least; k++) {
      const both = bits[v * words + k] & bits[w * words + k];
      if (both !== 0) common += bitCount(both);
    }
    if (common < least) return;
    const similarity = common / (size[v] + size[w] - common);
    if (similarity >= threshold) {
      visit(visiting[w], visiting[v], similarity);
    }
  };
  // The first visited set large enough for the one visited (and so for
  // the next: sizes grow along the visiting order).
  let largeEnough = 0;

  for (let v = 0; v < visiting.length; v++) {
    if (v % share.parts !== share.part) {
      // Another share probes it; this one indexes it all the same.
      index.add(v);
      continue;
    }
    const x = encoded[v];
    const n = x.length;
    while (size[largeEnough] / n < threshold) largeEnough++;
    demands(index, n, threshold);
    for (let k = words - 1; k >= 0; k--) {
      left[k] = left[k + 1] + bitCount(bits[v * words + k]);
    }
    const budget = (v - largeEnough) * (words + 2);
    if (meet(index, x, threshold, budget, meeting)) {
      for (let q = 0; q < meeting.found; q++) check(v, meeting.candidates[q]);
    } else {
      for (let w = largeEnough; w < v; w++) check(v, w);
    }
    index.add(v);
    yield;
  }
}
