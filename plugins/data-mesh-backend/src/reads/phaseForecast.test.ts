import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_BUSINESS_UNIT_PHASE_RULES,
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
  PhaseHistoryPoint,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { readDataMeshBackendOptions } from '../config';
import { forecastWindowStart, phaseForecast, rulesFor } from './phaseForecast';

/** Daily points from 2026-01-01, the first `examples` of them example data. */
function days(adoptions: number[], examples = 0): PhaseHistoryPoint[] {
  return adoptions.map((adoption, i) => ({
    date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    phase: 'bootstrap',
    adoption,
    adoptingDomains: 0,
    activeDataProducts: 0,
    example: i < examples,
  }));
}

describe('phaseForecast', () => {
  it('gives a date and no reason when adoption grows, counting the example days', () => {
    // logit(a) = -3 + 0.5 t: 0.5 (logit 0) is reached on day 6.
    const growth = [0, 1, 2, 3].map(t => 1 / (1 + Math.exp(3 - 0.5 * t)));
    const forecast = phaseForecast(
      days(growth, 2),
      DEFAULT_ORGANIZATION_PHASE_RULES,
      'scale',
    );
    expect(forecast).toMatchObject({
      outcome: 'expected',
      target: { phase: 'exploit', adoption: 0.5 },
      expectedDate: '2026-01-07',
      reason: null,
      exampleDays: 2,
      basis: { points: 4, from: '2026-01-01', to: '2026-01-04' },
    });
  });

  it('says why there is no date, in a sentence', () => {
    const rules = DEFAULT_ORGANIZATION_PHASE_RULES;
    expect(phaseForecast(days([0.6]), rules, 'exploit').reason).toBe(
      'The scope is in exploit, the last phase: there is no next threshold to reach.',
    );
    expect(phaseForecast(days([0.05, 0.1]), rules, 'bootstrap').reason).toBe(
      'Not enough history: 2 day(s) stored, at least 3 are needed.',
    );
    expect(
      phaseForecast(days([0.1, 0.1, 0.1, 0.1]), rules, 'bootstrap').reason,
    ).toBe(
      'No progress: adoption has not risen clearly over the 4 days from 2026-01-01 to 2026-01-04.',
    );
    // logit rising by 0.0001 a day from -4 takes 64 years to reach 16 %.
    const crawl = [0, 1, 2, 3].map(t => 1 / (1 + Math.exp(4 - 0.0001 * t)));
    const slow = phaseForecast(days(crawl), rules, 'bootstrap');
    expect([slow.outcome, slow.reason]).toEqual([
      'beyond-horizon',
      'At the current pace, adoption reaches 16 % more than 10 years after 2026-01-04.',
    ]);
    expect(phaseForecast(days([]), rules, 'bootstrap').exampleDays).toBe(0);
  });
});

describe('rulesFor', () => {
  it('assesses each kind of scope with its own rules', () => {
    const options = readDataMeshBackendOptions(new ConfigReader({}));
    expect(rulesFor('organization', options)).toBe(options.organizationRules);
    expect(rulesFor('domain:default/orders', options)).toEqual(
      DEFAULT_DOMAIN_PHASE_RULES,
    );
    expect(rulesFor('group:default/commerce', options)).toEqual(
      DEFAULT_BUSINESS_UNIT_PHASE_RULES,
    );
  });
});

describe('forecastWindowStart', () => {
  it('looks a year back, leap days included', () => {
    expect(forecastWindowStart('2026-11-26')).toBe('2025-11-26');
    expect(forecastWindowStart('2028-03-01')).toBe('2027-03-02');
  });
});
