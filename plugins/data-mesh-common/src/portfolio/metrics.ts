import type { PhaseMetric, PhaseMetrics } from '../api/types';
import type { DataProductFacts, PortfolioFacts } from './facts';
import { PortfolioScope, ScopeIndex, isRealUseCase } from './scope';

/**
 * Every phase metric and what it measures: a count, or a share between 0
 * and 1. Typed over the API's metrics, so a metric added to the OpenAPI
 * document fails the type-check here until it says which it is; the
 * configuration's checks and the pages read it.
 *
 * @public
 */
export const PHASE_METRIC_SCALES: Readonly<
  Record<PhaseMetric, 'count' | 'share'>
> = {
  domains: 'count',
  adoptingDomains: 'count',
  adoption: 'share',
  activeDataProducts: 'count',
  realUseCases: 'count',
  liveUseCases: 'count',
  domainOwnership: 'share',
  availableCapabilities: 'count',
  contractCoverage: 'share',
};

/**
 * The phase metrics, in the order the API lists them.
 *
 * @public
 */
export const PHASE_METRICS = Object.keys(PHASE_METRIC_SCALES) as PhaseMetric[];

/** The `odcs` APIs of the catalog: a port whose contract is one is covered. */
function odcsApis(facts: PortfolioFacts): Set<string> {
  return new Set(
    (facts.apis ?? []).filter(a => a.type === 'odcs').map(a => a.ref),
  );
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
  private readonly odcsApis: Set<string>;

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
    this.odcsApis = odcsApis(facts);
  }

  /**
   * Share of the active products' output ports whose contract is an
   * `odcs` API in the catalog (PRODUCT.md section 8). The catalog keeps an
   * API's last valid definition, so one in the catalog has a valid version;
   * a `contract.ref` link does not count.
   */
  private contractCoverage(active: DataProductFacts[]): number {
    let ports = 0;
    let covered = 0;
    for (const product of active) {
      ports += product.outputPorts ?? 0;
      for (const api of product.portContracts ?? []) {
        if (this.odcsApis.has(api)) covered++;
      }
    }
    return ports === 0 ? 0 : covered / ports;
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
      contractCoverage: this.contractCoverage(active),
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
