import {
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
} from '../portfolio/phase';
import { DEFAULT_BUSINESS_UNIT_PHASE_RULES } from './businessUnits';
import {
  AdoptionPoint,
  AdoptionTarget,
  forecastAdoption,
  nextAdoptionTarget,
} from './forecast';

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(iso) / DAY_MS;
const date = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/*
 * Steady growth from known parameters: a(t) = 1 / (1 + e^-(k (t - t0)))
 * with k = 0.03 per day and t0 = 2025-06-01 (where a = 0.5). The curve
 * reaches adoption p on day t0 + logit(p) / k.
 */
const k = 0.03;
const t0 = day('2025-06-01');
const logistic = (d: number) => 1 / (1 + Math.exp(-k * (d - t0)));
const analyticDay = (p: number) => t0 + Math.log(p / (1 - p)) / k;
/** Weekly points from 20 weeks to 10 weeks before t0: 0.015 to 0.109. */
const steady: AdoptionPoint[] = Array.from({ length: 11 }, (_, i) => {
  const d = t0 - 140 + 7 * i;
  return { date: date(d), adoption: logistic(d) };
});

const scale: AdoptionTarget = { phase: 'scale', adoption: 0.16 };
const exploit: AdoptionTarget = { phase: 'exploit', adoption: 0.5 };
const series = (start: string, values: number[]) =>
  values.map((adoption, i) => ({
    date: date(day(start) + 7 * i),
    adoption,
  }));

