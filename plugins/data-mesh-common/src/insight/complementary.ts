import type { PortfolioFacts } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import {
  CapabilityBrief,
  UseCaseBrief,
  byTitle,
  needsByUseCaseSteps,
  useCaseBrief,
} from './briefs';
import type {
  ComplementaryJoinInput,
  ComplementaryJoinResult,
} from './complementaryJoin';
import type { Steps } from '../time/steps';

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

/** Every candidate's needs one after another, and where each one ends. */
function flatNeeds(needIds: number[][]) {
  const needsEnd = new Int32Array(needIds.length);
  let end = 0;
  needIds.forEach((ids, i) => {
    end += ids.length;
    needsEnd[i] = end;
  });
  const needs = new Int32Array(end);
  needIds.forEach((ids, i) => needs.set(ids, needsEnd[i] - ids.length));
  return { needs, needsEnd };
}

/**
 * A complementary search read from the facts and ready to join: what the
 * join compares, as plain numbers that can go to a worker thread, and how
 * its result becomes the search's.
 *
 * @public
 */
export interface PreparedComplementarySearch {
  /** What {@link complementaryJoin} compares. */
  join: ComplementaryJoinInput;
  /** The search's result from the join's: the kept pairs described. */
  describe(joined: ComplementaryJoinResult): ComplementarySearchResult;
}

/**
 * The first part of {@link complementaryUseCaseSearch}, as steps: reads
 * the use cases that can be paired and their needs, and numbers them for
 * the join. A backend runs it in slices, the join in a worker thread, then
 * `describe`.
 *
 * @public
 */
export function* prepareComplementarySearch(
  facts: PortfolioFacts,
  demand: DemandIndex = DemandIndex.build(facts),
  options: ComplementaryOptions = {},
): Steps<PreparedComplementarySearch> {
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
  const { rank, byRank } = titleRanks(candidates);
  yield;
  const join: ComplementaryJoinInput = {
    ...flatNeeds(needIds),
    personaSet: Int32Array.from(candidates, c => c.personaSet),
    personaSetCount: setCount,
    personaSetsDiffer: differ,
    rank,
    threshold,
    limit,
  };
  const describe = (joined: ComplementaryJoinResult) => ({
    pairs: joined.pairs.map(({ similarity, first, second }) => {
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
    }),
    total: joined.total,
  });
  return { join, describe };
}
