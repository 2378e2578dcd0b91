import {
  PhaseMetrics,
  PhaseRules,
  Steps,
  addDays,
  assessPhase,
  dayOf,
  runSteps,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshBackendOptions } from '../config';
import type { ScopeHistoryPoint } from '../store/SnapshotStore';
import type {
  PortfolioSnapshot,
  StoredAssessment,
} from '../store/PortfolioSnapshot';

/*
 * Example history (`dataMesh.exampleHistory`): a portal that has just been
 * set up has one point per scope, so its S-curve shows a dot and its
 * forecast says there is not enough history. For demonstrations, a scope
 * without measurements before today gets a year of synthetic daily points
 * that lead up to today's real point. While that first day lasts, each
 * recompute writes them afresh, since the catalog may still be ingesting
 * when the first one runs; from the next day on they stay as they are.
 * Every example point is flagged, in the store and in every answer that
 * shows it.
 *
 * The synthetic path is the S-curve the forecast looks for: a scope's
 * adopting domains follow a logistic curve, from a quarter of a domain a
 * year ago (none, rounded) to today's count, rounded to whole domains; the
 * other counts grow in proportion, and each day's phase is assessed from
 * them with the scope's rules. A scope with no adopting domain today stays
 * flat, which its forecast rightly calls no progress.
 */

/** How many days before the first real point are seeded. */
export const EXAMPLE_HISTORY_DAYS = 365;

type Rules = Pick<
  DataMeshBackendOptions,
  'organizationRules' | 'domainRules' | 'businessUnitRules'
>;

const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** The metrics of a scope on a day when `adopting` of its domains adopted. */
function metricsWith(today: PhaseMetrics, adopting: number): PhaseMetrics {
  const share =
    today.adoptingDomains === 0 ? 1 : adopting / today.adoptingDomains;
  return {
    ...today,
    adoptingDomains: adopting,
    adoption: today.domains === 0 ? 0 : adopting / today.domains,
    activeDataProducts: Math.round(today.activeDataProducts * share),
    realUseCases: Math.round(today.realUseCases * share),
    liveUseCases: Math.round(today.liveUseCases * share),
  };
}

/** How many domains had adopted `daysBefore` days before today. */
function adoptingOn(today: PhaseMetrics, daysBefore: number, days: number) {
  const n = today.domains;
  const k = today.adoptingDomains;
  if (n === 0 || k === 0) return k;
  // A quarter of a domain rounds to none a year ago; today's share is kept
  // a quarter of a domain below 1, whose logit is infinite.
  const start = logit(0.25 / n);
  const end = logit(Math.min(k, n - 0.25) / n);
  const x = (days - daysBefore) / days;
  return Math.min(k, Math.round(logistic(start + x * (end - start)) * n));
}

function pointsOf(
  assessment: StoredAssessment,
  rules: PhaseRules,
  today: string,
  days: number,
): ScopeHistoryPoint[] {
  const points: ScopeHistoryPoint[] = [];
  for (let daysBefore = days; daysBefore >= 1; daysBefore--) {
    const metrics = metricsWith(
      assessment.metrics,
      adoptingOn(assessment.metrics, daysBefore, days),
    );
    points.push({
      scope: assessment.scope,
      date: addDays(today, -daysBefore),
      phase: assessPhase(metrics, rules, assessment.declared).phase,
      adoption: metrics.adoption,
      adoptingDomains: metrics.adoptingDomains,
      activeDataProducts: metrics.activeDataProducts,
      example: true,
    });
  }
  return points;
}

/**
 * A year of synthetic daily points for the scopes of the snapshot (the
 * organisation, every domain, every business unit) that `include` accepts,
 * ending the day before the snapshot's own day, each flagged `example`.
 * Pure: no I/O.
 */
export function buildExampleHistory(
  snapshot: PortfolioSnapshot,
  rules: Rules,
  include: (scope: string) => boolean = () => true,
  days: number = EXAMPLE_HISTORY_DAYS,
): ScopeHistoryPoint[] {
  return runSteps(buildExampleHistorySteps(snapshot, rules, include, days));
}

/**
 * {@link buildExampleHistory} in steps, pausing after each scope's year,
 * for the recompute to run in slices: with 2,000 domains it takes seconds
 * (7 s at 100,000 data products, in process).
 */
export function* buildExampleHistorySteps(
  snapshot: PortfolioSnapshot,
  rules: Rules,
  include: (scope: string) => boolean = () => true,
  days: number = EXAMPLE_HISTORY_DAYS,
): Steps<ScopeHistoryPoint[]> {
  const today = dayOf(snapshot.computedAt);
  const scopes: Array<[StoredAssessment, PhaseRules]> = [
    [snapshot.organization, rules.organizationRules],
    ...snapshot.domains.map((d): [StoredAssessment, PhaseRules] => [
      d,
      rules.domainRules,
    ]),
    ...(snapshot.businessUnits ?? []).map(
      (u): [StoredAssessment, PhaseRules] => [u, rules.businessUnitRules],
    ),
  ];
  const points: ScopeHistoryPoint[] = [];
  for (const [assessment, scopeRules] of scopes) {
    if (!include(assessment.scope)) continue;
    points.push(...pointsOf(assessment, scopeRules, today, days));
    yield;
  }
  return points;
}
