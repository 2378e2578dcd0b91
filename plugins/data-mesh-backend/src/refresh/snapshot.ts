import {
  BusinessUnitIndex,
  ORGANIZATION_SCOPE,
  MetricsIndex,
  PortfolioFacts,
  adopterCategory,
  assessPhase,
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

function countBy<T>(items: T[], key: (item: T) => string | null) {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function assessBusinessUnits(
  facts: PortfolioFacts,
  metrics: MetricsIndex,
  rules: Rules['businessUnitRules'],
): StoredBusinessUnit[] {
  const index = new BusinessUnitIndex(facts, metrics);
  const titles = new Map(facts.groups.map(g => [g.ref, g.title]));
  return index.units().map(unit => {
    const a = index.assess(unit.ref, rules)!;
    return {
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
    };
  });
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
  const metrics = new MetricsIndex(facts);
  const orgMetrics = metrics.metricsFor(ORGANIZATION_SCOPE);
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

  const productsByDomain = countBy(facts.dataProducts, p => p.domain);
  const useCasesByDomain = countBy(facts.useCases, u => u.domain);
  const domains = facts.domains.map((domain): StoredDomain => {
    const domainMetrics = metrics.metricsFor(domain.ref);
    return {
      scope: domain.ref,
      ...assessPhase(domainMetrics, options.domainRules, domain.declared),
      metrics: domainMetrics,
      adopterCategory: adopterCategory(domainMetrics.adoption),
      title: domain.title,
      archetype: domain.archetype,
      subdomainOf: domain.subdomainOf,
      dataProducts: productsByDomain.get(domain.ref) ?? 0,
      useCases: useCasesByDomain.get(domain.ref) ?? 0,
    };
  });

  return {
    computedAt: now.toISOString(),
    facts,
    organization,
    domains,
    businessUnits: assessBusinessUnits(
      facts,
      metrics,
      options.businessUnitRules,
    ),
  };
}
