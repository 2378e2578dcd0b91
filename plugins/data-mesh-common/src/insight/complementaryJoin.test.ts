import { factsFromEntities } from '../portfolio/facts';
import {
  organisationSize,
  syntheticOrganisation,
} from '../testUtils/syntheticOrganisation';
import { runSteps } from '../time/steps';
import { prepareComplementarySearch } from './complementary';
import { complementaryJoin, mergeJoinResults } from './complementaryJoin';

/*
 * Threads share a join by each probing its own share of the use cases;
 * merged, what they find must be what one join finds: the same count, and
 * the same first pairs in the same order when more qualify than are kept.
 */

/** The join's input for the synthetic organisation, keeping `limit` pairs. */
function joinInput(limit: number) {
  const facts = factsFromEntities(
    syntheticOrganisation(organisationSize(5000)),
  );
  return runSteps(prepareComplementarySearch(facts, undefined, { limit })).join;
}

describe('complementaryJoin in shares', () => {
  it.each([2, 3])('finds in %s shares, merged, what one join finds', parts => {
    const whole = runSteps(complementaryJoin(joinInput(1_000_000)));
    // The fixture is worth sharing: pairs qualify.
    expect(whole.total).toBeGreaterThan(50);
    // Kept fewer than qualify, so that merging must cut in list order.
    const limit = Math.floor(whole.total / 2);
    const input = joinInput(limit);
    const shares = Array.from({ length: parts }, (_, part) =>
      runSteps(complementaryJoin(input, { part, parts })),
    );
    // Each share finds some of the pairs, none finds them all.
    for (const share of shares) {
      expect(share.total).toBeGreaterThan(0);
      expect(share.total).toBeLessThan(whole.total);
    }
    expect(mergeJoinResults(shares, limit)).toEqual({
      pairs: whole.pairs.slice(0, limit),
      total: whole.total,
    });
  });

  it('refuses a share that is not one of its parts', () => {
    const input = joinInput(10);
    const share = (part: number, parts: number) => () =>
      runSteps(complementaryJoin(input, { part, parts }));
    expect(share(2, 2)).toThrow(
      new RangeError('part must be a whole number from 0 to 1, got 2'),
    );
    expect(share(-1, 2)).toThrow(RangeError);
    expect(share(0.5, 2)).toThrow(RangeError);
    expect(share(0, 0)).toThrow(
      new RangeError('parts must be a whole number of 1 or more, got 0'),
    );
  });
});

describe('mergeJoinResults', () => {
  it('keeps the first pairs in the list order and counts every pair', () => {
    const merged = mergeJoinResults(
      [
        {
          pairs: [
            { similarity: 0.9, first: 4, second: 7 },
            { similarity: 0.6, first: 0, second: 1 },
          ],
          total: 5,
        },
        {
          pairs: [
            { similarity: 0.9, first: 2, second: 9 },
            { similarity: 0.7, first: 3, second: 5 },
          ],
          total: 3,
        },
      ],
      3,
    );
    expect(merged).toEqual({
      pairs: [
        { similarity: 0.9, first: 2, second: 9 },
        { similarity: 0.9, first: 4, second: 7 },
        { similarity: 0.7, first: 3, second: 5 },
      ],
      total: 8,
    });
  });
});
