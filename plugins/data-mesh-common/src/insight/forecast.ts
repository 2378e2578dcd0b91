import { DATA_MESH_PHASES, DataMeshPhase } from '../kinds/constants';
import type { PhaseForecast } from '../api/insightTypes';
import type { PhaseRules } from '../portfolio/phase';
import { DAY_MS, dayOf } from '../time/days';

/*
 * When will a scope reach the next phase's adoption threshold at its
 * current pace? Adoption follows an S-curve (the seed's diffusion of
 * innovation), and the logistic curve a(t) = 1 / (1 + e^-(α + βt)) is the
 * S-curve whose log-odds, logit(a) = ln(a / (1 - a)), are linear in time:
 * a straight line fitted to logit(adoption) by least squares gives α and
 * β, and the date the line reaches logit(threshold) is the forecast.
 */

/**
 * One observation of a scope's adoption.
 *
 * @public
 */
export interface AdoptionPoint {
  /** The day (`YYYY-MM-DD`) or the moment (an ISO timestamp), in UTC. */
  date: string;
  /** Adoption that day, from 0 to 1. */
  adoption: number;
}

/**
 * The adoption a scope must reach to enter a phase.
 *
 * @public
 */
export interface AdoptionTarget {
  /** The phase. */
  phase: DataMeshPhase;
  /** Its adoption threshold. */
  adoption: number;
}

/**
 * What a forecast could say: `expected` gives a date; the others say why
 * there is none.
 *
 * @public
 */
export type ForecastOutcome = AdoptionForecast['outcome'];

/**
 * An adoption forecast and what it rests on: the API's forecast without
 * what only the answer adds (why there is no date, how many days are
 * example data), so the engine's result is the wire's shape.
 *
 * @public
 */
export type AdoptionForecast = Omit<PhaseForecast, 'reason' | 'exampleDays'>;

/**
 * Options of {@link forecastAdoption}.
 *
 * @public
 */
export interface ForecastOptions {
  /**
   * Observed adoption is clamped to [epsilon, 1 - epsilon] before taking
   * its logit (the target is not);
   * {@link DEFAULT_FORECAST_EPSILON} by default.
   */
  epsilon?: number;
  /** {@link DEFAULT_FORECAST_HORIZON_DAYS} by default. */
  horizonDays?: number;
}

/**
 * The fewest distinct days a forecast is fitted from: two points always
 * lie on a line, so they say nothing about whether the pace holds.
 *
 * @public
 */
export const FORECAST_MIN_DAYS = 3;

/**
 * How far adoption is kept from 0 and 1, whose logits are infinite. One
 * per cent is below the first step of the S-curve (innovators end at
 * 2.5 %) and about what one domain of a hundred adds, so a scope with no
 * adoption yet sits just under its first adopting domain. A much smaller
 * value would give days without adoption logits so far down (-13.8 for
 * one in a million) that they, not the observed growth, would set the
 * slope.
 *
 * @public
 */
export const DEFAULT_FORECAST_EPSILON = 0.01;

/**
 * Ten years: a later date would be read as a promise, whereas at that
 * pace the honest answer is "not in the foreseeable future".
 *
 * @public
 */
export const DEFAULT_FORECAST_HORIZON_DAYS = 3653;

/**
 * Student's t at the one-sided 5 % level for 1 to 30 degrees of freedom;
 * beyond 30 the value for 30, which is slightly stricter than the true one.
 */
const T_CRITICAL = [
  6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796,
  1.782, 1.771, 1.761, 1.753, 1.746, 1.74, 1.734, 1.729, 1.725, 1.721, 1.717,
  1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697,
];

function dayString(day: number): string {
  return dayOf(new Date(day * DAY_MS));
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * The adoption threshold of the phase after `computedPhase`. Phases are
 * cumulative, so a phase's threshold is the highest adoption criterion of
 * it and of the phases below it. Null in the last phase, and when no
 * phase up to the next sets an adoption criterion (the default domain
 * rules' scale, for one): then reaching the next phase does not depend on
 * adoption, and no date is guessed.
 *
 * @public
 */
export function nextAdoptionTarget(
  rules: PhaseRules,
  computedPhase: DataMeshPhase,
): AdoptionTarget | null {
  const next = DATA_MESH_PHASES[DATA_MESH_PHASES.indexOf(computedPhase) + 1];
  if (!next) return null;
  const thresholds = (['scale', 'exploit'] as const)
    .slice(0, DATA_MESH_PHASES.indexOf(next))
    .map(phase => rules[phase].adoption)
    .filter((a): a is number => a !== undefined);
  return thresholds.length
    ? { phase: next, adoption: Math.max(...thresholds) }
    : null;
}

/** One point per UTC day, the last of each day, oldest first. */
function dailyPoints(history: AdoptionPoint[]): Array<[number, number]> {
  const readable = history
    .map((p, index) => ({
      ms: Date.parse(p.date),
      index,
      adoption: p.adoption,
    }))
    .filter(p => Number.isFinite(p.ms) && Number.isFinite(p.adoption))
    .sort((a, b) => a.ms - b.ms || a.index - b.index);
  const byDay = new Map<number, number>();
  for (const p of readable) byDay.set(Math.floor(p.ms / DAY_MS), p.adoption);
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]);
}

