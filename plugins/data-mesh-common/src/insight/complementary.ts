import type { PortfolioFacts } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import {
  CapabilityBrief,
  UseCaseBrief,
  byTitle,
  needsByUseCaseSteps,
  useCaseBrief,
} from './briefs';
import { TopPairs } from './complementaryTop';
import { similarSetPairs } from './similarSets';
import { Steps, runSteps } from '../time/steps';

/*
 * Complementary use cases (the product spec, §7; the seed's example: data
 * analysts and data scientists on reporting). Two use cases complement
 * each other when building for one goes most of the way to building for
 * the other, and yet they serve different people, so that the platform
 * they call for is not hyper-specialised to one persona.
 *
 * - "Most of the way" is the Jaccard similarity of their needed
 *   capabilities (§5): shared / needed by either, at least a threshold.
 * - "Different people": each use case serves a persona the other does not
 *   (neither persona set is a subset of the other). Merely not sharing a
 *   persona would be too strict (analysts + scientists next to analysts +
 *   ML engineers still widens the platform's users), while one set holding
 *   the other adds nobody: the larger use case already brings every
 *   persona, so the pair does not broaden the platform.
 * - Proposed use cases count as well as committed and live ones: picking
 *   complementary use cases is how the seed says to choose what to start
 *   with, before anything is committed. Retired ones do not.
 */

/**
 * The similarity from which two use cases count as needing largely the
 * same capabilities: at least half of what either needs is shared.
 *
 * @public
 */
export const DEFAULT_COMPLEMENTARY_THRESHOLD = 0.5;

/**
 * How many pairs a search keeps by default: far more than anyone reads,
 * while a catalog where nearly every pair qualifies (3,000 use cases can
 * make millions of pairs) costs the search no more than these.
 *
 * @public
 */
export const DEFAULT_COMPLEMENTARY_LIMIT = 10_000;

/**
 * Two use cases that need largely the same capabilities while serving
 * different personas.
 *
 * @public
 */
export interface ComplementaryPair {
  /** The pair's first use case, by title. */
  first: UseCaseBrief;
  /** The pair's second use case, by title. */
  second: UseCaseBrief;
  /**
   * Jaccard similarity of their needed capabilities: shared / needed by
   * either, between the threshold and 1.
   */
  similarity: number;
  /** The capabilities both need, by title. */
  shared: CapabilityBrief[];
  /** How many capabilities either of them needs. */
  neededByEither: number;
}

/**
 * Options of {@link findComplementaryUseCases}.
 *
 * @public
 */
export interface ComplementaryOptions {
  /**
   * The least Jaccard similarity of a pair, above 0 and at most 1;
   * {@link DEFAULT_COMPLEMENTARY_THRESHOLD} by default.
   */
  threshold?: number;
  /**
   * How many pairs to keep, the most similar: a whole number, 0 or more;
   * {@link DEFAULT_COMPLEMENTARY_LIMIT} by default. Pairs beyond it are
   * counted, not kept.
   */
  limit?: number;
}

/**
 * What {@link complementaryUseCaseSearch} finds.
 *
 * @public
 */
export interface ComplementarySearchResult {
  /** The first pairs of the list, at most the limit. */
  pairs: ComplementaryPair[];
  /** How many pairs qualify, kept or not. */
  total: number;
}

/**
 * True when each persona set holds a persona the other does not: the
 * persona condition of a complementary pair.
 *
 * @public
 */
export function servesDifferentPersonas(a: string[], b: string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return a.some(p => !setB.has(p)) && b.some(p => !setA.has(p));
}

interface Candidate {
  useCase: PortfolioFacts['useCases'][number];
  needs: CapabilityBrief[];
  /** Which distinct persona set it serves. */
  personaSet: number;
}

/**
 * The use cases that can be paired, each with its needs as capability
 * numbers (what the join compares) and the distinct persona set it serves.
 */
function* candidatesOf(
  useCases: PortfolioFacts['useCases'],
  needs: Map<string, CapabilityBrief[]>,
) {
  const capabilityIds = new Map<string, number>();
  const needIds: number[][] = [];
  const personaSetIds = new Map<string, number>();
  const personaSets: string[][] = [];
  const candidates: Candidate[] = [];
  for (const useCase of useCases) {
    const needed = needs.get(useCase.ref) ?? [];
    if (needed.length === 0) continue;
    needIds.push(
      needed.map(need => {
        let id = capabilityIds.get(need.ref);
        if (id === undefined) {
          id = capabilityIds.size;
          capabilityIds.set(need.ref, id);
        }
        return id;
      }),
    );
    const personas = [...new Set(useCase.personas)].sort();
    const key = JSON.stringify(personas);
    let personaSet = personaSetIds.get(key);
    if (personaSet === undefined) {
      personaSet = personaSets.push(personas) - 1;
      personaSetIds.set(key, personaSet);
    }
    candidates.push({ useCase, needs: needed, personaSet });
    yield;
  }
  return { candidates, personaSets, needIds };
}

