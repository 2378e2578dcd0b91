/*
 * The adoption forecast in words. Every outcome reads as a plain sentence:
 * a date when there is one, and otherwise the reason there is none, so
 * that nobody reads a guess into a missing date.
 */
import {
  AdoptionForecast,
  DataMeshPhase,
  FORECAST_MIN_DAYS,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { PHASE_LABELS, formatPercent } from '../shared/presentation';

const DAYS_PER_YEAR = 365.25;

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** "50%, the adoption threshold of Exploit". */
function targetText(target: NonNullable<AdoptionForecast['target']>): string {
  return `${formatPercent(target.adoption)}, the adoption threshold of ${
    PHASE_LABELS[target.phase]
  }`;
}

/**
 * What the forecast says, as one sentence. `computedPhase` is the scope's
 * computed phase, which says why there is no target when there is none.
 */
export function forecastSentence(
  forecast: AdoptionForecast,
  computedPhase: DataMeshPhase,
): string {
  const { target } = forecast;
  if (!target || forecast.outcome === 'no-target') {
    return computedPhase === 'exploit'
      ? 'No forecast: Exploit is the last phase, so there is no adoption threshold left to reach.'
      : 'No forecast: the next phase sets no adoption threshold, so reaching it does not depend on adoption.';
  }
  switch (forecast.outcome) {
    case 'expected':
      return `At the current pace, adoption is expected to reach ${targetText(
        target,
      )}, on ${forecast.expectedDate}.`;
    case 'already-reached':
      return `Adoption has already reached ${targetText(
        target,
      )}; the other criteria of that phase are what remains.`;
    case 'not-enough-history':
      return `No forecast yet: it takes adoption on at least ${days(
        FORECAST_MIN_DAYS,
      )}, and the history holds ${days(forecast.basis.points)}.`;
    case 'no-progress':
      return `No forecast: adoption shows no progress towards ${targetText(
        target,
      )}, so no date can be given at this pace.`;
    case 'beyond-horizon':
      return `No forecast within ${Math.round(
        forecast.horizonDays / DAYS_PER_YEAR,
      )} years: at the current pace, adoption would reach ${targetText(
        target,
      )}, later than that.`;
    default:
      return 'No forecast.';
  }
}

/** What the forecast rests on: how many days of history, from when to when. */
export function forecastBasisText(forecast: AdoptionForecast): string {
  const { points, from, to } = forecast.basis;
  if (points === 0 || !from || !to) {
    return 'Basis: no history yet.';
  }
  return points === 1
    ? `Basis: 1 day of history, ${from}.`
    : `Basis: ${days(points)} of history, from ${from} to ${to}.`;
}

/**
 * How much of what the forecast rests on is example data rather than
 * measurements; empty when none is.
 */
export function forecastExampleText(
  forecast: Pick<AdoptionForecast, 'basis'> & { exampleDays: number },
): string {
  const { exampleDays, basis } = forecast;
  if (exampleDays === 0) return '';
  return exampleDays === basis.points
    ? 'All of it is example data, not measurements.'
    : `${exampleDays} of those days are example data, not measurements.`;
}
