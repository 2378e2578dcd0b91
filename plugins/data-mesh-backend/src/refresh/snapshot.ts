import {
  BusinessUnitIndex,
  DomainSummary,
  ORGANIZATION_SCOPE,
  MetricsIndex,
  PhaseResponse,
  PortfolioFacts,
  adopterCategory,
  assessPhase,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshBackendOptions } from '../config';

/**
 * A phase assessment as stored: the response without request-time fields.
 */
export type StoredAssessment = Omit<PhaseResponse, 'computedAt' | 'stale'>;

/**
 * A domain as stored.
 */
export type StoredDomain = Omit<DomainSummary, 'computedAt' | 'stale'>;

/**
 * A business unit as stored: its assessment and its place in the group
 * tree.
 */
export interface StoredBusinessUnit extends StoredAssessment {
  /** The group's title. */
  title: string;
  /** True when it is directly below a root group (or a lone root). */
  topLevel: boolean;
  /** The domains owned within its subtree, sorted. */
  domains: string[];
  /** The groups below it that are business units themselves, sorted. */
  childUnits: string[];
}

/**
 * What the scheduled task stores: the facts read from the catalog and every
 * scope's assessment. Demand, needs, dangling references, the use-case
 * portfolio and the roadmap are derived from the facts by each replica
 * when it loads the snapshot (linear work), which keeps the stored row
 * small and every replica's answers identical. Complementary use cases are
 * searched for on their own schedule and stored apart
 * (`complementarySearch.ts`).
 */
export interface PortfolioSnapshot {
  /** When the snapshot was computed (ISO timestamp). */
  computedAt: string;
  /** The facts read from the catalog. */
  facts: PortfolioFacts;
  /** The organisation's assessment. */
  organization: StoredAssessment;
  /** Every domain's assessment and summary. */
  domains: StoredDomain[];
  /**
   * Every business unit's assessment, by ref; absent from snapshots stored
   * before business units were assessed.
   */
  businessUnits?: StoredBusinessUnit[];
}

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
