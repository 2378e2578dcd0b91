import { JoinShare, similarSetPairs } from './similarSets';
import { leastOverlap } from './similarSetsIndex';

/*
 * The join prunes; pruning one pair too many is the bug to fear. So it is
 * compared with the comparison of every pair, written here plainly, on
 * many seeded random families of sets: tiny and empty sets, many
 * identical sets, few and many elements (more than 1,448 makes pairs of
 * elements share lists), skewed like capabilities, and thresholds at
 * which many pairs sit exactly on the threshold.
 */

/** A fixed pseudo-random sequence, so that a failure can be replayed. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return (state >>> 8) / 2 ** 23;
  };
}

interface Family {
  name: string;
  sets: number[][];
}

function family(seed: number): Family {
  const random = sequence(seed);
  const count = [0, 1, 2, 3, 40, 150][seed % 6];
  const elements = [1, 3, 12, 60, 1500][Math.floor(random() * 5)];
  const largest = [1, 2, 4, 12, 30][Math.floor(random() * 5)];
  const skew = 1 + Math.floor(random() * 3);
  const copies = random() < 0.3;
  const sets: number[][] = [];
  for (let i = 0; i < count; i++) {
    if (copies && i > 0 && random() < 0.5) {
      sets.push([...sets[Math.floor(random() * i)]]);
      continue;
    }
    const set = new Set<number>();
    const size = Math.floor(random() * (largest + 1));
    for (let k = 0; k < size; k++) {
      set.add(Math.floor(elements * random() ** skew));
    }
    sets.push([...set]);
  }
  return {
    name: `seed ${seed}: ${count} sets of up to ${largest} of ${elements}`,
    sets,
  };
}

/** Every pair, as the definition says: "a b similarity", sorted. */
function everyPair(sets: number[][], threshold: number): string[] {
  const pairs: string[] = [];
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      const common = sets[a].filter(e => sets[b].includes(e)).length;
      const either = new Set([...sets[a], ...sets[b]]).size;
      if (common === 0) continue;
      const similarity = common / either;
      if (similarity >= threshold) pairs.push(`${a} ${b} ${similarity}`);
    }
  }
  return pairs.sort();
}

/** The pairs one share of a join finds (the whole join by default). */
function joinedUnsorted(
  sets: number[][],
  threshold: number,
  share?: JoinShare,
): string[] {
  const pairs: string[] = [];
  const steps = similarSetPairs(
    sets,
    threshold,
    (a, b, similarity) => {
      pairs.push(`${Math.min(a, b)} ${Math.max(a, b)} ${similarity}`);
    },
    share,
  );
  let paused = 0;
  while (!steps.next().done) paused++;
  // Two pauses while the index is started (once the sets are in visiting
  // order, once their bits are written), then one per non-empty set the
  // share probes (these families are too small for more pauses in the
  // build): a caller can spread the join.
  const { part, parts } = share ?? { part: 0, parts: 1 };
  const probed = sets
    .filter(s => s.length > 0)
    .filter((_, v) => v % parts === part).length;
  expect(paused).toBe(2 + probed);
  return pairs;
}

function joined(sets: number[][], threshold: number): string[] {
  return joinedUnsorted(sets, threshold).sort();
}

const THRESHOLDS = [1, 0.5, 0.1, 1 / 3, 2 / 3, 0.6, 0.7, 0.25, 0.4, 0.05];

describe('similarSetPairs', () => {
  const families = Array.from({ length: 120 }, (_, seed) => family(seed));

  it.each(THRESHOLDS)(
    'finds exactly the pairs a comparison of every pair finds at %s',
    threshold => {
      let pairs = 0;
      let onTheThreshold = 0;
      for (const { name, sets } of families) {
        const expected = everyPair(sets, threshold);
        expect({ name, pairs: joined(sets, threshold) }).toEqual({
          name,
          pairs: expected,
        });
        pairs += expected.length;
        onTheThreshold += expected.filter(
          p => Number(p.split(' ')[2]) === threshold,
        ).length;
      }
      // The families must give the join something to get wrong: many
      // pairs, and pairs exactly on the threshold.
      expect(pairs).toBeGreaterThan(200);
      expect(onTheThreshold).toBeGreaterThan(10);
    },
  );

  it.each([2, 3])(
    'finds each pair exactly once in one of %s shares, as one join does',
    parts => {
      let pairs = 0;
      let inLaterShares = 0;
      for (const threshold of [1, 0.5, 0.1, 2 / 3]) {
        for (const { name, sets } of families) {
          const shares = Array.from({ length: parts }, (_, part) =>
            joinedUnsorted(sets, threshold, { part, parts }),
          );
          // Concatenated, not deduplicated: a pair found twice shows.
          expect({ name, threshold, pairs: shares.flat().sort() }).toEqual({
            name,
            threshold,
            pairs: everyPair(sets, threshold),
          });
          pairs += shares.flat().length;
          inLaterShares += shares.slice(1).flat().length;
        }
      }
      // Every share must find some: the first share alone is not the join.
      expect(inLaterShares).toBeGreaterThan(pairs / (parts + 1));
    },
  );

  it('pairs sets that hold a single element, the same one, and no empty set', () => {
    const pairs = joined([[7], [], [7], [8], [7, 8]], 0.5);
    expect(pairs).toEqual(['0 2 1', '0 4 0.5', '2 4 0.5', '3 4 0.5']);
  });

  it('counts pairs exactly on a threshold that no binary fraction is', () => {
    // 1/10 as the machine divides is the threshold 0.1, though a tenth is
    // not exactly a binary fraction: the pair qualifies, as it does when
    // every pair is compared.
    const sets = [
      [0],
      Array.from({ length: 10 }, (_, i) => i),
      Array.from({ length: 11 }, (_, i) => i),
    ];
    expect(joined(sets, 0.1)).toEqual(everyPair(sets, 0.1));
    expect(joined(sets, 0.1)).toContain('0 1 0.1');
    expect(leastOverlap(1, 10, 0.1)).toBe(1);
    expect(leastOverlap(1, 11, 0.1)).toBe(2);
  });

  it('works out bounds by dividing, as the comparison does, not by multiplying', () => {
    // 7 / 25 is 0.28 as the machine divides, while 0.28 × 25 is a little
    // more than 7: a bound multiplied out would ask for 8 common elements
    // and lose the pair.
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(7 / 25).toBe(0.28);
    expect(0.28 * 25).toBeGreaterThan(7);
    expect(leastOverlap(7, 25, 0.28)).toBe(7);
    expect(joined([range(7), range(25)], 0.28)).toEqual(['0 1 0.28']);
    const more = [range(14), range(50), range(25), range(7)];
    expect(joined(more, 0.28)).toEqual(everyPair(more, 0.28));
    expect(joined(more, 0.56)).toEqual(everyPair(more, 0.56));
    expect(joined(more, 0.56)).toContain('0 2 0.56');
  });

  it('pauses every thousand sets while it reads them, not only per set joined', () => {
    // Sets of two of a hundred elements: enough of them that reading them
    // takes more than a piece of work.
    const sets = Array.from({ length: 5000 }, (_, i) => [
      i % 100,
      100 + (i % 7),
    ]);
    let pauses = 0;
    const steps = similarSetPairs(sets, 0.9, () => undefined);
    while (!steps.next().done) pauses++;
    const thousands = Math.floor(sets.length / 1024);
    // Counting elements, renumbering sets and counting the index's entries
    // each pause every 1,024 sets; two more as the index starts; one per
    // set joined.
    expect(pauses).toBe(3 * thousands + 2 + sets.length);
  });
});
