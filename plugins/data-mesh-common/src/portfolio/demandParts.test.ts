import { Entity } from '@backstage/catalog-model';
import { LEVELS } from '../kinds/constants';
import { capability, dataProduct, domain, usecase } from '../testUtils';
import { runCountingPauses } from '../testUtils/pauses';
import { DemandIndex } from './demand';
import { PortfolioFacts, factsFromEntities } from './facts';
import { isRealUseCase } from './scope';

/*
 * DemandIndex.steps on organisations of some size, drawn at random from a
 * seed: lineage with cycles and ports to products that do not exist,
 * entities in an order other than their refs', capabilities named in
 * other cases or offered by no entity, use cases in every status. The
 * index built in steps is checked against a plain reading of the
 * definition of demand (the product spec, §5) written here with sets.
 */

const STATUSES = ['proposed', 'committed', 'live', 'retired'];
const PERSONAS = ['analyst', 'scientist', 'engineer', 'manager'];
const VALUES = ['low', 'medium', 'high', undefined];

/** A fixed pseudo-random sequence, so that a failure can be replayed. */
function sequence(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return (state >>> 16) % below;
  };
}

function organisation(seed: number, products: number, useCases: number) {
  const next = sequence(seed);
  const some = <T>(most: number, draw: () => T) =>
    Array.from({ length: next(most + 1) }, draw);
  // Names past the last are products nobody defines.
  const productName = () => `product-${next(products + 20)}`;
  const capabilityName = () =>
    next(10) === 0 ? `Cap-${next(50)}` : `cap-${next(55)}`;
  const entities: Entity[] = [];
  for (let d = 0; d < 30; d++) entities.push(domain(`domain-${d}`, 'team'));
  for (let c = 0; c < 40; c++) {
    entities.push(capability(`cap-${c}`, c % 3 ? 'available' : 'beta'));
  }
  for (let i = 0; i < products; i++) {
    entities.push(
      // 7919 is prime: every name once, in an order other than the refs'.
      dataProduct(`product-${(i * 7919) % products}`, {
        domain: `domain-${next(32)}`,
        owner: 'team',
        upstream: some(3, productName),
        caps: some(3, capabilityName),
      }),
    );
  }
  for (let i = 0; i < useCases; i++) {
    entities.push(
      usecase(`use-case-${(i * 7919) % useCases}`, {
        status: STATUSES[next(4)],
        domain: next(4) ? `domain-${next(30)}` : undefined,
        personas: PERSONAS.filter(() => next(2) === 0),
        value: VALUES[next(4)],
        consumes: some(4, () => `${productName()}#out`),
        caps: some(2, capabilityName),
      }),
    );
  }
  return factsFromEntities(entities);
}

/** Demand for every capability, read from the definition with sets. */
function plainDemand(facts: PortfolioFacts) {
  const products = new Map(facts.dataProducts.map(p => [p.ref, p]));
  const upstreamOf = (start: string[]) => {
    const seen = new Set<string>();
    const queue = start.filter(ref => products.has(ref));
    while (queue.length) {
      const ref = queue.pop()!;
      if (seen.has(ref)) continue;
      seen.add(ref);
      queue.push(...products.get(ref)!.upstream.filter(r => products.has(r)));
    }
    return [...seen].map(ref => products.get(ref)!);
  };
  const demand = new Map<
    string,
    {
      real: string[];
      direct: string[];
      emerging: string[];
      dataProducts: Set<string>;
      domains: Set<string>;
      personas: Set<string>;
      rank: number;
    }
  >();
  const of = (ref: string) => {
    if (!demand.has(ref)) {
      demand.set(ref, {
        real: [],
        direct: [],
        emerging: [],
        dataProducts: new Set(),
        domains: new Set(),
        personas: new Set(),
        rank: -1,
      });
    }
    return demand.get(ref)!;
  };
  facts.capabilities.forEach(c => of(c.ref));
  facts.dataProducts.forEach(p => p.requiresCapabilities.forEach(of));
  const needs = new Map<string, string[]>();
  const realStarts: string[] = [];
  for (const u of facts.useCases) {
    const reached = upstreamOf(u.consumes);
    const own = new Set(u.requiresCapabilities);
    reached.forEach(p => p.requiresCapabilities.forEach(c => own.add(c)));
    needs.set(u.ref, [...own].sort());
    if (u.status === 'retired') continue;
    if (isRealUseCase(u)) realStarts.push(...u.consumes);
    for (const ref of own) {
      const d = of(ref);
      if (!isRealUseCase(u)) {
        d.emerging.push(u.ref);
        continue;
      }
      d.real.push(u.ref);
      if (u.requiresCapabilities.includes(ref)) d.direct.push(u.ref);
      if (u.domain) d.domains.add(u.domain);
      u.personas.forEach(p => d.personas.add(p));
      d.rank = Math.max(d.rank, u.value ? LEVELS.indexOf(u.value) : -1);
    }
  }
  for (const p of upstreamOf(realStarts)) {
    for (const ref of p.requiresCapabilities) {
      of(ref).dataProducts.add(p.ref);
      if (p.domain) of(ref).domains.add(p.domain);
    }
  }
  return { demand, needs };
}

const sorted = (values: Iterable<string>) => [...values].sort();
const all = { offset: 0, limit: 100_000 };

describe('DemandIndex.steps', () => {
  const facts = organisation(11, 1_500, 600);

  it('agrees with the definition of demand on an organisation of some size', () => {
    const index = DemandIndex.build(facts);
    const { demand, needs } = plainDemand(facts);
    expect(sorted(index.items().map(i => i.ref))).toEqual(
      sorted(demand.keys()),
    );
    // Not a handful: the random organisation makes real demand.
    expect(index.items()[0].demand.count).toBeGreaterThan(100);
    for (const item of index.items()) {
      const d = demand.get(item.ref)!;
      const page = (which: 'real' | 'emerging') =>
        index.demandPage(item.ref, which, all)!.items.map(e => e.useCase);
      expect([
        page('real'),
        page('emerging'),
        item.demand.samples.direct.count,
        index.dataProductsPage(item.ref, all)!.items,
        index.domainsPage(item.ref, all)!.items,
        item.demand.personas,
        item.demand.highestValue,
      ]).toEqual([
        sorted(d.real),
        sorted(d.emerging),
        d.direct.length,
        sorted(d.dataProducts),
        sorted(d.domains),
        sorted(d.personas),
        d.rank >= 0 ? LEVELS[d.rank] : null,
      ]);
    }
    for (const u of facts.useCases) {
      expect(index.useCaseCapabilities(u.ref)!.map(c => c.ref)).toEqual(
        needs.get(u.ref),
      );
    }
  });

  it('builds the same index when two builds advance in turns', () => {
    const other = organisation(12, 400, 300);
    const first = DemandIndex.steps(facts);
    const second = DemandIndex.steps(other);
    let a = first.next();
    let b = second.next();
    while (!a.done || !b.done) {
      if (!a.done) a = first.next();
      if (!b.done) b = second.next();
    }
    expect(a.value).toEqual(DemandIndex.build(facts));
    expect(b.value).toEqual(DemandIndex.build(other));
    expect(a.value.items()).toEqual(DemandIndex.build(facts).items());
  });

  it('pauses at least once per data product and per use case', () => {
    const { result, pauses } = runCountingPauses(DemandIndex.steps(facts));
    expect(result.items()).toEqual(DemandIndex.build(facts).items());
    expect(pauses).toBeGreaterThanOrEqual(
      facts.dataProducts.length + facts.useCases.length,
    );
  });
});
