import type { PortfolioFacts } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import {
  CapabilityBrief,
  UseCaseBrief,
  byTitle,
  needsByUseCase,
  useCaseBrief,
} from './briefs';

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
}

/** True when each persona set holds a persona the other does not. */
function servesDifferentPersonas(a: string[], b: string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return a.some(p => !setB.has(p)) && b.some(p => !setA.has(p));
}

/**
 * Every pair of proposed, committed or live use cases whose needed
 * capabilities have a Jaccard similarity of at least the threshold and
 * where each serves a persona the other does not. Most similar first,
 * then by the first use case's title, then the second's (then refs), so
 * that pages of the list are stable. Use cases that need no capability
 * share nothing and are never paired.
 *
 * Only pairs sharing a capability are ever compared (through an index from
 * capability to use cases), which is what a positive threshold allows.
 *
 * @public
 */
export function findComplementaryUseCases(
  facts: PortfolioFacts,
  demand: DemandIndex = DemandIndex.build(facts),
  options: ComplementaryOptions = {},
): ComplementaryPair[] {
  const threshold = options.threshold ?? DEFAULT_COMPLEMENTARY_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(
      `threshold must be above 0 and at most 1, got ${threshold}`,
    );
  }
  const useCases = facts.useCases.filter(
    u => u.status !== 'retired' && u.personas.length > 0,
  );
  const needs = needsByUseCase(useCases, demand);
  const candidates = useCases
    .map(useCase => ({ useCase, needs: needs.get(useCase.ref) ?? [] }))
    .filter(c => c.needs.length > 0);

  const byCapability = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const need of c.needs) {
      const list = byCapability.get(need.ref);
      if (list) list.push(i);
      else byCapability.set(need.ref, [i]);
    }
  });

  const pairs: ComplementaryPair[] = [];
  candidates.forEach((a, i) => {
    // Capabilities shared with each later candidate.
    const shared = new Map<number, CapabilityBrief[]>();
    for (const need of a.needs) {
      for (const j of byCapability.get(need.ref)!) {
        if (j <= i) continue;
        const list = shared.get(j);
        if (list) list.push(need);
        else shared.set(j, [need]);
      }
    }
    for (const [j, both] of shared) {
      const b = candidates[j];
      const neededByEither = a.needs.length + b.needs.length - both.length;
      const similarity = both.length / neededByEither;
      if (similarity < threshold) continue;
      if (!servesDifferentPersonas(a.useCase.personas, b.useCase.personas)) {
        continue;
      }
      const [first, second] = [
        useCaseBrief(a.useCase),
        useCaseBrief(b.useCase),
      ].sort(byTitle);
      pairs.push({
        first,
        second,
        similarity,
        shared: [...both].sort(byTitle),
        neededByEither,
      });
    }
  });
  return pairs.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      byTitle(x.first, y.first) ||
      byTitle(x.second, y.second),
  );
}
