import {
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
 *
 * @public
 */
export type StoredAssessment = Omit<PhaseResponse, 'computedAt' | 'stale'>;

/**
 * A domain as stored.
 *
 * @public
 */
export type StoredDomain = Omit<DomainSummary, 'computedAt' | 'stale'>;

/**
 * What the scheduled task stores: the facts read from the catalog and every
 * scope's assessment. Demand, needs and dangling references are derived
 * from the facts by each replica when it loads the snapshot (linear work),
 * which keeps the stored row small and every replica's answers identical.
 *
 * @public
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
}

type Rules = Pick<
  DataMeshBackendOptions,
  'organizationRules' | 'domainRules' | 'organizationDeclaredPhase'
>;

function countBy<T>(items: T[], key: (item: T) => string | null) {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Assesses the organisation and every domain. Pure: no I/O. */
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
  };
}
