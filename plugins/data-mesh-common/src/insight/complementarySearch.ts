import type { PortfolioFacts } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import {
  ComplementaryOptions,
  ComplementaryPair,
  ComplementarySearchResult,
  prepareComplementarySearch,
} from './complementary';
import { complementaryJoin } from './complementaryJoin';
import { Steps, runSteps } from '../time/steps';

/*
 * The complementary search (complementary.ts defines it), as one
 * computation: read the facts, join, describe the kept pairs.
 */

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
 * {@link complementaryUseCaseSearch} in slices instead, or its parts:
 * {@link prepareComplementarySearch} in slices, {@link complementaryJoin}
 * in a worker thread, then the prepared search's `describe`.
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
  const prepared = yield* prepareComplementarySearch(facts, demand, options);
  return prepared.describe(yield* complementaryJoin(prepared.join));
}
