import {
  CapabilityItem,
  CapabilityNeed,
  DanglingReference,
  DomainSummary,
  ORGANIZATION_SCOPE,
  PhaseResponse,
  PortfolioFacts,
  adopterCategory,
  assessPhase,
  computeCapabilityDemand,
  computeEntityNeedsIndex,
  computeMetrics,
  findDanglingReferences,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshBackendOptions } from '../config';

/** A phase assessment as stored: the response without request-time fields. */
export type StoredAssessment = Omit<PhaseResponse, 'computedAt' | 'stale'>;

/** A domain as stored. */
export type StoredDomain = Omit<DomainSummary, 'computedAt' | 'stale'>;

/**
 * Everything the API serves, computed at once on the scheduler and stored,
 * so that no request ever reads the whole catalog.
 */
export interface PortfolioSnapshot {
  computedAt: string;
  organization: StoredAssessment;
  domains: StoredDomain[];
  capabilities: CapabilityItem[];
  /** DataProduct and UseCase ref → the capabilities it needs. */
  entityNeeds: Record<string, CapabilityNeed[]>;
  danglingReferences: DanglingReference[];
}

type Rules = Pick<
  DataMeshBackendOptions,
  'organizationRules' | 'domainRules' | 'organizationDeclaredPhase'
>;

/** Computes a snapshot from catalog facts. Pure: no I/O. */
export function buildSnapshot(
  facts: PortfolioFacts,
  options: Rules,
  now: Date,
): PortfolioSnapshot {
  const orgMetrics = computeMetrics(facts, ORGANIZATION_SCOPE);
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

  const domains = facts.domains.map((domain): StoredDomain => {
    const metrics = computeMetrics(facts, domain.ref);
    return {
      scope: domain.ref,
      ...assessPhase(metrics, options.domainRules, domain.declared),
      metrics,
      adopterCategory: adopterCategory(metrics.adoption),
      title: domain.title,
      archetype: domain.archetype,
      subdomainOf: domain.subdomainOf,
      dataProducts: facts.dataProducts.filter(p => p.domain === domain.ref)
        .length,
      useCases: facts.useCases.filter(u => u.domain === domain.ref).length,
    };
  });

  const entityNeeds: Record<string, CapabilityNeed[]> = Object.fromEntries(
    computeEntityNeedsIndex(facts),
  );

  return {
    computedAt: now.toISOString(),
    organization,
    domains,
    capabilities: computeCapabilityDemand(facts),
    entityNeeds,
    danglingReferences: findDanglingReferences(facts),
  };
}
