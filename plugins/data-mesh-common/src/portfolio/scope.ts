import { REAL_USE_CASE_STATUSES } from '../kinds/constants';
import type { DataProductFacts, PortfolioFacts, UseCaseFacts } from './facts';
import { GroupTree } from './groups';
import { walkBreadthFirst } from './walk';

/**
 * The scope an assessment is for: the organisation, one domain's ref, or
 * one group's ref (a business unit: the domains owned within its subtree).
 *
 * @public
 */
export type PortfolioScope = 'organization' | string;

/**
 * The organisation-wide scope.
 *
 * @public
 */
export const ORGANIZATION_SCOPE = 'organization';

/**
 * True for a business-unit scope: a group ref (`group:<ns>/<name>`).
 *
 * @public
 */
export function isGroupScope(scope: PortfolioScope): boolean {
  return scope.startsWith('group:');
}

/** The entities that fall within one scope. */
export interface ScopedFacts {
  domainRefs: Set<string>;
  dataProducts: DataProductFacts[];
  useCases: UseCaseFacts[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The facts grouped by domain once, so that every scope is selected in time
 * proportional to what it holds rather than to the whole organisation.
 */
export class ScopeIndex {
  private readonly children = new Map<string, string[]>();
  private readonly domainsByOwner = new Map<string, string[]>();
  /** The group tree, from both sides of the `childOf` relation. */
  readonly groups: GroupTree;
  private readonly productsByDomain = new Map<string, DataProductFacts[]>();
  private readonly useCasesByDomain = new Map<string, UseCaseFacts[]>();
  /** Use cases consuming a product of the domain (not of its subdomains). */
  private readonly consumersByDomain = new Map<string, UseCaseFacts[]>();

  constructor(readonly facts: PortfolioFacts) {
    this.groups = new GroupTree(facts.groups);
    for (const domain of facts.domains) {
      if (domain.subdomainOf) {
        push(this.children, domain.subdomainOf, domain.ref);
      }
      if (domain.owner) push(this.domainsByOwner, domain.owner, domain.ref);
    }
    const productDomain = new Map<string, string>();
    for (const product of facts.dataProducts) {
      push(this.productsByDomain, product.domain, product);
      productDomain.set(product.ref, product.domain);
    }
    for (const useCase of facts.useCases) {
      if (useCase.domain !== null) {
        push(this.useCasesByDomain, useCase.domain, useCase);
      }
      const consumed = new Set<string>();
      for (const ref of useCase.consumes) {
        const domain = productDomain.get(ref);
        if (domain !== undefined) consumed.add(domain);
      }
      consumed.forEach(domain => push(this.consumersByDomain, domain, useCase));
    }
  }

  /**
   * A domain and, transitively, its subdomains (`spec.subdomainOf`). A
   * cycle in the subdomain graph stops the walk instead of looping.
   */
  domainWithSubdomains(domainRef: string): Set<string> {
    return new Set([
      domainRef,
      ...walkBreadthFirst(domainRef, d => this.children.get(d) ?? []),
    ]);
  }

  /**
   * The domains owned by a group or by a group below it, exactly: a
   * subdomain owned outside the subtree belongs to its own owner's unit.
   */
  domainsOwnedWithin(groupRef: string): Set<string> {
    const domains = new Set<string>();
    for (const group of this.groups.subtree(groupRef)) {
      this.domainsByOwner.get(group)?.forEach(ref => domains.add(ref));
    }
    return domains;
  }

  /**
   * Selects what belongs to a scope. For the organisation: everything. For
   * a domain (with its subdomains): its data products, and the use cases
   * that either belong to it or consume one of its data products, because
   * a source-aligned domain's value shows in other domains' use cases. For
   * a group: the same over the domains owned within its subtree.
   */
  select(scope: PortfolioScope): ScopedFacts {
    const { facts } = this;
    if (scope === ORGANIZATION_SCOPE) {
      return {
        domainRefs: new Set(facts.domains.map(d => d.ref)),
        dataProducts: facts.dataProducts,
        useCases: facts.useCases,
      };
    }
    return this.selectDomains(
      isGroupScope(scope)
        ? this.domainsOwnedWithin(scope)
        : this.domainWithSubdomains(scope),
    );
  }

  /** What belongs to a set of domains, as for a domain scope. */
  selectDomains(domainRefs: Set<string>): ScopedFacts {
    const dataProducts: DataProductFacts[] = [];
    const useCases = new Set<UseCaseFacts>();
    for (const ref of domainRefs) {
      dataProducts.push(...(this.productsByDomain.get(ref) ?? []));
      this.useCasesByDomain.get(ref)?.forEach(u => useCases.add(u));
      this.consumersByDomain.get(ref)?.forEach(u => useCases.add(u));
    }
    return { domainRefs, dataProducts, useCases: [...useCases] };
  }
}

/** {@link ScopeIndex.select} for a single scope. */
export function selectScope(
  facts: PortfolioFacts,
  scope: PortfolioScope,
): ScopedFacts {
  return new ScopeIndex(facts).select(scope);
}

/** {@link ScopeIndex.domainWithSubdomains} for a single domain. */
export function domainWithSubdomains(
  facts: PortfolioFacts,
  domainRef: string,
): Set<string> {
  return new ScopeIndex(facts).domainWithSubdomains(domainRef);
}

/** True for a use case whose status makes it real (committed or live). */
export function isRealUseCase(useCase: { status: string }): boolean {
  return (REAL_USE_CASE_STATUSES as readonly string[]).includes(useCase.status);
}
