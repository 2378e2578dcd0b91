import type { PhaseMetrics } from '../api/types';
import type { PortfolioFacts } from './facts';
import { PortfolioScope, isRealUseCase, selectScope } from './scope';

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

/** The phase evidence for one scope, as defined in the product spec. */
export function computeMetrics(
  facts: PortfolioFacts,
  scope: PortfolioScope,
): PhaseMetrics {
  const scoped = selectScope(facts, scope);
  const active = scoped.dataProducts.filter(p => p.lifecycle === 'active');
  const adoptingDomains = new Set(
    active.map(p => p.domain).filter(ref => scoped.domainRefs.has(ref)),
  ).size;
  const domains = scoped.domainRefs.size;

  const domainOwners = new Map(facts.domains.map(d => [d.ref, d.owner]));
  const parents = new Map(facts.groups.map(g => [g.ref, g.parent]));
  const ownedByDomain = active.filter(p => {
    const domainOwner = domainOwners.get(p.domain);
    return domainOwner ? isOwnedWithin(p.owner, domainOwner, parents) : false;
  }).length;

  return {
    domains,
    adoptingDomains,
    adoption: domains === 0 ? 0 : adoptingDomains / domains,
    activeDataProducts: active.length,
    realUseCases: scoped.useCases.filter(isRealUseCase).length,
    liveUseCases: scoped.useCases.filter(u => u.status === 'live').length,
    domainOwnership: active.length === 0 ? 0 : ownedByDomain / active.length,
    availableCapabilities: facts.capabilities.filter(
      c => c.status === 'available',
    ).length,
  };
}