/**
 * The pairs of proposed, committed or live use cases whose needed
 * capabilities have a Jaccard similarity of at least the threshold and
 * where each serves a persona the other does not: the first `limit` of
 * them (10,000 by default), most similar first, then by the first use
 * case's title, then the second's (then refs), so that pages of the list
 * are stable. Use cases that need no capability share nothing and are
 * never paired. {@link complementaryUseCaseSearch} also says how many
 * pairs qualify in all.
 *
 * Not every pair is compared: an exact prefix-filtering join
 * (similarSets.ts) compares a use case only with those that share one of
 * its rarest needs and whose number of needs alone does not keep the pair
 * under the threshold, and finds exactly the pairs a comparison of every
 * pair would. Whether two persona sets differ both ways is worked out once
 * per pair of sets (there are few). Only the pairs kept are described, so
 * memory follows the limit and the use cases, not how many pairs qualify.
 *
 * A caller that must stay responsive (a backend) runs
 * {@link complementaryUseCaseSearch} in slices instead.
 *
 * @public
 */
export function findComplementaryUseCases(
  facts: PortfolioFacts,
  demand: DemandIndex = DemandIndex.build(facts),
  options: ComplementaryOptions = {},
): ComplementaryPair[] {
  return runSteps(complementaryUseCaseSearch(facts, demand, options)).pairs;
}

/** The options, checked, with their defaults. */
function checkedOptions(options: ComplementaryOptions) {
  const threshold = options.threshold ?? DEFAULT_COMPLEMENTARY_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(
      `threshold must be above 0 and at most 1, got ${threshold}`,
    );
  }
  const limit = options.limit ?? DEFAULT_COMPLEMENTARY_LIMIT;
  if (!(Number.isSafeInteger(limit) && limit >= 0)) {
    throw new RangeError(
      `limit must be a whole number of 0 or more, got ${limit}`,
    );
  }
  return { threshold, limit };
}

/**
 * Each candidate's place in title order (by title, then ref, then where
 * it stands), distinct per candidate, so that a kept pair is ordered by
 * two numbers and needs no brief until the search is done.
 */
function titleRanks(candidates: Candidate[]) {
  const byRank = candidates
    .map((_, i) => i)
    .sort(
      (x, y) => byTitle(candidates[x].useCase, candidates[y].useCase) || x - y,
    );
  const rank = new Int32Array(candidates.length);
  byRank.forEach((candidate, r) => {
    rank[candidate] = r;
  });
  return { rank, byRank };
}

/**
 * {@link findComplementaryUseCases} as a generator that pauses once the
 * needs are read, while the join builds its index, and after each use case
 * has been compared with the ones the join visited before it, and returns the
 * kept pairs with the count of all that qualify when done, so that a
 * caller can spread the search over time (pausing costs nothing when it
 * is simply run to the end).
 *
 * @public
 */
export function* complementaryUseCaseSearch(
  facts: PortfolioFacts,
  demand: DemandIndex = DemandIndex.build(facts),
  options: ComplementaryOptions = {},
): Steps<ComplementarySearchResult> {
  const { threshold, limit } = checkedOptions(options);
  const useCases = facts.useCases.filter(
    u => u.status !== 'retired' && u.personas.length > 0,
  );
  // Reading a use case's needs is a step of its own: 40,000 of them take
  // a while.
  const { candidates, personaSets, needIds } = yield* candidatesOf(
    useCases,
    yield* needsByUseCaseSteps(useCases, demand),
  );
  // Whether two persona sets differ both ways, once per pair of sets
  // (there are few), looked up once per candidate pair of use cases.
  const setCount = personaSets.length;
  const differ = new Uint8Array(setCount * setCount);
  personaSets.forEach((x, p) =>
    personaSets.forEach((y, q) => {
      differ[p * setCount + q] = servesDifferentPersonas(x, y) ? 1 : 0;
    }),
  );
  const personaOf = Int32Array.from(candidates, c => c.personaSet);
  const { rank, byRank } = titleRanks(candidates);
  yield;

  const top = new TopPairs(limit);
  yield* similarSetPairs(needIds, threshold, (i, j, similarity) => {
    if (differ[personaOf[i] * setCount + personaOf[j]] === 0) return;
    top.offer(
      similarity,
      Math.min(rank[i], rank[j]),
      Math.max(rank[i], rank[j]),
    );
  });
  const pairs = top.sorted().map(({ similarity, first, second }) => {
    const a = candidates[byRank[first]];
    const b = candidates[byRank[second]];
    const inB = new Set(b.needs.map(c => c.ref));
    const shared = a.needs.filter(c => inB.has(c.ref)).sort(byTitle);
    return {
      first: useCaseBrief(a.useCase),
      second: useCaseBrief(b.useCase),
      similarity,
      shared,
      neededByEither: a.needs.length + b.needs.length - shared.length,
    };
  });
  return { pairs, total: top.total };
}
