import { ConfigReader } from '@backstage/config';
import { factsFromEntities } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  dataProduct,
  domain,
  group,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { readDataMeshBackendOptions } from '../config';
import {
  buildExampleHistory,
  buildExampleHistorySteps,
} from './exampleHistory';
import { phaseForecast, rulesFor } from '../reads/phaseForecast';
import { buildSnapshot } from './snapshot';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';

/*
 * A unit owns four domains: sales and stock adopt (two active products
 * each, one live use case in sales), returns and billing do not. Under the
 * default domain rules sales is in scale today (2 active products, 1 real
 * use case, owned within its owner); billing declares scale.
 */
const options = readDataMeshBackendOptions(new ConfigReader({}));
const facts = factsFromEntities([
  group('unit'),
  group('team-a', 'unit'),
  domain('sales', 'team-a'),
  domain('stock', 'team-a'),
  domain('returns', 'team-a'),
  domain('billing', 'team-a', { declared: { phase: 'scale' } }),
  ...['orders', 'invoices'].map(name =>
    dataProduct(name, { domain: 'sales', owner: 'team-a' }),
  ),
  ...['levels', 'moves'].map(name =>
    dataProduct(name, { domain: 'stock', owner: 'team-a' }),
  ),
  usecase('kpis', { status: 'live', domain: 'sales', consumes: ['orders'] }),
]);
const snapshot = buildSnapshot(
  facts,
  options,
  new Date('2026-11-26T18:00:00.000Z'),
);
const history = buildExampleHistory(snapshot, options);
const of = (scope: string) => history.filter(p => p.scope === scope);

describe('buildExampleHistory', () => {
  it('gives every scope a year of daily example points ending the day before', () => {
    const scopes = [...new Set(history.map(p => p.scope))].sort();
    expect(scopes).toEqual([
      'domain:default/billing',
      'domain:default/returns',
      'domain:default/sales',
      'domain:default/stock',
      'group:default/team-a',
      'group:default/unit',
      'organization',
    ]);
    for (const scope of scopes) {
      const points = of(scope);
      expect(points).toHaveLength(365);
      expect(points[0].date).toBe('2025-11-26');
      expect(points.at(-1)!.date).toBe('2026-11-25');
      expect(points.every(p => p.example)).toBe(true);
    }
  });

  it('climbs in whole domains from none to where the scope is today', () => {
    const adoption = of('organization').map(p => p.adoption);
    expect(adoption[0]).toBe(0);
    expect(adoption.at(-1)).toBe(2 / 4);
    expect(new Set(adoption)).toEqual(new Set([0, 1 / 4, 2 / 4]));
    expect([...adoption].sort((a, b) => a - b)).toEqual(adoption);
    // Active products grow with the adopting domains: two per domain here.
    expect(
      of('organization').every(
        p => p.activeDataProducts === 2 * p.adoptingDomains,
      ),
    ).toBe(true);
  });

  it('stays flat where nothing has adopted', () => {
    expect(new Set(of('domain:default/returns').map(p => p.adoption))).toEqual(
      new Set([0]),
    );
  });

  it("assesses each day's phase from that day's figures, with a declared phase in force", () => {
    const sales = of('domain:default/sales');
    expect(snapshot.domains.find(d => d.title === 'sales')?.phase).toBe(
      'scale',
    );
    expect([sales[0].phase, sales.at(-1)!.phase]).toEqual([
      'bootstrap',
      'scale',
    ]);
    expect(new Set(of('domain:default/billing').map(p => p.phase))).toEqual(
      new Set(['scale']),
    );
  });
});

describe('buildExampleHistorySteps', () => {
  it('pauses after each scope it seeds, with the same points', () => {
    const unmeasured = (scope: string) => scope !== 'domain:default/stock';
    const steps = buildExampleHistorySteps(snapshot, options, unmeasured);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    // Seven scopes, one measured already.
    expect(pauses).toBe(6);
    expect(step.value).toEqual(
      buildExampleHistory(snapshot, options, unmeasured),
    );
    expect(step.value).toHaveLength(6 * 365);
  });
});

describe('the example organisation with its example year', () => {
  it('forecasts exploit adoption for the organisation a week on, and says why not for the units', () => {
    const example = factsFromEntities(loadExampleEntities());
    const today = buildSnapshot(
      example,
      options,
      new Date('2027-03-01T08:00:00.000Z'),
    );
    const seeded = buildExampleHistory(today, options);
    const forecast = (scope: string) => {
      const assessment =
        scope === 'organization'
          ? today.organization
          : today.businessUnits!.find(u => u.scope === scope)!;
      const points = [
        ...seeded.filter(p => p.scope === scope),
        { date: '2027-03-01', adoption: assessment.metrics.adoption },
      ];
      return phaseForecast(
        points,
        rulesFor(scope, options),
        assessment.computedPhase,
      );
    };
    expect(forecast('organization')).toMatchObject({
      outcome: 'expected',
      expectedDate: '2027-03-08',
      exampleDays: 365,
    });
    const outcomes = [
      'group:default/analytics',
      'group:default/commerce',
      'group:default/customer-experience',
      'group:default/finance',
      'group:default/operations',
    ].map(scope => forecast(scope).outcome);
    expect(outcomes).toEqual([
      'no-progress',
      'already-reached',
      'already-reached',
      'no-progress',
      'already-reached',
    ]);
  });
});
