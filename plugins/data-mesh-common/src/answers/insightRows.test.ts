import { SAMPLE_SIZE } from '../api/types';
import { findComplementaryUseCases } from '../insight/complementarySearch';
import { computePlatformRoadmap } from '../insight/roadmap';
import { computeUseCasePortfolio } from '../insight/useCasePortfolio';
import { DemandIndex } from '../portfolio/demand';
import { factsFromEntities } from '../portfolio/facts';
import { capability, dataProduct, usecase } from '../testUtils';
import {
  businessUnitSummary,
  complementaryPairItem,
  deprecatedNeedItem,
  portfolioItem,
  roadmapEntry,
  summarizeUseCasePortfolio,
} from './insightRows';

/*
 * More use cases in one cell, data products one use case consumes and
 * capabilities one use case lacks than a sample holds, so every row must
 * cut its lists: seven high-value, low-complexity use cases wait for the
 * planned ML platform, the first also for six more planned capabilities
 * and the deprecated old ETL, and consumes seven data products.
 */
const extra = Array.from({ length: SAMPLE_SIZE + 1 }, (_, i) => `extra-${i}`);
const products = Array.from({ length: SAMPLE_SIZE + 2 }, (_, i) => `p${i}`);
const facts = factsFromEntities([
  capability('ml', 'planned', { title: 'ML platform' }),
  capability('old-etl', 'deprecated', { title: 'Old ETL' }),
  ...extra.map(name => capability(name, 'planned')),
  ...products.map(name => dataProduct(name, { domain: 'sales', owner: 't' })),
  usecase('u0', {
    status: 'committed',
    value: 'high',
    complexity: 'low',
    personas: ['analyst'],
    consumes: products,
    caps: ['ml', 'old-etl', ...extra],
  }),
  ...Array.from({ length: SAMPLE_SIZE + 1 }, (_, i) =>
    usecase(`u${i + 1}`, {
      status: 'committed',
      value: 'high',
      complexity: 'low',
      personas: [i % 2 ? 'analyst' : 'engineer'],
      caps: ['ml'],
    }),
  ),
]);
const demand = DemandIndex.build(facts);
const portfolio = computeUseCasePortfolio(facts, demand);
const startHere = portfolio.cells.find(c => c.startHere)!;
const u0 = startHere.useCases.find(u => u.ref === 'usecase:default/u0')!;

describe('portfolioItem', () => {
  it('cuts what a use case consumes and lacks to samples with their counts', () => {
    const item = portfolioItem(u0);

    expect(item.consumes.count).toBe(products.length);
    expect(item.consumes.sample).toEqual(u0.consumes.slice(0, SAMPLE_SIZE));
    expect(item.blockedBy.count).toBe(extra.length + 2);
    expect(item.blockedBy.sample).toEqual(u0.blockedBy.slice(0, SAMPLE_SIZE));
    expect(item).toMatchObject({
      ref: u0.ref,
      title: u0.title,
      value: 'high',
      complexity: 'low',
      needs: u0.needs,
    });
  });
});

describe('summarizeUseCasePortfolio', () => {
  it('counts each cell whole and names its first use cases as rows', () => {
    const summary = summarizeUseCasePortfolio(portfolio);
    const cell = summary.cells.find(c => c.startHere)!;

    expect(cell.count).toBe(SAMPLE_SIZE + 2);
    expect(cell.useCases.map(u => u.ref)).toEqual(
      startHere.useCases.slice(0, SAMPLE_SIZE).map(u => u.ref),
    );
    expect(cell.useCases[0].consumes).toHaveProperty('count');
    expect(summary.cells.map(c => c.count)).toEqual(
      portfolio.cells.map(c => c.useCases.length),
    );
    expect(summary.unrated).toEqual({ count: 0, useCases: [] });
  });
});

describe('roadmapEntry and deprecatedNeedItem', () => {
  const roadmap = computePlatformRoadmap(facts, demand);

  it('samples what a capability on the roadmap unblocks, with counts by value', () => {
    const ml = roadmap.items.find(
      i => i.capability.ref === 'platformcapability:default/ml',
    )!;
    const entry = roadmapEntry(ml);

    expect(entry.capability).toEqual(ml.capability);
    expect(entry.fullyUnblocks.count).toBe(SAMPLE_SIZE + 1);
    expect(entry.fullyUnblocks.sample).toEqual(
      ml.fullyUnblocks.slice(0, SAMPLE_SIZE),
    );
    expect(entry.fullyUnblocks.byValue).toEqual(ml.fullyUnblocksByValue);
    expect(entry.partlyUnblocks).toEqual({
      count: 1,
      sample: ml.partlyUnblocks,
    });
  });

  it('samples who still needs a deprecated capability', () => {
    const [need] = roadmap.deprecatedButNeeded;
    expect(deprecatedNeedItem(need)).toEqual({
      capability: need.capability,
      useCases: { count: 1, sample: need.useCases },
      domains: { count: need.domains.length, sample: need.domains },
      personas: need.personas,
    });
  });
});

describe('complementaryPairItem', () => {
  it('samples what a pair shares and keeps its measures', () => {
    const [pair] = findComplementaryUseCases(facts, demand);
    expect(complementaryPairItem(pair)).toEqual({
      first: pair.first,
      second: pair.second,
      similarity: pair.similarity,
      shared: { count: pair.shared.length, sample: pair.shared },
      neededByEither: pair.neededByEither,
    });
  });
});

describe('businessUnitSummary', () => {
  it('samples its domains and child units and carries its history and freshness', () => {
    const domains = Array.from(
      { length: SAMPLE_SIZE + 1 },
      (_, i) => `domain:default/d${i}`,
    );
    const history = [{ date: '2026-11-24', adoption: 0.4, example: false }];
    const freshness = { computedAt: '2026-11-24T22:00:00.000Z', stale: true };
    const row = businessUnitSummary(
      {
        scope: 'group:default/retail',
        title: 'Retail',
        topLevel: true,
        domains,
        childUnits: [],
        phase: 'bootstrap',
        computedPhase: 'bootstrap',
        declared: null,
        next: null,
        metrics: {} as any,
        adopterCategory: 'innovators',
      },
      history,
      freshness,
    );

    expect(row.domains).toEqual({
      count: SAMPLE_SIZE + 1,
      sample: domains.slice(0, SAMPLE_SIZE),
    });
    expect(row.childUnits).toEqual({ count: 0, sample: [] });
    expect(row).toMatchObject({ title: 'Retail', history, ...freshness });
  });
});
