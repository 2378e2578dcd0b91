import type { PhaseMetrics } from '../api/types';
import type { DataProductFacts, PortfolioFacts } from './facts';
import { PortfolioScope, ScopeIndex, isRealUseCase } from './scope';

/**
 * True when `owner` is `domainOwner` or a group below it (following each
 * group's `spec.parent`). Cycles in the group tree end the walk.
 */
export function isOwnedWithin(
  owner: string,
  domainOwner: string,
  parents: Map<string, string | null>,
): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = owner;
  while (current && !seen.has(current)) {
    if (current === domainOwner) return true;
    seen.add(current);
    current = parents.get(current);
  }
  return false;
}

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
    const parents = new Map(facts.groups.map(g => [g.ref, g.parent]));
    for (const product of facts.dataProducts) {
      const domainOwner = domainOwners.get(product.domain);
      if (domainOwner && isOwnedWithin(product.owner, domainOwner, parents)) {
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
