import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { factsFromEntities } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import { capability, domain, usecase } from '../testUtils';
import { complementaryUseCaseSearch } from './complementarySearch';

/*
 * The catalog a hostile or careless team can write: 3,000 use cases that
 * need the same two capabilities, the even ones for data analysts and the
 * odd ones for data scientists. Every analyst/scientist pair shares all it
 * needs (similarity 1) and serves different personas, so 1,500 × 1,500 =
 * 2,250,000 pairs qualify; pairs within one persona never do. The search
 * runs in the backend's process, so what it holds must not grow with the
 * pairs.
 */
const USE_CASES = 3_000;
const QUALIFYING = (USE_CASES / 2) * (USE_CASES / 2);
const MB = 2 ** 20;
const HEAP_GROWTH_LIMIT = 50 * MB;

const title = (i: number) => `uc-${String(i).padStart(4, '0')}`;

/**
 * A collection on demand: jest does not pass --expose-gc, and without a
 * collection before the baseline, garbage of the set-up would be counted
 * or freed during the search.
 */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc');
}

describe('complementaryUseCaseSearch on a catalog where millions of pairs qualify', () => {
  it('counts every qualifying pair, keeps the most similar and holds no more than it keeps', () => {
    const facts = factsFromEntities([
      domain('sales', 'team-a'),
      capability('sql', 'available'),
      capability('bi', 'available'),
      ...Array.from({ length: USE_CASES }, (_, i) =>
        usecase(title(i), {
          status: 'live',
          personas: [i % 2 === 0 ? 'data-analyst' : 'data-scientist'],
          caps: ['sql', 'bi'],
        }),
      ),
    ]);
    const demand = DemandIndex.build(facts);
    const gc = collector();
    gc();
    const baseline = process.memoryUsage().heapUsed;

    // Sampled at every pause (once per use case), the search's own
    // rhythm; a search that outgrows the limit is stopped there rather
    // than left to take gigabytes of a shared machine.
    const search = complementaryUseCaseSearch(facts, demand);
    let peak = 0;
    let compared = 0;
    let step = search.next();
    while (!step.done) {
      compared++;
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      if (peak >= HEAP_GROWTH_LIMIT) {
        search.return(undefined as never);
        break;
      }
      step = search.next();
    }
    if (!step.done) {
      throw new Error(
        `The heap grew by ${Math.round(
          peak / MB,
        )} MB in the search's first ${compared} use cases, with ${
          HEAP_GROWTH_LIMIT / MB
        } MB allowed`,
      );
    }
    expect(peak).toBeLessThan(HEAP_GROWTH_LIMIT);

    const { total, pairs } = step.value;
    expect(total).toBe(2_250_000);
    expect(total).toBe(QUALIFYING);
    expect(pairs).toHaveLength(10_000);
    // All pairs tie at 1, so the first use case's title orders them:
    // uc-0000 pairs with the 1,500 odd ones, uc-0001 with the 1,499 even
    // ones after it, and so on, each with the second titles ascending.
    expect(pairs[0]).toMatchObject({
      first: { title: 'uc-0000' },
      second: { title: 'uc-0001' },
      similarity: 1,
      neededByEither: 2,
    });
    expect(pairs[0].shared.map(c => c.title)).toEqual(['bi', 'sql']);
    expect(pairs[1500]).toMatchObject({
      first: { title: 'uc-0001' },
      second: { title: 'uc-0002' },
    });
    expect(pairs[1500 + 1499]).toMatchObject({
      first: { title: 'uc-0002' },
      second: { title: 'uc-0003' },
    });
    // 1,500 + 1,499 + 1,499 + 1,498 + 1,498 + 1,497 = 8,991 pairs for
    // uc-0000 to uc-0005; uc-0006 (even) pairs with the odd ones from
    // uc-0007, so the 10,000th pair is its 1,009th: uc-(7 + 2 × 1,008).
    expect(pairs[8991]).toMatchObject({
      first: { title: 'uc-0006' },
      second: { title: 'uc-0007' },
    });
    expect(pairs[9999]).toMatchObject({
      first: { title: 'uc-0006' },
      second: { title: 'uc-2023' },
    });
  });
});
