import { runCountingPauses } from '../testUtils/pauses';
import type { DataProductFacts } from './facts';
import {
  capabilitiesIn,
  computeLineageClosure,
  lineageClosureSteps,
  productClosureNeeds,
  upstreamFlagsSteps,
  walkUpstream,
} from './lineage';

function product(
  ref: string,
  upstream: string[],
  requiresCapabilities: string[],
): DataProductFacts {
  return {
    ref,
    title: ref,
    domain: 'domain:default/d',
    owner: 'group:default/g',
    lifecycle: 'active',
    upstream,
    requiresCapabilities,
  };
}

/** Capability refs a product's closure needs, via the closure. */
function closureNeeds(products: DataProductFacts[], ref: string): string[] {
  const capabilities = [
    ...new Set(products.flatMap(p => p.requiresCapabilities)),
  ];
  const index = new Map(capabilities.map((c, i) => [c, i]));
  const closure = computeLineageClosure(products, index);
  return capabilitiesIn(
    productClosureNeeds(closure, closure.productIndex.get(ref)!),
  )
    .map(i => capabilities[i])
    .sort();
}

/** The same, by walking the lineage from scratch: the plain definition. */
function walkedNeeds(products: DataProductFacts[], ref: string): string[] {
  const byRef = new Map(products.map(p => [p.ref, p]));
  const seen = new Set<string>();
  const queue = [ref];
  const needs = new Set<string>();
  while (queue.length) {
    const next = queue.pop()!;
    if (seen.has(next) || !byRef.has(next)) continue;
    seen.add(next);
    byRef.get(next)!.requiresCapabilities.forEach(c => needs.add(c));
    queue.push(...byRef.get(next)!.upstream);
  }
  return [...needs].sort();
}

describe('computeLineageClosure', () => {
  it('follows a self-loop without looping', () => {
    const products = [product('a', ['a'], ['x'])];
    expect(closureNeeds(products, 'a')).toEqual(['x']);
  });

  it('gives every product of a cycle the needs of the whole cycle and what it reads', () => {
    const products = [
      product('a', ['b'], ['x']),
      product('b', ['c'], ['y']),
      product('c', ['a', 'd'], ['z']),
      product('d', [], ['w']),
      product('e', ['a'], []),
    ];
    for (const ref of ['a', 'b', 'c']) {
      expect(closureNeeds(products, ref)).toEqual(['w', 'x', 'y', 'z']);
    }
    expect(closureNeeds(products, 'd')).toEqual(['w']);
    expect(closureNeeds(products, 'e')).toEqual(['w', 'x', 'y', 'z']);
  });

  it('counts a shared upstream of a diamond once', () => {
    const products = [
      product('top', ['left', 'right'], ['t']),
      product('left', ['bottom'], []),
      product('right', ['bottom'], ['r']),
      product('bottom', [], ['b']),
    ];
    expect(closureNeeds(products, 'top')).toEqual(['b', 'r', 't']);
    const closure = computeLineageClosure(
      products,
      new Map([
        ['t', 0],
        ['r', 1],
        ['b', 2],
      ]),
    );
    const visits: number[] = [];
    walkUpstream(closure, [0], p => visits.push(p));
    expect(visits.sort()).toEqual([0, 1, 2, 3]);
  });

  it('ignores input ports naming products that do not exist', () => {
    const products = [
      product('a', ['ghost', 'b'], ['x']),
      product('b', [], []),
    ];
    expect(closureNeeds(products, 'a')).toEqual(['x']);
    const closure = computeLineageClosure(products, new Map([['x', 0]]));
    expect(closure.upstream[0]).toEqual([1]);
  });

  it('handles lineage deeper than the call stack allows', () => {
    const depth = 100_000;
    const products = Array.from({ length: depth }, (_, i) =>
      product(`p${i}`, i + 1 < depth ? [`p${i + 1}`] : ['p0'], [`c${i % 40}`]),
    );
    expect(closureNeeds(products, 'p0')).toHaveLength(40);
  });

  it('agrees with walking the lineage from scratch on random meshes', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 20; round++) {
      const n = 5 + Math.floor(random() * 60);
      const products = Array.from({ length: n }, (_, i) =>
        product(
          `p${i}`,
          Array.from(
            { length: Math.floor(random() * 4) },
            () => `p${Math.floor(random() * (n + 3))}`,
          ),
          Array.from(
            { length: Math.floor(random() * 3) },
            () => `c${Math.floor(random() * 70)}`,
          ),
        ),
      );
      for (const p of products) {
        expect(closureNeeds(products, p.ref)).toEqual(
          walkedNeeds(products, p.ref),
        );
      }
    }
  });

  it('prunes a walk to the lineage that leads to one capability', () => {
    const products = [
      product('a', ['b', 'c'], []),
      product('b', ['d'], ['x']),
      product('c', ['e'], ['y']),
      product('d', [], []),
      product('e', [], []),
    ];
    const closure = computeLineageClosure(
      products,
      new Map([
        ['x', 0],
        ['y', 1],
      ]),
    );
    const visits: string[] = [];
    walkUpstream(closure, [1, 2], p => visits.push(products[p].ref), {
      only: 0,
    });
    expect(visits).toEqual(['b']);
  });
});

describe('lineageClosureSteps', () => {
  it('pauses per product as it reads them and as it walks one long cycle', () => {
    const n = 3_000;
    const products = Array.from({ length: n }, (_, i) =>
      product(`p${i}`, [`p${(i + 1) % n}`], [`c${i % 40}`]),
    );
    const capabilities = new Map(
      Array.from({ length: 40 }, (_, c) => [`c${c}`, c]),
    );
    const { result, pauses } = runCountingPauses(
      lineageClosureSteps(products, capabilities),
    );
    expect(capabilitiesIn(productClosureNeeds(result, 0))).toHaveLength(40);
    // Indexing, reading ports, and the walk reaching and finishing each
    // product: a walk that only paused between roots would pause once.
    expect(pauses).toBeGreaterThanOrEqual(4 * n);
  });
});

describe('upstreamFlagsSteps', () => {
  it('flags what a walk visits, pausing per product reached', () => {
    const products = [
      product('a', ['b', 'ghost'], []),
      product('b', ['c'], []),
      product('c', ['b'], []),
      product('d', ['a'], []),
      product('e', [], []),
    ];
    const closure = computeLineageClosure(products, new Map());
    const visits: number[] = [];
    walkUpstream(closure, [0, 0], p => visits.push(p));
    const { result, pauses } = runCountingPauses(
      upstreamFlagsSteps(closure, [0, 0]),
    );
    expect([...result]).toEqual([1, 1, 1, 0, 0]);
    expect(visits.sort()).toEqual([0, 1, 2]);
    expect(pauses).toBe(3);
  });
});
