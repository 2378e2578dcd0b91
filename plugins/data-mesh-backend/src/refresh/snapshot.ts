import {
  BusinessUnitIndex,
  ORGANIZATION_SCOPE,
  MetricsIndex,
  PortfolioFacts,
  Steps,
  adopterCategory,
  assessPhase,
  runSteps,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshBackendOptions } from '../config';
import type {
  PortfolioSnapshot,
  StoredAssessment,
  StoredBusinessUnit,
  StoredDomain,
} from '../store/PortfolioSnapshot';

type Rules = Pick<
  DataMeshBackendOptions,
  | 'organizationRules'
  | 'domainRules'
  | 'businessUnitRules'
  | 'organizationDeclaredPhase'
>;

/** How many items have each key, pausing after each item. */
function* countBy<T>(
  items: T[],
  key: (item: T) => string | null,
): Steps<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
    yield;
  }
  return counts;
}

/** Every business unit assessed, pausing after each. */
function* assessBusinessUnits(
  facts: PortfolioFacts,
  metrics: MetricsIndex,
  rules: Rules['businessUnitRules'],
): Steps<StoredBusinessUnit[]> {
  const index = yield* BusinessUnitIndex.steps(facts, metrics);
  const titles = new Map(facts.groups.map(g => [g.ref, g.title]));
  const units: StoredBusinessUnit[] = [];
  for (const unit of index.units()) {
    const a = (yield* index.assessSteps(unit.ref, rules))!;
    units.push({
      scope: unit.ref,
      phase: a.phase,
      computedPhase: a.computedPhase,
      declared: a.declared,
      metrics: a.metrics,
      next: a.next,
      adopterCategory: a.adopterCategory,
      title: titles.get(unit.ref) ?? unit.ref,
      topLevel: unit.topLevel,
      domains: unit.domains,
      childUnits: unit.childUnits,
    });
    yield;
  }
  return units;
}

/**
 * Assesses the organisation, every domain and every business unit. Pure:
 * no I/O.
 */
export function buildSnapshot(
  facts: PortfolioFacts,
  options: Rules,
  now: Date,
): PortfolioSnapshot {
  return runSteps(buildSnapshotSteps(facts, options, now));
}

/**
 * {@link buildSnapshot} as a generator that pauses while it indexes the
 * facts (after each group, domain, data product and use case), while it
 * measures the organisation (after each data product and use case), and
 * after each domain and each business unit assessed (and after each
 * domain of a unit), so that the backend can build it in slices of its
 * event loop.
 */
export function* buildSnapshotSteps(
  facts: PortfolioFacts,
  options: Rules,
  now: Date,
): Steps<PortfolioSnapshot> {
  const metrics = yield* MetricsIndex.steps(facts);
  const orgMetrics = yield* metrics.metricsForSteps(ORGANIZATION_SCOPE);
  const organization: StoredAssessment = {
    scope: ORGANIZATION_SCOPE,
    ...assessPhase(
      orgMetrics,
      options.organizationRules,
      options.organizationDeclaredPhase,
    ),
    metrics: orgMetrics,
    adopterCategory: adopterCategory(orgMetrics.adoption),
  };
  yield;

  const productsByDomain = yield* countBy(facts.dataProducts, p => p.domain);
  const useCasesByDomain = yield* countBy(facts.useCases, u => u.domain);
  const domains: StoredDomain[] = [];
  for (const domain of facts.domains) {
    const domainMetrics = yield* metrics.metricsForSteps(domain.ref);
    domains.push({
      scope: domain.ref,
      ...assessPhase(domainMetrics, options.domainRules, domain.declared),
      metrics: domainMetrics,
      adopterCategory: adopterCategory(domainMetrics.adoption),
      title: domain.title,
      archetype: domain.archetype,
      subdomainOf: domain.subdomainOf,
      dataProducts: productsByDomain.get(domain.ref) ?? 0,
      useCases: useCasesByDomain.get(domain.ref) ?? 0,
    });
    yield;
  }

  const businessUnits = yield* assessBusinessUnits(
    facts,
    metrics,
    options.businessUnitRules,
  );
  return {
    computedAt: now.toISOString(),
    facts,
    organization,
    domains,
    businessUnits,
  };
}
