import {
  AdoptionForecast,
  DataMeshPhase,
  FORECAST_MIN_DAYS,
  ORGANIZATION_SCOPE,
  PhaseForecast,
  PhaseHistoryPoint,
  PhaseRules,
  addDays,
  forecastAdoption,
  isGroupScope,
  nextAdoptionTarget,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshBackendOptions } from '../config';

/*
 * The forecast in the `phase` answer: the common package's logistic fit
 * over the scope's stored daily history, to the adoption threshold of the
 * phase after the computed one, with a sentence saying why when there is
 * no date.
 */

/**
 * How far back the forecast looks: a year. "At this pace" means the
 * recent pace, and the answer stays as cheap as a page of history.
 */
export const FORECAST_WINDOW_DAYS = 365;

/** The first day the forecast reads, for a snapshot computed on `day`. */
export function forecastWindowStart(day: string): string {
  return addDays(day, -FORECAST_WINDOW_DAYS);
}

/** The rules a scope is assessed with. */
export function rulesFor(
  scope: string,
  options: Pick<
    DataMeshBackendOptions,
    'organizationRules' | 'domainRules' | 'businessUnitRules'
  >,
): PhaseRules {
  if (scope === ORGANIZATION_SCOPE) return options.organizationRules;
  return isGroupScope(scope) ? options.businessUnitRules : options.domainRules;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/** Why a forecast gives no date, in a sentence; null when it gives one. */
function reasonOf(
  forecast: AdoptionForecast,
  computedPhase: DataMeshPhase,
): string | null {
  const { target, basis } = forecast;
  switch (forecast.outcome) {
    case 'expected':
      return null;
    case 'no-target':
      return computedPhase === 'exploit'
        ? 'The scope is in exploit, the last phase: there is no next threshold to reach.'
        : 'The rules of the next phase set no adoption threshold: reaching it does not depend on adoption.';
    case 'already-reached':
      return `Adoption is already at or above the ${
        target!.phase
      } threshold of ${percent(target!.adoption)}: the other criteria of ${
        target!.phase
      } decide when it is reached.`;
    case 'not-enough-history':
      return `Not enough history: ${basis.points} day(s) stored, at least ${FORECAST_MIN_DAYS} are needed.`;
    case 'no-progress':
      return `No progress: adoption has not risen clearly over the ${basis.points} days from ${basis.from} to ${basis.to}.`;
    case 'beyond-horizon':
      return `At the current pace, adoption reaches ${percent(
        target!.adoption,
      )} more than ${Math.round(forecast.horizonDays / 365.25)} years after ${
        basis.to
      }.`;
    default:
      return null;
  }
}

/**
 * The forecast of a scope in `computedPhase` from its daily history (the
 * last {@link FORECAST_WINDOW_DAYS} days), saying how many of the days it
 * rests on are example data.
 */
export function phaseForecast(
  // Points not from the store (a test's, a day being measured) may not say.
  history: Array<
    Pick<PhaseHistoryPoint, 'date' | 'adoption'> & { example?: boolean }
  >,
  rules: PhaseRules,
  computedPhase: DataMeshPhase,
): PhaseForecast {
  const forecast = forecastAdoption(
    history,
    nextAdoptionTarget(rules, computedPhase),
  );
  const { from, to } = forecast.basis;
  const exampleDays =
    from === null || to === null
      ? 0
      : history.filter(p => p.example && p.date >= from && p.date <= to).length;
  return {
    ...forecast,
    reason: reasonOf(forecast, computedPhase),
    exampleDays,
  };
}