describe('forecastAdoption', () => {
  it.each([
    ['scale', scale],
    ['exploit', exploit],
  ])('finds the analytic date of steady logistic growth (%s)', (_, target) => {
    const forecast = forecastAdoption(steady, target);
    expect(forecast.outcome).toBe('expected');
    const expected = day(forecast.expectedDate!);
    expect(Math.abs(expected - analyticDay(target.adoption))).toBeLessThan(1);
    expect(forecast.fit!.slopePerDay).toBeCloseTo(k, 10);
    expect(forecast.basis).toEqual({
      points: 11,
      from: '2025-01-12',
      to: '2025-03-23',
    });
  });

  it('uses the last point of each day, in whatever order points come', () => {
    const noisy = [
      ...steady.map(p => ({
        date: `${p.date}T18:00:00Z`,
        adoption: p.adoption,
      })),
      // Earlier the same days, and given last: overruled by the 18:00 points.
      ...steady.map(p => ({ date: `${p.date}T06:00:00Z`, adoption: 0.9 })),
    ].reverse();
    const forecast = forecastAdoption(noisy, exploit);
    expect(forecast.basis.points).toBe(11);
    expect(forecast.expectedDate).toBe(
      forecastAdoption(steady, exploit).expectedDate,
    );
  });

  it('says when there is not enough history', () => {
    // Three points, but on two distinct days.
    const forecast = forecastAdoption(
      [
        { date: '2025-01-01', adoption: 0.02 },
        { date: '2025-01-08', adoption: 0.03 },
        { date: '2025-01-08', adoption: 0.05 },
      ],
      scale,
    );
    expect(forecast).toEqual({
      outcome: 'not-enough-history',
      target: scale,
      expectedDate: null,
      horizonDays: 3653,
      basis: { points: 2, from: '2025-01-01', to: '2025-01-08' },
      fit: null,
    });
    expect(forecastAdoption([], scale).basis).toEqual({
      points: 0,
      from: null,
      to: null,
    });
  });

  it('sees no progress in a flat or declining history', () => {
    const flat = forecastAdoption(
      series('2025-01-01', [0.1, 0.1, 0.1, 0.1]),
      scale,
    );
    expect([flat.outcome, flat.fit?.slopePerDay]).toEqual(['no-progress', 0]);
    const decline = forecastAdoption(
      series('2025-01-01', [0.12, 0.1, 0.08]),
      scale,
    );
    expect(decline.outcome).toBe('no-progress');
    expect(decline.fit!.slopePerDay).toBeLessThan(0);
    // Never adopted: every point clamps to the same logit.
    const none = forecastAdoption(series('2025-01-01', [0, 0, 0]), scale);
    expect(none.outcome).toBe('no-progress');
  });

  it('sees no progress in a slope that noise explains', () => {
    const forecast = forecastAdoption(
      series('2025-01-01', [0.1, 0.05, 0.1, 0.05, 0.11]),
      scale,
    );
    // Up a little, far from significant: t is about 0.14, against 2.353.
    expect(forecast.fit!.slopePerDay).toBeGreaterThan(0);
    expect(forecast.outcome).toBe('no-progress');
  });

  it('says when the target is already reached', () => {
    const forecast = forecastAdoption(
      series('2025-01-01', [0.1, 0.2, 0.3]),
      scale,
    );
    expect(forecast.outcome).toBe('already-reached');
    expect(forecast.basis.to).toBe('2025-01-15');
  });

  it('gives no date beyond the horizon', () => {
    // Growth of 0.0001 a day in log-odds: about 35 years to go from 0.05 to 0.16.
    const slow = Array.from({ length: 5 }, (_, i) => ({
      date: date(t0 + 30 * i),
      adoption: 1 / (1 + Math.exp(-(-2.944 + 0.0001 * 30 * i))),
    }));
    const forecast = forecastAdoption(slow, scale);
    expect([forecast.outcome, forecast.expectedDate]).toEqual([
      'beyond-horizon',
      null,
    ]);
    expect(forecastAdoption(slow, scale, { horizonDays: 20000 }).outcome).toBe(
      'expected',
    );
  });

  it('gives the day after the last point when a scope is behind its trend', () => {
    // Fast growth, then a dip below the target on the last day.
    const forecast = forecastAdoption(
      series('2025-01-01', [0.02, 0.05, 0.1, 0.2, 0.14]),
      scale,
    );
    expect([forecast.outcome, forecast.expectedDate]).toEqual([
      'expected',
      '2025-01-30',
    ]);
  });

  /*
   * Logits -2, -1 and 0 on three consecutive days lie on the line
   * logit(a) = -2 + t exactly (adoption 0.119, 0.269, 0.5, none clamped).
   * It reaches logit(0.999) = ln 999 = 6.9068 at t = 8.9068, so on day 9:
   * 2026-01-10. Clamping the target to 0.99 (logit 4.5951) would say
   * day 7, 2026-01-08.
   */
  const exact = [-2, -1, 0].map((y, i) => ({
    date: date(day('2026-01-01') + i),
    adoption: 1 / (1 + Math.exp(-y)),
  }));

  it('aims at a target close to 1 exactly, not at the clamped adoption', () => {
    const forecast = forecastAdoption(exact, {
      phase: 'exploit',
      adoption: 0.999,
    });
    expect(forecast.fit!.intercept).toBeCloseTo(-2, 10);
    expect(forecast.fit!.slopePerDay).toBeCloseTo(1, 10);
    expect([forecast.outcome, forecast.expectedDate]).toEqual([
      'expected',
      '2026-01-10',
    ]);
  });

  it('gives no date for a target of 1 or more, which the curve only approaches', () => {
    for (const adoption of [1, 1.5]) {
      const forecast = forecastAdoption(exact, { phase: 'exploit', adoption });
      expect([forecast.outcome, forecast.expectedDate]).toEqual([
        'beyond-horizon',
        null,
      ]);
      // The fit is still shown: the scope progresses, only never to 1.
      expect(forecast.fit!.slopePerDay).toBeCloseTo(1, 10);
    }
    // Reaching 1 is still reaching it.
    expect(
      forecastAdoption([...exact, { date: '2026-01-04', adoption: 1 }], {
        phase: 'exploit',
        adoption: 1,
      }).outcome,
    ).toBe('already-reached');
  });

  it('says a target of 0 or less is reached, the curve being always above it', () => {
    for (const adoption of [0, -0.1]) {
      expect(
        forecastAdoption(exact, { phase: 'scale', adoption }).outcome,
      ).toBe('already-reached');
    }
  });

  it('has nothing to aim at without a target', () => {
    expect(forecastAdoption(steady, null).outcome).toBe('no-target');
  });
});

describe('nextAdoptionTarget', () => {
  it("takes the next phase's adoption threshold, phases being cumulative", () => {
    expect(
      nextAdoptionTarget(DEFAULT_ORGANIZATION_PHASE_RULES, 'bootstrap'),
    ).toEqual({ phase: 'scale', adoption: 0.16 });
    expect(
      nextAdoptionTarget(DEFAULT_BUSINESS_UNIT_PHASE_RULES, 'scale'),
    ).toEqual({
      phase: 'exploit',
      adoption: 0.5,
    });
    expect(
      nextAdoptionTarget(DEFAULT_ORGANIZATION_PHASE_RULES, 'exploit'),
    ).toBeNull();
  });

  it('has no target when reaching the next phase does not depend on adoption', () => {
    // The domain rules' scale asks for products and use cases only.
    expect(
      nextAdoptionTarget(DEFAULT_DOMAIN_PHASE_RULES, 'bootstrap'),
    ).toBeNull();
    expect(
      nextAdoptionTarget(
        { scale: { adoption: 0.3 }, exploit: { liveUseCases: 2 } },
        'scale',
      ),
    ).toEqual({ phase: 'exploit', adoption: 0.3 });
  });
});