/**
 * The day a scope's adoption is expected to reach `target`, by fitting
 * the logistic curve to its history (logit of adoption linear in time,
 * least squares, observed adoption clamped to [epsilon, 1 - epsilon]; the
 * target is never clamped), or a plain
 * answer instead of a guess:
 *
 * - `no-target`: there is no target (the last phase, or rules without an
 *   adoption criterion);
 * - `already-reached`: the latest adoption is at or above the target;
 * - `not-enough-history`: fewer than {@link FORECAST_MIN_DAYS} distinct
 *   days (several points on one day count once: the last one);
 * - `no-progress`: the fitted slope is not positive at the one-sided 5 %
 *   level (its t statistic, slope / standard error, is below Student's t
 *   for n - 2 degrees of freedom), flat and declining histories included;
 * - `beyond-horizon`: the date is more than `horizonDays` after the last
 *   point, or there is none because the target is 1 or more, which the
 *   curve approaches but never reaches;
 * - `expected`: the first day on which the fitted curve reaches the
 *   target. When the curve says that day has passed while the latest
 *   point is still below, the scope is behind its own trend and the day
 *   after the last point is given rather than a date in the past.
 *
 * Points whose date or adoption cannot be read are left out.
 *
 * @public
 */
export function forecastAdoption(
  history: AdoptionPoint[],
  target: AdoptionTarget | null,
  options: ForecastOptions = {},
): AdoptionForecast {
  const epsilon = options.epsilon ?? DEFAULT_FORECAST_EPSILON;
  const horizonDays = options.horizonDays ?? DEFAULT_FORECAST_HORIZON_DAYS;
  const points = dailyPoints(history);
  const first = points[0]?.[0];
  const last = points[points.length - 1]?.[0];
  const answer = (
    outcome: ForecastOutcome,
    rest: Partial<Pick<AdoptionForecast, 'expectedDate' | 'fit'>> = {},
  ): AdoptionForecast => ({
    outcome,
    target,
    expectedDate: rest.expectedDate ?? null,
    horizonDays,
    basis: {
      points: points.length,
      from: first === undefined ? null : dayString(first),
      to: last === undefined ? null : dayString(last),
    },
    fit: rest.fit ?? null,
  });

  if (!target) return answer('no-target');
  if (points.length > 0 && points[points.length - 1][1] >= target.adoption) {
    return answer('already-reached');
  }
  if (points.length < FORECAST_MIN_DAYS) return answer('not-enough-history');

  const clamp = (a: number) => Math.min(1 - epsilon, Math.max(epsilon, a));
  const xs = points.map(([day]) => day - first);
  const ys = points.map(([, adoption]) => logit(clamp(adoption)));
  const n = points.length;
  const xMean = xs.reduce((s, x) => s + x, 0) / n;
  const yMean = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - xMean) ** 2;
    sxy += (x - xMean) * (ys[i] - yMean);
  });
  const slopePerDay = sxy / sxx;
  const intercept = yMean - slopePerDay * xMean;
  const fit = { intercept, slopePerDay };
  const residuals = xs.reduce(
    (s, x, i) => s + (ys[i] - intercept - slopePerDay * x) ** 2,
    0,
  );
  const standardError = Math.sqrt(residuals / (n - 2) / sxx);
  const critical = T_CRITICAL[Math.min(n - 2, T_CRITICAL.length) - 1];
  // A perfect fit has no error: any positive slope is then progress.
  const significant =
    slopePerDay > 0 &&
    (standardError === 0 || slopePerDay / standardError >= critical);
  if (!significant) return answer('no-progress', { fit });

  // Only the observations are clamped: a target moved to 1 - epsilon
  // would be crossed days early, and a logistic curve never reaches 1 at
  // all (nor falls to 0, so a target at or below 0 is crossed at once).
  if (target.adoption >= 1) return answer('beyond-horizon', { fit });
  const crossing =
    target.adoption <= 0
      ? -Infinity
      : (logit(target.adoption) - intercept) / slopePerDay;
  // Rounding noise must not push an exact day to the next one.
  const day = Math.max(first + Math.ceil(crossing - 1e-9), last + 1);
  if (day - last > horizonDays) return answer('beyond-horizon', { fit });
  return answer('expected', { expectedDate: dayString(day), fit });
}
