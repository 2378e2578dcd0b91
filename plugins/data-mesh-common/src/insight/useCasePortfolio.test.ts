import { factsFromEntities } from '../portfolio/facts';
import { DemandIndex } from '../portfolio/demand';
import { capability, dataProduct, domain, usecase } from '../testUtils';
import { loadExampleDocuments } from '../__testUtils__/exampleEntities';
import { runCountingPauses } from '../testUtils/pauses';
import { variedOrganisationEntities } from '../__testUtils__/variedOrganisation';
import { runSteps } from '../time/steps';
import {
  computeUseCasePortfolio,
  computeUseCasePortfolioSteps,
} from './useCasePortfolio';

/*
 * Lineage (arrows point upstream): features → clean → raw; events alone.
 * raw needs ingest (available), clean needs warehouse (available),
 * features needs ml (building), events needs streaming (planned).
 *
 * Use cases and what they need (§5), blockers marked *:
 *   ready    live      high/low   consumes clean     ingest, warehouse
 *   report   live      high/low   consumes clean,    ingest, warehouse, bi*
 *                                 requires bi (beta)
 *   churn    committed high/low   consumes features  ingest, warehouse, ml*
 *   fraud    proposed  high/high  consumes events,   streaming*, gpu*
 *                                 requires gpu (no entity)
 *   pricing  committed medium/–   consumes raw       ingest  (no complexity)
 *   legacy   retired   high/low   consumes raw       left out
 */
const facts = factsFromEntities([
  domain('sales', 'team-a'),
  capability('ingest', 'available'),
  capability('warehouse', 'available', { title: 'Warehouse' }),
  capability('ml', 'building', { title: 'ML platform' }),
  capability('streaming', 'planned', { title: 'Streaming' }),
  capability('bi', 'beta', { title: 'BI dashboards' }),
  dataProduct('raw', { domain: 'sales', owner: 'team-a', caps: ['ingest'] }),
  dataProduct('clean', {
    domain: 'sales',
    owner: 'team-a',
    upstream: ['raw'],
    caps: ['warehouse'],
  }),
  dataProduct('features', {
    domain: 'sales',
    owner: 'team-a',
    upstream: ['clean'],
    caps: ['ml'],
  }),
  dataProduct('events', {
    domain: 'sales',
    owner: 'team-a',
    caps: ['streaming'],
  }),
  usecase('ready', {
    status: 'live',
    value: 'high',
    complexity: 'low',
    consumes: ['clean'],
    personas: ['data-analyst'],
  }),
  usecase('report', {
    status: 'live',
    value: 'high',
    complexity: 'low',
    domain: 'sales',
    consumes: ['clean#out'],
    caps: ['bi'],
    personas: ['data-analyst', 'business-user'],
  }),
  usecase('churn', {
    status: 'committed',
    value: 'high',
    complexity: 'low',
    consumes: ['features'],
    personas: ['data-scientist'],
  }),
  usecase('fraud', {
    status: 'proposed',
    value: 'high',
    complexity: 'high',
    consumes: ['events'],
    caps: ['gpu'],
  }),
  usecase('pricing', {
    status: 'committed',
    value: 'medium',
    consumes: ['raw'],
  }),
  usecase('legacy', {
    status: 'retired',
    value: 'high',
    complexity: 'low',
    consumes: ['raw'],
  }),
]);

const portfolio = computeUseCasePortfolio(facts);
const names = (refs: Array<{ ref: string }>) =>
  refs.map(r => r.ref.replace(/^[a-z]+:default\//, ''));

describe('computeUseCasePortfolio', () => {
  it('places use cases by value and complexity, the place to start first', () => {
    expect(
      portfolio.cells.map(c => [
        `${c.value}/${c.complexity}`,
        c.startHere,
        names(c.useCases),
      ]),
    ).toEqual([
      // Least blocked first: ready (0), then churn and report (1 each),
      // by title. The retired legacy use case is not a choice any more.
      ['high/low', true, ['ready', 'churn', 'report']],
      ['high/medium', false, []],
      ['high/high', false, ['fraud']],
      ['medium/low', false, []],
      ['medium/medium', false, []],
      ['medium/high', false, []],
      ['low/low', false, []],
      ['low/medium', false, []],
      ['low/high', false, []],
    ]);
  });

  it('lists use cases without a complexity apart, with their needs', () => {
    expect(portfolio.unrated).toEqual([
      {
        ref: 'usecase:default/pricing',
        title: 'pricing',
        status: 'committed',
        value: 'medium',
        complexity: null,
        domain: null,
        personas: [],
        consumes: ['dataproduct:default/raw'],
        needs: 1,
        blockedBy: [],
      },
    ]);
  });

  it('names every blocking capability, upstream and not offered ones included', () => {
    const [start, , highHigh] = portfolio.cells;
    const byName = Object.fromEntries(
      [...start.useCases, ...highHigh.useCases].map(u => [
        names([u])[0],
        [u.needs, u.blockedBy.map(c => `${c.title} (${c.status})`)],
      ]),
    );
    expect(byName).toEqual({
      ready: [2, []],
      report: [3, ['BI dashboards (beta)']],
      // Through features (ml), and clean and raw upstream of it.
      churn: [3, ['ML platform (building)']],
      // gpu has no entity: it blocks as "not offered".
      fraud: [2, ['Streaming (planned)', 'gpu (not-offered)']],
    });
  });

  it('keeps personas, domain and consumed products, sorted', () => {
    const report = portfolio.cells[0].useCases.find(
      u => u.ref === 'usecase:default/report',
    );
    expect(report).toMatchObject({
      status: 'live',
      domain: 'domain:default/sales',
      personas: ['business-user', 'data-analyst'],
      consumes: ['dataproduct:default/clean'],
    });
  });

  it('gives the same answer from a shared demand index', () => {
    expect(computeUseCasePortfolio(facts, DemandIndex.build(facts))).toEqual(
      portfolio,
    );
  });
});

describe('computeUseCasePortfolioSteps', () => {
  const varied = factsFromEntities(variedOrganisationEntities(300));

  it('places the use cases of a varied organisation in every cell and apart', () => {
    // So that the comparisons below are of a portfolio with much to sort.
    const { cells, unrated } = computeUseCasePortfolio(varied);
    expect(cells.map(c => c.useCases.length)).toEqual([
      15, 16, 15, 15, 15, 16, 15, 15, 15,
    ]);
    expect(unrated).toHaveLength(103);
    expect(unrated.some(u => u.blockedBy.length > 1)).toBe(true);
  });

  it.each([
    ['the one above', facts],
    ['the example organisation', factsFromEntities(loadExampleDocuments())],
    ['a varied organisation', varied],
  ])('gives what computeUseCasePortfolio gives, for %s', (_, organisation) => {
    const expected = computeUseCasePortfolio(organisation);
    const demand = DemandIndex.build(organisation);
    expect(
      runSteps(computeUseCasePortfolioSteps(organisation, demand)),
    ).toEqual(expected);
    expect(runSteps(computeUseCasePortfolioSteps(organisation))).toEqual(
      expected,
    );
  });

  it('pauses after reading and after placing each use case, and after sorting each cell', () => {
    const { result, pauses } = runCountingPauses(
      computeUseCasePortfolioSteps(varied, DemandIndex.build(varied)),
    );
    // 300 use cases, one in five retired and left out.
    const placed =
      result.unrated.length +
      result.cells.reduce((sum, c) => sum + c.useCases.length, 0);
    expect(placed).toBe(240);
    expect(pauses).toBeGreaterThanOrEqual(2 * placed + 9);
  });
});
