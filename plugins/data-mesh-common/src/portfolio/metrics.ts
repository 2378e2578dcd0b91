import type { PhaseMetric, PhaseMetrics } from '../api/types';
import type { DataProductFacts, PortfolioFacts, UseCaseFacts } from './facts';
import { Steps, runSteps } from '../time/steps';
import {
  ORGANIZATION_SCOPE,
  PortfolioScope,
  ScopeIndex,
  isRealUseCase,
} from './scope';

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

/** What a {@link MetricsIndex} holds, worked out once. */
interface MetricsParts {
  scopes: ScopeIndex;
  /** The products owned within their domain's owner group. */
  ownedByDomain: Set<DataProductFacts>;
  availableCapabilities: number;
  /** The `odcs` APIs of the catalog: a port whose contract is one is covered. */
  odcsApis: Set<string>;
}

/**
 * The parts of a {@link MetricsIndex}, pausing after each group, domain,
 * data product, use case and API.
 */
function* metricsParts(facts: PortfolioFacts): Steps<MetricsParts> {
  const scopes = yield* ScopeIndex.steps(facts);
  const domainOwners = new Map(facts.domains.map(d => [d.ref, d.owner]));
  // The childOf chain from either side (spec.parent or spec.children).
  const groups = scopes.groups;
  const ownedByDomain = new Set<DataProductFacts>();
  for (const product of facts.dataProducts) {
    const domainOwner = domainOwners.get(product.domain);
    if (domainOwner && groups.isWithin(product.owner, domainOwner)) {
      ownedByDomain.add(product);
    }
    yield;
  }
  const availableCapabilities = facts.capabilities.filter(
    c => c.status === 'available',
  ).length;
  const odcsApis = new Set<string>();
  for (const api of facts.apis ?? []) {
    if (api.type === 'odcs') odcsApis.add(api.ref);
    yield;
  }
  return { scopes, ownedByDomain, availableCapabilities, odcsApis };
}

/**
 * The counts a scope's metrics are worked out from, added one data
 * product or use case at a time.
 */
class Tally {
  private active = 0;
  private readonly adopting = new Set<string>();
  private owned = 0;
  private ports = 0;
  private covered = 0;
  private real = 0;
  private live = 0;

  constructor(
    private readonly domainRefs: Set<string>,
    private readonly ownedByDomain: Set<DataProductFacts>,
    private readonly odcsApis: Set<string>,
  ) {}

  product(product: DataProductFacts): void {
    if (product.lifecycle !== 'active') return;
    this.active++;
    // A product of a domain outside the scope (or the catalog) adopts none.
    if (this.domainRefs.has(product.domain)) this.adopting.add(product.domain);
    if (this.ownedByDomain.has(product)) this.owned++;
    // Contract coverage: the share of the active products' output ports
    // whose contract is an `odcs` API in the catalog (PRODUCT.md section
    // 8). The catalog keeps an API's last valid definition, so one in the
    // catalog has a valid version; a `contract.ref` link does not count.
    this.ports += product.outputPorts ?? 0;
    for (const api of product.portContracts ?? []) {
      if (this.odcsApis.has(api)) this.covered++;
    }
  }

  useCase(useCase: UseCaseFacts): void {
    if (isRealUseCase(useCase)) this.real++;
    if (useCase.status === 'live') this.live++;
  }

  metrics(availableCapabilities: number): PhaseMetrics {
    const domains = this.domainRefs.size;
    const adoptingDomains = this.adopting.size;
    return {
      domains,
      adoptingDomains,
      adoption: domains === 0 ? 0 : adoptingDomains / domains,
      activeDataProducts: this.active,
      realUseCases: this.real,
      liveUseCases: this.live,
      domainOwnership: this.active === 0 ? 0 : this.owned / this.active,
      availableCapabilities,
      contractCoverage: this.ports === 0 ? 0 : this.covered / this.ports,
    };
  }
}

/**
 * The phase evidence of every scope of one organisation. What does not
 * depend on the scope (whether a product is owned within its domain's
 * owner group, the available capabilities) is worked out once.
 *
 * @public
 */
export class MetricsIndex {
  /**
   * Parts {@link MetricsIndex.steps} has worked out, for the constructor
   * to take instead of working them out again: a class has one
   * constructor, and this one's signature is kept for its callers. Set
   * and taken with no pause in between.
   */
  private static handedOver: MetricsParts | undefined;
  private readonly scopes: ScopeIndex;
  private readonly ownedByDomain: Set<DataProductFacts>;
  private readonly availableCapabilities: number;
  private readonly odcsApis: Set<string>;

  /**
   * Works the index out in one go; {@link MetricsIndex.steps} does the
   * same in steps.
   */
  constructor(facts: PortfolioFacts) {
    const parts = MetricsIndex.handedOver ?? runSteps(metricsParts(facts));
    MetricsIndex.handedOver = undefined;
    this.scopes = parts.scopes;
    this.ownedByDomain = parts.ownedByDomain;
    this.availableCapabilities = parts.availableCapabilities;
    this.odcsApis = parts.odcsApis;
  }

  /**
   * The index of `facts` as a generator that pauses after each group,
   * domain, data product, use case and API, so that a caller can spread
   * the work over time (pausing costs nothing when it is run to the end).
   */
  static *steps(facts: PortfolioFacts): Steps<MetricsIndex> {
    const parts = yield* metricsParts(facts);
    MetricsIndex.handedOver = parts;
    return new MetricsIndex(facts);
  }

  /** The phase evidence for one scope, as defined in the product spec. */
  metricsFor(scope: PortfolioScope): PhaseMetrics {
    return runSteps(this.metricsForSteps(scope));
  }

  /**
   * {@link MetricsIndex.metricsFor} as a generator that pauses after each
   * data product and use case of the organisation, or after each domain
   * of a domain's or a group's scope, so that a scope holding nearly
   * everything (a group at the root) is measured in small pieces too.
   */
  *metricsForSteps(scope: PortfolioScope): Steps<PhaseMetrics> {
    const { facts } = this.scopes;
    const domainRefs =
      scope === ORGANIZATION_SCOPE
        ? new Set(facts.domains.map(d => d.ref))
        : this.scopes.domainsOf(scope);
    const tally = new Tally(domainRefs, this.ownedByDomain, this.odcsApis);
    if (scope === ORGANIZATION_SCOPE) {
      for (const product of facts.dataProducts) {
        tally.product(product);
        yield;
      }
      for (const useCase of facts.useCases) {
        tally.useCase(useCase);
        yield;
      }
    } else {
      // A domain's products and use cases, and those consuming its
      // products: a source-aligned domain's value shows in other domains'
      // use cases. A use case is counted once however many it touches.
      const seen = new Set<UseCaseFacts>();
      const count = (useCase: UseCaseFacts) => {
        if (seen.has(useCase)) return;
        seen.add(useCase);
        tally.useCase(useCase);
      };
      for (const ref of domainRefs) {
        for (const product of this.scopes.productsOf(ref)) {
          tally.product(product);
        }
        this.scopes.useCasesOf(ref).forEach(count);
        this.scopes.consumersOf(ref).forEach(count);
        yield;
      }
    }
    return tally.metrics(this.availableCapabilities);
  }
}

/** The phase evidence for one scope; {@link MetricsIndex} for many. */
export function computeMetrics(
  facts: PortfolioFacts,
  scope: PortfolioScope,
): PhaseMetrics {
  return new MetricsIndex(facts).metricsFor(scope);
}
