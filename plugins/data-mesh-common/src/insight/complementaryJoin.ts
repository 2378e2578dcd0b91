import { TopPairs, RankedPair, compareRankedPairs } from './complementaryTop';
import { JoinShare, WHOLE_JOIN, similarSetPairs } from './similarSets';
import type { Steps } from '../time/steps';

/*
 * The heart of the complementary search (complementary.ts) on plain
 * numbers: which use cases need largely the same capabilities while
 * serving different personas, the most similar kept. It reads no facts and
 * makes no brief, so that its input and its result are a few typed arrays
 * that a backend can hand to a worker thread and back, and it imports
 * nothing but the join and the heap of kept pairs, so that such a worker
 * loads in milliseconds.
 */

/**
 * What {@link complementaryJoin} compares, as numbers: use cases by their
 * place in the search, capabilities and persona sets by ids from 0.
 *
 * @public
 */
export interface ComplementaryJoinInput {
  /** Every use case's needed capabilities, one use case after another. */
  needs: Int32Array;
  /**
   * Where each use case's needs end in `needs` (the next one's start):
   * one entry per use case.
   */
  needsEnd: Int32Array;
  /** The persona set each use case serves, by id. */
  personaSet: Int32Array;
  /** How many distinct persona sets there are. */
  personaSetCount: number;
  /**
   * 1 at `p * personaSetCount + q` when sets p and q each hold a persona
   * the other does not, else 0.
   */
  personaSetsDiffer: Uint8Array;
  /** Each use case's place in title order, distinct per use case. */
  rank: Int32Array;
  /** The least Jaccard similarity of a pair: above 0, at most 1. */
  threshold: number;
  /** How many pairs to keep: a whole number, 0 or more. */
  limit: number;
}

/**
 * What {@link complementaryJoin} finds.
 *
 * @public
 */
export interface ComplementaryJoinResult {
  /** The kept pairs, most similar first, then by their ranks. */
  pairs: RankedPair[];
  /** How many pairs qualify, kept or not. */
  total: number;
}

/** The needs of each use case, as views of `input.needs` (no copy). */
function needsOf(input: ComplementaryJoinInput): Int32Array[] {
  const sets: Int32Array[] = [];
  let start = 0;
  for (const end of input.needsEnd) {
    sets.push(input.needs.subarray(start, end));
    start = end;
  }
  return sets;
}

/** Refuses a share that is not one of its parts: it would find wrong pairs. */
function checkShare(share: JoinShare): void {
  const { part, parts } = share;
  if (!(Number.isSafeInteger(parts) && parts >= 1)) {
    throw new RangeError(
      `parts must be a whole number of 1 or more, got ${parts}`,
    );
  }
  if (!(Number.isSafeInteger(part) && part >= 0 && part < parts)) {
    throw new RangeError(
      `part must be a whole number from 0 to ${parts - 1}, got ${part}`,
    );
  }
}

/**
 * The pairs of use cases whose needs have a Jaccard similarity of at least
 * `input.threshold` and whose persona sets differ both ways: the first
 * `input.limit` of them in the list's order, and how many qualify. Pauses
 * as the join does (similarSets.ts), so that a caller can spread it over
 * time; a worker thread runs it straight through.
 *
 * Given a `share`, it finds only that share's pairs (see
 * {@link JoinShare}): threads that each run one share of the same input
 * find together, merged by {@link mergeJoinResults}, what one join finds.
 *
 * @public
 */
export function* complementaryJoin(
  input: ComplementaryJoinInput,
  share: JoinShare = WHOLE_JOIN,
): Steps<ComplementaryJoinResult> {
  checkShare(share);
  const { personaSet, personaSetCount, personaSetsDiffer, rank } = input;
  const top = new TopPairs(input.limit);
  yield* similarSetPairs(
    needsOf(input),
    input.threshold,
    (i, j, similarity) => {
      if (
        personaSetsDiffer[personaSet[i] * personaSetCount + personaSet[j]] === 0
      ) {
        return;
      }
      top.offer(
        similarity,
        Math.min(rank[i], rank[j]),
        Math.max(rank[i], rank[j]),
      );
    },
    share,
  );
  return { pairs: top.sorted(), total: top.total };
}

/**
 * What one join finds, from what the shares of the same input found
 * (each share run by {@link complementaryJoin} with its own
 * {@link JoinShare}): every pair qualifying is counted once, and the first
 * `limit` in the list's order are kept, as one join keeps them.
 *
 * @public
 */
export function mergeJoinResults(
  results: readonly ComplementaryJoinResult[],
  limit: number,
): ComplementaryJoinResult {
  return {
    pairs: results
      .flatMap(result => result.pairs)
      .sort(compareRankedPairs)
      .slice(0, limit),
    total: results.reduce((sum, result) => sum + result.total, 0),
  };
}
