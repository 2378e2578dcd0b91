import { DATA_MESH_PHASES, DataMeshPhase } from '../kinds/constants';
import type {
  AdopterCategory,
  DeclaredPhase,
  PhaseCriterionResult,
  PhaseMetric,
  PhaseMetrics,
} from '../api/types';

/**
 * The thresholds a scope must reach to be in a phase: metric → minimum.
 * Phases are cumulative: a scope is in `exploit` only when it also meets
 * every `scale` criterion.
 *
 * @public
 */
export type PhaseCriteria = Partial<Record<PhaseMetric, number>>;

/**
 * Criteria for the phases above bootstrap.
 *
 * @public
 */
export interface PhaseRules {
  /** What a scope must reach to be in `scale`. */
  scale: PhaseCriteria;
  /** What a scope must also reach to be in `exploit`. */
  exploit: PhaseCriteria;
}

/**
 * Default rules for the organisation, from the product specification.
 *
 * @public
 */
export const DEFAULT_ORGANIZATION_PHASE_RULES: PhaseRules = {
  scale: {
    adoption: 0.16,
    adoptingDomains: 3,
    activeDataProducts: 6,
    realUseCases: 3,
  },
  exploit: {
    adoption: 0.5,
    domainOwnership: 0.8,
    activeDataProducts: 20,
    liveUseCases: 10,
  },
};

/**
 * Default rules for one domain (with its subdomains). A domain is small, so
 * the bar is a handful of active products serving real use cases, owned by
 * the domain's own teams; exploit asks for sustained, mostly decentralised
 * delivery with live use cases.
 *
 * @public
 */
export const DEFAULT_DOMAIN_PHASE_RULES: PhaseRules = {
  scale: {
    activeDataProducts: 2,
    realUseCases: 1,
    domainOwnership: 0.5,
  },
  exploit: {
    adoption: 0.5,
    activeDataProducts: 5,
    liveUseCases: 3,
    domainOwnership: 0.8,
  },
};

/** What each phase optimises for, from the execution model. */
export const PHASE_OPTIMIZES_FOR: Record<DataMeshPhase, string> = {
  bootstrap: 'Exploration: a few high-value, low-complexity use cases',
  scale: 'Expanding adoption to many domains and teams',
  exploit: 'Consistency and value without disruption, serving the laggards',
};

/**
 * The outcome of {@link assessPhase}.
 *
 * @public
 */
export interface PhaseAssessment {
  /** The phase in force: the declared one when set, else the computed one. */
  phase: DataMeshPhase;
  /** The phase the metrics reach. */
  computedPhase: DataMeshPhase;
  /** The declared phase, when there is one. */
  declared: DeclaredPhase | null;
  /**
   * The next phase after the computed one and its criteria; null in exploit.
   */
  next: { phase: DataMeshPhase; criteria: PhaseCriterionResult[] } | null;
}

/** Each criterion of a phase, met or not, with the current value. */
export function evaluateCriteria(
  metrics: PhaseMetrics,
  criteria: PhaseCriteria,
): PhaseCriterionResult[] {
  return (Object.entries(criteria) as Array<[PhaseMetric, number]>).map(
    ([metric, threshold]) => ({
      metric,
      threshold,
      value: metrics[metric],
      met: metrics[metric] >= threshold,
    }),
  );
}

/**
 * The highest phase whose criteria (and every lower phase's) all hold, else
 * bootstrap; the next phase's criteria; and a declared phase, which
 * overrides the computed one while both stay visible.
 *
 * @public
 */
export function assessPhase(
  metrics: PhaseMetrics,
  rules: PhaseRules,
  declared: DeclaredPhase | null = null,
): PhaseAssessment {
  let computedPhase: DataMeshPhase = 'bootstrap';
  for (const phase of ['scale', 'exploit'] as const) {
    if (!evaluateCriteria(metrics, rules[phase]).every(c => c.met)) break;
    computedPhase = phase;
  }
  const nextPhase =
    DATA_MESH_PHASES[DATA_MESH_PHASES.indexOf(computedPhase) + 1];
  return {
    phase: declared?.phase ?? computedPhase,
    computedPhase,
    declared,
    next: nextPhase
      ? {
          phase: nextPhase,
          criteria: evaluateCriteria(
            metrics,
            rules[nextPhase as 'scale' | 'exploit'],
          ),
        }
      : null,
  };
}

/**
 * Rogers' adopter categories by cumulative share: innovators 2.5 %, early
 * adopters 13.5 %, early majority 34 %, late majority 34 %, laggards 16 %.
 * Each entry is the upper bound (exclusive) of its category.
 */
export const ADOPTER_CATEGORY_BOUNDS: ReadonlyArray<[AdopterCategory, number]> =
  [
    ['innovators', 0.025],
    ['early-adopters', 0.16],
    ['early-majority', 0.5],
    ['late-majority', 0.84],
    ['laggards', Infinity],
  ];

/**
 * Where a scope with this adoption stands on the S-curve.
 *
 * @public
 */
export function adopterCategory(adoption: number): AdopterCategory {
  return ADOPTER_CATEGORY_BOUNDS.find(([, bound]) => adoption < bound)![0];
}
