import { runSteps } from './steps';
import { sortSteps } from './sortSteps';
import { seededRandom } from '../testUtils/seededRandom';

/** Whole numbers below `below`, the same sequence for a seed. */
function sequence(seed: number) {
  const random = seededRandom(seed);
  return (below: number) => Math.floor(random() * below);
}

const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

describe('sortSteps', () => {
  it.each([0, 1, 2, 1023, 1024, 1025, 3000, 10_000])(
    'sorts %i items as the runtime does, stably',
    size => {
      const next = sequence(size + 1);
      // Few keys, many ties: stability shows in the order of the ids.
      const items = Array.from({ length: size }, (_, id) => ({
        key: next(50),
        id,
      }));
      const expected = [...items].sort(byKey);
      expect(runSteps(sortSteps(items, byKey))).toEqual(expected);
    },
  );

  it('leaves its input as it was', () => {
    const items = [3, 1, 2];
    runSteps(sortSteps(items, (a, b) => a - b));
    expect(items).toEqual([3, 1, 2]);
  });

  it('pauses while it merges, so that no piece compares more than a few thousand items', () => {
    const next = sequence(7);
    const items = Array.from({ length: 100_000 }, () => next(1_000_000));
    let comparisons = 0;
    let mostInOnePiece = 0;
    const steps = sortSteps(items, (a, b) => {
      comparisons++;
      return a - b;
    });
    let step = steps.next();
    let pieces = 1;
    while (!step.done) {
      mostInOnePiece = Math.max(mostInOnePiece, comparisons);
      comparisons = 0;
      step = steps.next();
      pieces++;
    }
    expect(step.value).toEqual([...items].sort((a, b) => a - b));
    // A run of 1,024 items sorted by the runtime takes about 10,000.
    expect(mostInOnePiece).toBeLessThanOrEqual(15_000);
    expect(pieces).toBeGreaterThan(100);
  });

  it('merges runs already in order without comparing their items', () => {
    const items = Array.from({ length: 10_240 }, (_, i) => i);
    let comparisons = 0;
    const sorted = runSteps(
      sortSteps(items, (a, b) => {
        comparisons++;
        return a - b;
      }),
    );
    expect(sorted).toEqual(items);
    // 1,023 per run of 1,024 to see it is in order, then one per merge.
    expect(comparisons).toBeLessThan(10 * 1_023 + 20);
  });
});
