import { REAL_USE_CASE_STATUSES } from '../kinds/constants';
import type { DataProductFacts, PortfolioFacts, UseCaseFacts } from './facts';

/** The scope an assessment is for: the organisation or one domain's ref. */
export type PortfolioScope = 'organization' | string;

/** The organisation-wide scope. */
export const ORGANIZATION_SCOPE = 'organization';

/** The entities that fall within one scope. */
export interface ScopedFacts {
  domainRefs: Set<string>;
  dataProducts: DataProductFacts[];
  useCases: UseCaseFacts[];
}

/**
 * A domain and, transitively, its subdomains (`spec.subdomainOf`). A cycle in
 * the subdomain graph stops the walk instead of looping.
 */
export function domainWithSubdomains(
  facts: PortfolioFacts,
  domainRef: string,
): Set<string> {
  const children = new Map<string, string[]>();
  for (const domain of facts.domains) {
    if (domain.subdomainOf) {
      const list = children.get(domain.subdomainOf) ?? [];
      list.push(domain.ref);
      children.set(domain.subdomainOf, list);
    }
  }
  const scope = new Set<string>();
  const queue = [domainRef];
  while (queue.length) {
    const ref = queue.shift()!;
    if (scope.has(ref)) continue;
    scope.add(ref);
    queue.push(...(children.get(ref) ?? []));
  }
  return scope;
}

/**
 * Selects what belongs to a scope. For the organisation: everything. For a
 * domain (with its subdomains): its data products, and the use cases that
 * either belong to it or consume one of its data products, because a
 * source-aligned domain's value shows in other domains' use cases.
 */
export function selectScope(
  facts: PortfolioFacts,
  scope: PortfolioScope,
): ScopedFacts {
  if (scope === ORGANIZATION_SCOPE) {
    return {
      domainRefs: new Set(facts.domains.map(d => d.ref)),
      dataProducts: facts.dataProducts,
      useCases: facts.useCases,
    };
  }
  const domainRefs = domainWithSubdomains(facts, scope);
  const dataProducts = facts.dataProducts.filter(p => domainRefs.has(p.domain));
  const productRefs = new Set(dataProducts.map(p => p.ref));
  const useCases = facts.useCases.filter(
    u =>
      (u.domain !== null && domainRefs.has(u.domain)) ||
      u.consumes.some(ref => productRefs.has(ref)),
  );
  return { domainRefs, dataProducts, useCases };
}

/** True for a use case whose status makes it real (committed or live). */
export function isRealUseCase(useCase: { status: string }): boolean {
  return (REAL_USE_CASE_STATUSES as readonly string[]).includes(useCase.status);
}
