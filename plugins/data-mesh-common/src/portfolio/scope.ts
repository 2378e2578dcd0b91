import { REAL_USE_CASE_STATUSES } from '../kinds/constants';
import type { DataProductFacts, PortfolioFacts, UseCaseFacts } from './facts';
import { Steps, runSteps } from '../time/steps';
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
 * The domains each group owns, over the group tree: what a business
 * unit's scope is made of. Needs only the groups and domains, so that
 * business units are found without grouping every product.
 */
export class DomainOwners {
  private constructor(
    /** The group tree, from both sides of the `childOf` relation. */
    readonly groups: GroupTree,
    private readonly domainsByOwner: Map<string, string[]>,
  ) {}

  /**
   * The owners of `facts`' domains, pausing after each group and each
   * domain.
   */
  static *steps(
    facts: Pick<PortfolioFacts, 'groups' | 'domains'>,
  ): Steps<DomainOwners> {
    const groups = yield* GroupTree.steps(facts.groups);
    const domainsByOwner = new Map<string, string[]>();
    for (const domain of facts.domains) {
      if (domain.owner) push(domainsByOwner, domain.owner, domain.ref);
      yield;
    }
    return new DomainOwners(groups, domainsByOwner);
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
}

/** What a {@link ScopeIndex} holds, worked out once. */
interface ScopeParts {
  facts: PortfolioFacts;
  owners: DomainOwners;
  /** Subdomains by their parent domain. */
  children: Map<string, string[]>;
  productsByDomain: Map<string, DataProductFacts[]>;
  useCasesByDomain: Map<string, UseCaseFacts[]>;
  /** Use cases consuming a product of the domain (not of its subdomains). */
  consumersByDomain: Map<string, UseCaseFacts[]>;
}

/**
 * Groups the use cases by their domain and by the domains whose products
 * they consume, pausing after each use case.
 */
function* groupUseCases(
  useCases: UseCaseFacts[],
  productDomain: Map<string, string>,
): Steps<Pick<ScopeParts, 'useCasesByDomain' | 'consumersByDomain'>> {
  const byDomain = new Map<string, UseCaseFacts[]>();
  const consumersByDomain = new Map<string, UseCaseFacts[]>();
  for (const useCase of useCases) {
    if (useCase.domain !== null) push(byDomain, useCase.domain, useCase);
    const consumed = new Set<string>();
    for (const ref of useCase.consumes) {
      const domain = productDomain.get(ref);
      if (domain !== undefined) consumed.add(domain);
    }
    consumed.forEach(domain => push(consumersByDomain, domain, useCase));
    yield;
  }
  return { useCasesByDomain: byDomain, consumersByDomain };
}

/**
 * The facts grouped by domain once, so that every scope is selected in time
 * proportional to what it holds rather than to the whole organisation.
 */
export class ScopeIndex {
  readonly facts: PortfolioFacts;
  /** The group tree, from both sides of the `childOf` relation. */
  readonly groups: GroupTree;

  private constructor(private readonly parts: ScopeParts) {
    this.facts = parts.facts;
    this.groups = parts.owners.groups;
  }

  /** The index of `facts`, worked out in one go. */
  static build(facts: PortfolioFacts): ScopeIndex {
    return runSteps(ScopeIndex.steps(facts));
  }

  /**
   * {@link ScopeIndex.build} as a generator that pauses after each group,
   * domain, data product and use case, so that a caller can spread the
   * work over time.
   */
  static *steps(facts: PortfolioFacts): Steps<ScopeIndex> {
    const owners = yield* DomainOwners.steps(facts);
    const children = new Map<string, string[]>();
    for (const domain of facts.domains) {
      if (domain.subdomainOf) push(children, domain.subdomainOf, domain.ref);
      yield;
    }
    const productsByDomain = new Map<string, DataProductFacts[]>();
    const productDomain = new Map<string, string>();
    for (const product of facts.dataProducts) {
      push(productsByDomain, product.domain, product);
      productDomain.set(product.ref, product.domain);
      yield;
    }
    const useCases = yield* groupUseCases(facts.useCases, productDomain);
    return new ScopeIndex({
      facts,
      owners,
      children,
      productsByDomain,
      ...useCases,
    });
  }

  /**
   * A domain and, transitively, its subdomains (`spec.subdomainOf`). A
   * cycle in the subdomain graph stops the walk instead of looping.
   */
  domainWithSubdomains(domainRef: string): Set<string> {
    const { children } = this.parts;
    return new Set([
      domainRef,
      ...walkBreadthFirst(domainRef, d => children.get(d) ?? []),
    ]);
  }

  /** {@link DomainOwners.domainsOwnedWithin}. */
  domainsOwnedWithin(groupRef: string): Set<string> {
    return this.parts.owners.domainsOwnedWithin(groupRef);
  }

  /**
   * The domains of a domain's scope (it and its subdomains) or of a
   * group's (those owned within its subtree).
   */
  domainsOf(scope: PortfolioScope): Set<string> {
    return isGroupScope(scope)
      ? this.domainsOwnedWithin(scope)
      : this.domainWithSubdomains(scope);
  }

  /** A domain's own data products, not its subdomains'. */
  productsOf(domainRef: string): readonly DataProductFacts[] {
    return this.parts.productsByDomain.get(domainRef) ?? [];
  }

  /** The use cases that belong to a domain (not to its subdomains). */
  useCasesOf(domainRef: string): readonly UseCaseFacts[] {
    return this.parts.useCasesByDomain.get(domainRef) ?? [];
  }

  /** The use cases consuming one of a domain's own data products. */
  consumersOf(domainRef: string): readonly UseCaseFacts[] {
    return this.parts.consumersByDomain.get(domainRef) ?? [];
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
    return this.selectDomains(this.domainsOf(scope));
  }

  /** What belongs to a set of domains, as for a domain scope. */
  selectDomains(domainRefs: Set<string>): ScopedFacts {
    const dataProducts: DataProductFacts[] = [];
    const useCases = new Set<UseCaseFacts>();
    for (const ref of domainRefs) {
      dataProducts.push(...this.productsOf(ref));
      this.useCasesOf(ref).forEach(u => useCases.add(u));
      this.consumersOf(ref).forEach(u => useCases.add(u));
    }
    return { domainRefs, dataProducts, useCases: [...useCases] };
  }
}

/**
 * True for a use case whose status makes it real (committed or live).
 *
 * @public
 */
export function isRealUseCase(useCase: { status: string }): boolean {
  return (REAL_USE_CASE_STATUSES as readonly string[]).includes(useCase.status);
}
