import { factsFromEntities } from '../portfolio/facts';
import { capability, domain, usecase } from '../testUtils';
import { complementaryUseCaseSearch } from './complementary';

/*
 * The search keeps its first pairs in a bounded heap. Whether the heap
 * keeps the right ones, in the right order, is checked against a plain
 * reference written here from the definition (product spec §7): every
 * pair, Jaccard similarity of the needed capabilities with sets, each
 * serving a persona the other does not, most similar first, then by the
 * first title, then the second. The organisation is made so that
 * similarities tie often (a few capabilities) and the entities' order
 * differs from their titles' order.
 */

const CAPABILITIES = ['ingest', 'sql', 'bi', 'notebooks', 'gpu', 'stream'];
const PERSONAS = ['analyst', 'scientist', 'engineer', 'manager'];
const COUNT = 80;

interface Plain {
  name: string;
  needs: string[];
  personas: string[];
}

/** A fixed pseudo-random sequence, so that a failure can be replayed. */
function sequence(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    // The high bits: an LCG's low bits repeat quickly.
    return (state >>> 16) % below;
  };
}

function organisation(): Plain[] {
  const next = sequence(42);
  return Array.from({ length: COUNT }, (_, i) => {
    const needs = CAPABILITIES.filter(() => next(3) === 0);
    const personas = PERSONAS.filter(() => next(2) === 0);
    return {
      // 37 and 80 have no common factor: the names are 80 distinct
      // numbers in an order other than the entities'.
      name: `uc-${String((i * 37) % COUNT).padStart(2, '0')}`,
      needs: needs.length > 0 ? needs : [CAPABILITIES[i % 6]],
      personas: personas.length > 0 ? personas : [PERSONAS[i % 4]],
    };
  });
}

/** Code-unit order, as the product's lists use. */
function text(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Every qualifying pair, as the definition says, in the list's order. */
function reference(useCases: Plain[], threshold: number) {
  const pairs: { first: string; second: string; similarity: number }[] = [];
  for (let i = 0; i < useCases.length; i++) {
    for (let j = i + 1; j < useCases.length; j++) {
      const [a, b] = [useCases[i], useCases[j]];
      const either = new Set([...a.needs, ...b.needs]);
      const both = a.needs.filter(n => b.needs.includes(n));
      const similarity = both.length / either.size;
      const aAddsSomeone = a.personas.some(p => !b.personas.includes(p));
      const bAddsSomeone = b.personas.some(p => !a.personas.includes(p));
      if (both.length === 0 || similarity < threshold) continue;
      if (!aAddsSomeone || !bAddsSomeone) continue;
      const [first, second] = [a.name, b.name].sort();
      pairs.push({ first, second, similarity });
    }
  }
  return pairs.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      text(x.first, y.first) ||
      text(x.second, y.second),
  );
}

const plain = organisation();
const facts = factsFromEntities([
  domain('sales', 'team-a'),
  ...CAPABILITIES.map(c => capability(c, 'available')),
  ...plain.map(u =>
    usecase(u.name, {
      status: 'live',
      personas: u.personas,
      caps: u.needs,
    }),
  ),
]);

function search(threshold: number, limit?: number) {
  const steps = complementaryUseCaseSearch(facts, undefined, {
    threshold,
    limit,
  });
  let step = steps.next();
  while (!step.done) step = steps.next();
  return {
    total: step.value.total,
    pairs: step.value.pairs.map(p => ({
      first: p.first.title,
      second: p.second.title,
      similarity: p.similarity,
    })),
  };
}

describe('complementaryUseCaseSearch against a plain reference', () => {
  it.each([0.5, 0.25, 1])(
    'keeps the first pairs of the full list at threshold %s, whatever the limit',
    threshold => {
      const all = reference(plain, threshold);
      // Enough pairs, with ties, for the limits below to cut through them.
      expect(all.length).toBeGreaterThan(30);
      expect(new Set(all.map(p => p.similarity)).size).toBeLessThan(
        all.length / 4,
      );
      for (const limit of [0, 1, 2, 7, 30, all.length - 1, all.length]) {
        expect(search(threshold, limit)).toEqual({
          total: all.length,
          pairs: all.slice(0, limit),
        });
      }
      expect(search(threshold, all.length + 100)).toEqual({
        total: all.length,
        pairs: all,
      });
    },
  );
});
