import { LEVELS, Level } from '../kinds/constants';
import type { CapabilityItem } from '../api/types';
import type { ApiSchema } from '../api/wire';
import type { UseCaseFacts } from '../portfolio/facts';
import type { DemandIndex } from '../portfolio/demand';
import { Steps, runSteps } from '../time/steps';
import { compareText } from '../text/compareText';

/*
 * The small, serialisable descriptions that every execution insight hands
 * out, and the orderings they share. Orderings compare code units, not
 * locale collation, so that the backend that pages a list and any client
 * that re-sorts it agree on the order whatever their locale.
 */

/**
 * A capability as the execution insights name it: the API's brief.
 *
 * @public
 */
export type CapabilityBrief = ApiSchema<'CapabilityBrief'>;

/**
 * A use case as the execution insights name it: the API's brief.
 *
 * @public
 */
export type UseCaseBrief = ApiSchema<'UseCaseBrief'>;

/**
 * The brief of a use case's facts.
 *
 * @public
 */
export function useCaseBrief(useCase: UseCaseFacts): UseCaseBrief {
  // Facts keep personas as written; a brief lists them in order.
  return { ...briefOfUseCase(useCase), personas: [...useCase.personas].sort() };
}

/**
 * Only the brief of something that carries a use case's brief among more
 * fields (a portfolio entry, say): the copy an answer or a notification
 * hands out.
 *
 * @public
 */
export function briefOfUseCase(useCase: UseCaseBrief): UseCaseBrief {
  return {
    ref: useCase.ref,
    title: useCase.title,
    status: useCase.status,
    value: useCase.value,
    complexity: useCase.complexity,
    domain: useCase.domain,
    personas: useCase.personas,
  };
}

/**
 * By title, then by ref: a stable order for anything named.
 *
 * @public
 */
export function byTitle(
  a: { title: string; ref: string },
  b: { title: string; ref: string },
): number {
  return compareText(a.title, b.title) || compareText(a.ref, b.ref);
}

/**
 * A level's rank: low 0, medium 1, high 2; no level -1.
 *
 * @internal
 */
export function levelRank(level: Level | null): number {
  return level === null ? -1 : LEVELS.indexOf(level);
}

/**
 * Highest value first, use cases without a value last, then by title.
 *
 * @internal
 */
export function byValueThenTitle(a: UseCaseBrief, b: UseCaseBrief): number {
  return levelRank(b.value) - levelRank(a.value) || byTitle(a, b);
}

/**
 * True when a capability with this status can be used as it is.
 *
 * @internal
 */
export function isAvailable(status: CapabilityItem['status']): boolean {
  return status === 'available';
}

/**
 * Every use case's needed capabilities, from the demand index (§5), so
 * that the insights and the demand view can never disagree about needs.
 *
 * @internal
 */
export function needsByUseCase(
  useCases: UseCaseFacts[],
  demand: DemandIndex,
): Map<string, CapabilityBrief[]> {
  return runSteps(needsByUseCaseSteps(useCases, demand));
}

/**
 * {@link needsByUseCase} as steps: pauses after each use case, since the
 * first ask for a use case's needs works them out (40,000 use cases at the
 * largest scale).
 *
 * @internal
 */
export function* needsByUseCaseSteps(
  useCases: UseCaseFacts[],
  demand: DemandIndex,
): Steps<Map<string, CapabilityBrief[]>> {
  const needs = new Map<string, CapabilityBrief[]>();
  for (const useCase of useCases) {
    needs.set(useCase.ref, demand.useCaseCapabilities(useCase.ref) ?? []);
    yield;
  }
  return needs;
}
