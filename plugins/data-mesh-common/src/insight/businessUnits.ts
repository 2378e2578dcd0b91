import type {
  AdopterCategory,
  DeclaredPhase,
  PhaseMetrics,
} from '../api/types';
import type { PortfolioFacts } from '../portfolio/facts';
import { MetricsIndex } from '../portfolio/metrics';
import {
  PhaseAssessment,
  PhaseRules,
  adopterCategory,
  assessPhase,
} from '../portfolio/phase';
import { DomainOwners } from '../portfolio/scope';
import { Steps, runSteps } from '../time/steps';
import { compareText } from '../text/compareText';

/*
 * Business-unit scopes (the product spec, §7). The seed's S-curve repeats
 * whenever a new business unit comes on board, so each unit is assessed on
 * its own: a Group is a scope when domains are owned by it or by a group
 * below it (the childOf chain from either side), its domains are exactly
 * those, and its metrics and phase are worked out by the same functions as
 * the organisation's (its scope is `group:<namespace>/<name>`). Like a
 * domain, a unit's group may declare its phase with the phase annotations.
 */

/**
 * Default rules for a business unit. A unit is a smaller organisation: the
 * adoption thresholds stay those of the organisation, because the shares
 * of the S-curve do not depend on size, while the counts are scaled down
 * to what a unit of a few domains can show (the seed's bootstrap is "a
 * couple of domains, a handful of data products").
 *
 * @public
 */
export const DEFAULT_BUSINESS_UNIT_PHASE_RULES: PhaseRules = {
  scale: {
    adoption: 0.16,
    adoptingDomains: 2,
    activeDataProducts: 4,
    realUseCases: 2,
  },
  exploit: {
    adoption: 0.5,
    domainOwnership: 0.8,
    activeDataProducts: 10,
    liveUseCases: 5,
  },
};

/**
 * A Group that is a scope: domains are owned within its subtree.
 *
 * @public
 */
export interface BusinessUnit {
  /** The group's ref, which is also the scope's name. */
  ref: string;
  /** Its parent groups that are Group entities, sorted. */
  parents: string[];
  /** Its child groups that are business units themselves, sorted. */
  childUnits: string[];
  /** The domains owned by it or by a group below it, sorted. */
  domains: string[];
  /** True when it is one of {@link BusinessUnitIndex.topLevelUnits}. */
  topLevel: boolean;
}

/**
 * A business unit with its metrics and phase.
 *
 * @public
 */
export interface BusinessUnitAssessment extends BusinessUnit, PhaseAssessment {
  /** The evidence its phase was assessed from. */
  metrics: PhaseMetrics;
  /** Where it stands on its own S-curve. */
  adopterCategory: AdopterCategory;
}

/** What a {@link BusinessUnitIndex} holds besides its metrics. */
interface UnitParts {
  byRef: Map<string, BusinessUnit>;
  /** The phases groups declare, by ref; a unit's overrides its computed one. */
  declared: Map<string, DeclaredPhase>;
}

/**
 * The business units of `facts`, pausing after each group and domain
 * while the ownership is read, and after each group and each unit while
 * the units are found.
 */
function* unitParts(facts: PortfolioFacts): Steps<UnitParts> {
  const declared = new Map<string, DeclaredPhase>();
  for (const group of facts.groups) {
    if (group.declared) declared.set(group.ref, group.declared);
  }
  const owners = yield* DomainOwners.steps(facts);
  const tree = owners.groups;
  const entities = new Set(tree.groups);
  // A parent that no Group entity stands for cannot be a scope, so it
  // does not stop its children from being roots.
  const parentsOf = (ref: string) =>
    tree.parentsOf(ref).filter(p => entities.has(p));
  const domains = new Map<string, string[]>();
  for (const ref of tree.groups) {
    const owned = [...owners.domainsOwnedWithin(ref)].sort(compareText);
    if (owned.length > 0) domains.set(ref, owned);
    yield;
  }
  const isRoot = (ref: string) => parentsOf(ref).length === 0;
  const byRef = new Map<string, BusinessUnit>();
  for (const [ref, owned] of domains) {
    const parents = parentsOf(ref);
    const childUnits = tree.childrenOf(ref).filter(c => domains.has(c));
    byRef.set(ref, {
      ref,
      parents,
      childUnits,
      domains: owned,
      topLevel:
        parents.some(isRoot) || (isRoot(ref) && childUnits.length === 0),
    });
    yield;
  }
  return { byRef, declared };
}

