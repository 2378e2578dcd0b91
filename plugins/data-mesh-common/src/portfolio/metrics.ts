import type { PhaseMetrics } from '../api/types';
import type { DataProductFacts, PortfolioFacts } from './facts';
import { PortfolioScope, ScopeIndex, isRealUseCase } from './scope';

/**
 * The phase evidence of every scope of one organisation. What does not
 * depend on the scope (whether a product is owned within its domain's
 * owner group, the available capabilities) is worked out once.
 *
 * @public
 */
export class MetricsIndex {
  private readonly scopes: ScopeIndex;
  private readonly ownedByDomain = new Set<DataProductFacts>();
  private readonly availableCapabilities: number;

  constructor(facts: PortfolioFacts) {
    this.scopes = new ScopeIndex(facts);
    const domainOwners = new Map(facts.domains.map(d => [d.ref, d.owner]));
    // The childOf chain from either side (spec.parent or spec.children).
    const groups = this.scopes.groups;
    for (const product of facts.dataProducts) {
      const domainOwner = domainOwners.get(product.domain);
      if (domainOwner && groups.isWithin(product.owner, domainOwner)) {
        this.ownedByDomain.add(product);
      }
    }
    this.availableCapabilities = facts.capabilities.filter(
      c => c.status === 'available',
    ).length;
  }

  /** The phase evidence for one scope, as defined in the product spec. */
  metricsFor(scope: PortfolioScope): PhaseMetrics {
    const scoped = this.scopes.select(scope);
    const active = scoped.dataProducts.filter(p => p.lifecycle === 'active');
    const adoptingDomains = new Set(
      active.map(p => p.domain).filter(ref => scoped.domainRefs.has(ref)),
    ).size;
    const domains = scoped.domainRefs.size;
    const owned = active.filter(p => this.ownedByDomain.has(p)).length;
    return {
      domains,
      adoptingDomains,
      adoption: domains === 0 ? 0 : adoptingDomains / domains,
      activeDataProducts: active.length,
      realUseCases: scoped.useCases.filter(isRealUseCase).length,
      liveUseCases: scoped.useCases.filter(u => u.status === 'live').length,
      domainOwnership: active.length === 0 ? 0 : owned / active.length,
      availableCapabilities: this.availableCapabilities,
    };
  }
}

/** The phase evidence for one scope; {@link MetricsIndex} for many. */
export function computeMetrics(
  facts: PortfolioFacts,
  scope: PortfolioScope,
): PhaseMetrics {
  return new MetricsIndex(facts).metricsFor(scope);
}
