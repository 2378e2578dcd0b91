import { factsFromEntities } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import { capability, domain, usecase } from '../testUtils';
import { complementaryUseCaseSearch } from './complementarySearch';

/*
 * The search keeps its first pairs in a bounded heap. Whether the heap
 * keeps the right ones, in the right order, is checked against a plain
 * reference written here from the definition (product spec §7): every
 * pair, Jaccard similarity of the needed capabilities with sets, each
 * serving a persona the other does not, most similar first, then by the
 * first title, then the second. The organisation is made so that
 * similarities tie often (a few capabilities) and the entities' order
 * differs from their titles' order. The search does not compare every
 * pair (it joins on prefixes of the needs), so it is also checked on many
 * seeded random organisations: none, one or two use cases, many that need
 * the same capabilities, use cases that need nothing or serve nobody,
 * retired ones, and thresholds on which many pairs sit exactly.
 */

const CAPABILITIES = ['ingest', 'sql', 'bi', 'notebooks', 'gpu', 'stream'];
const PERSONAS = ['analyst', 'scientist', 'engineer', 'manager'];
const COUNT = 80;

interface Plain {
  name: string;
  needs: string[];
  personas: string[];
  status?: string;
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
function reference(all: Plain[], threshold: number) {
  const useCases = all.filter(u => u.status !== 'retired');
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

function factsOf(useCases: Plain[], capabilities: string[]) {
  return factsFromEntities([
    domain('sales', 'team-a'),
    ...capabilities.map(c => capability(c, 'available')),
    ...useCases.map(u =>
      usecase(u.name, {
        status: u.status ?? 'live',
        personas: u.personas,
        caps: u.needs,
      }),
    ),
  ]);
}

const plain = organisation();
const facts = factsOf(plain, CAPABILITIES);

function search(
  threshold: number,
  limit?: number,
  of = { facts, demand: undefined as DemandIndex | undefined },
) {
  const steps = complementaryUseCaseSearch(of.facts, of.demand, {
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

const STATUSES = ['proposed', 'committed', 'live', 'retired'];

/**
 * A random organisation: sizes from none to 120 use cases, capabilities
 * from one to sixty drawn unevenly, some use cases copying another's
 * needs, some needing nothing or serving nobody.
 */
function randomOrganisation(seed: number) {
  const next = sequence(seed + 1);
  const count = [0, 1, 2, 3, 40, 120][seed % 6];
  const capabilities = Array.from(
    { length: [1, 2, 6, 20, 60][next(5)] },
    (_, c) => `cap-${c}`,
  );
  const largest = [1, 2, 4, 10, 12][next(5)];
  const useCases: Plain[] = [];
  for (let i = 0; i < count; i++) {
    const copy = i > 0 && next(3) === 0 ? useCases[next(i)] : undefined;
    const needs = new Set<string>(copy?.needs ?? []);
    if (!copy) {
      for (let k = next(largest + 1); k > 0; k--) {
        // Squared: low-numbered capabilities are needed far more often.
        const r = next(1000) / 1000;
        needs.add(capabilities[Math.floor(capabilities.length * r * r)]);
      }
    }
    useCases.push({
      name: `uc-${String((i * 37) % Math.max(count, 1)).padStart(3, '0')}-${i}`,
      needs: [...needs],
      personas: PERSONAS.filter(() => next(3) === 0),
      status: STATUSES[next(4)],
    });
  }
  const orgFacts = factsOf(useCases, capabilities);
  return {
    seed,
    useCases,
    of: { facts: orgFacts, demand: DemandIndex.build(orgFacts) },
  };
}

describe('complementaryUseCaseSearch against a plain reference, on random organisations', () => {
  const organisations = Array.from({ length: 60 }, (_, seed) =>
    randomOrganisation(seed),
  );

  it.each([0.5, 1, 0.1, 1 / 3, 0.6, 0.25, 0.2, 0.4])(
    'finds the same pairs, count and order at threshold %s',
    threshold => {
      let pairs = 0;
      let onTheThreshold = 0;
      for (const { seed, useCases, of } of organisations) {
        const all = reference(useCases, threshold);
        const limit = (seed * 7) % (all.length + 2);
        expect({ seed, ...search(threshold, limit, of) }).toEqual({
          seed,
          total: all.length,
          pairs: all.slice(0, limit),
        });
        expect({ seed, ...search(threshold, undefined, of) }).toEqual({
          seed,
          total: all.length,
          pairs: all,
        });
        pairs += all.length;
        onTheThreshold += all.filter(p => p.similarity === threshold).length;
      }
      // Something to get wrong: many pairs, some exactly on the threshold.
      expect(pairs).toBeGreaterThan(500);
      expect(onTheThreshold).toBeGreaterThan(40);
    },
  );

  it('never pairs a use case that needs nothing, even with another such', () => {
    const useCases: Plain[] = [
      { name: 'a', needs: [], personas: ['analyst'] },
      { name: 'b', needs: [], personas: ['scientist'] },
      { name: 'c', needs: ['sql'], personas: ['engineer'] },
    ];
    const of = { facts: factsOf(useCases, ['sql']), demand: undefined };
    expect(reference(useCases, 0.1)).toEqual([]);
    expect(search(0.1, undefined, of)).toEqual({ total: 0, pairs: [] });
  });
});