/**
 * The business units of one organisation, worked out once.
 *
 * @public
 */
export class BusinessUnitIndex {
  /**
   * Parts {@link BusinessUnitIndex.steps} has worked out, for the
   * constructor to take instead of working them out again: a class has
   * one constructor, and this one's signature is kept for its callers.
   * Set and taken with no pause in between.
   */
  private static handedOver: UnitParts | undefined;
  private readonly byRef: Map<string, BusinessUnit>;
  private readonly metrics: MetricsIndex;
  private readonly declared: Map<string, DeclaredPhase>;

  /**
   * Works the units out in one go; {@link BusinessUnitIndex.steps} does
   * the same in steps. Pass the snapshot's {@link MetricsIndex} when there
   * is one, so that it is not worked out twice.
   */
  constructor(
    facts: PortfolioFacts,
    metrics: MetricsIndex = new MetricsIndex(facts),
  ) {
    const parts = BusinessUnitIndex.handedOver ?? runSteps(unitParts(facts));
    BusinessUnitIndex.handedOver = undefined;
    this.metrics = metrics;
    this.byRef = parts.byRef;
    this.declared = parts.declared;
  }

  /**
   * The business units of `facts` as a generator that pauses after each
   * group, domain and unit (and while it works out the metrics index
   * when none is given), so that a caller can spread the work over time.
   */
  static *steps(
    facts: PortfolioFacts,
    metrics?: MetricsIndex,
  ): Steps<BusinessUnitIndex> {
    // Not `??`: a compiler may turn its right side into a function, where
    // a generator cannot pause.
    const index = metrics ? metrics : yield* MetricsIndex.steps(facts);
    const parts = yield* unitParts(facts);
    BusinessUnitIndex.handedOver = parts;
    return new BusinessUnitIndex(facts, index);
  }

  /** Every business unit, by ref. */
  units(): BusinessUnit[] {
    return [...this.byRef.values()].sort((a, b) => compareText(a.ref, b.ref));
  }

  /**
   * The units an overview lists: those directly below a root group (a
   * group with no parent), such as the units below the organisation's own
   * group; and a root group that is a unit with no unit below it, such as
   * a team that stands alone. Domains owned by a root group itself belong
   * to no top-level unit. By ref.
   */
  topLevelUnits(): BusinessUnit[] {
    return this.units().filter(u => u.topLevel);
  }

  /** One unit, by group ref; undefined when the group is not a scope. */
  unit(ref: string): BusinessUnit | undefined {
    return this.byRef.get(ref);
  }

  /**
   * One unit's metrics and phase under the given rules (business-unit
   * defaults when none are given); undefined when the group is not a
   * scope.
   */
  assess(
    ref: string,
    rules: PhaseRules = DEFAULT_BUSINESS_UNIT_PHASE_RULES,
  ): BusinessUnitAssessment | undefined {
    return runSteps(this.assessSteps(ref, rules));
  }

  /**
   * {@link BusinessUnitIndex.assess} as a generator that pauses after
   * each domain of the unit, so that a unit at the root of a large
   * organisation is assessed in small pieces.
   */
  *assessSteps(
    ref: string,
    rules: PhaseRules = DEFAULT_BUSINESS_UNIT_PHASE_RULES,
  ): Steps<BusinessUnitAssessment | undefined> {
    const unit = this.byRef.get(ref);
    if (!unit) return undefined;
    const metrics = yield* this.metrics.metricsForSteps(ref);
    return {
      ...unit,
      ...assessPhase(metrics, rules, this.declared.get(ref) ?? null),
      metrics,
      adopterCategory: adopterCategory(metrics.adoption),
    };
  }
}

/**
 * Every business unit with its metrics and phase, by ref.
 *
 * @public
 */
export function assessBusinessUnits(
  facts: PortfolioFacts,
  rules: PhaseRules = DEFAULT_BUSINESS_UNIT_PHASE_RULES,
): BusinessUnitAssessment[] {
  const index = new BusinessUnitIndex(facts);
  return index.units().map(u => index.assess(u.ref, rules)!);
}
