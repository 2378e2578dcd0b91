import { NotFoundError } from '@backstage/errors';
import {
  CapabilitiesResponse,
  CapabilityDemandResponse,
  CapabilityItem,
  DanglingReference,
  DemandIndex,
  DomainsResponse,
  EntityCapabilitiesResponse,
  EntityRefsResponse,
  Freshness,
  ListPage,
  ORGANIZATION_SCOPE,
  PageWindow,
  Steps,
  computePlatformRoadmapSteps,
  computeUseCasePortfolioSteps,
  entityNeedsPage,
  findDanglingReferences,
  findDanglingReferencesSteps,
  isGroupScope,
  pageOf,
  pageOfList,
  refsPage,
  selectCapabilities,
  selectDomains,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { InsightView } from './InsightView';
import { runInSlices } from '../eventLoop/slices';
import type {
  CapabilityNameSources,
  CapabilityQuery,
  DomainQuery,
  SnapshotCapabilityNames,
} from './PortfolioService';
import type {
  PortfolioSnapshot,
  StoredAssessment,
  StoredDomain,
} from '../store/PortfolioSnapshot';

/**
 * The answer for a scope that is unknown or that the caller may not read:
 * the same words for both, so that neither reveals the other.
 */
export function noSuchScope(scope: string): NotFoundError {
  return new NotFoundError(
    isGroupScope(scope)
      ? `No business unit ${scope}: a group is one when it, or a group below it, owns a domain`
      : `No ${scope}`,
  );
}

/**
 * One loaded snapshot, indexed for the questions the API asks: every answer
 * is a page cut from lists computed once per snapshot. Not filtered for any
 * caller.
 */
export class PortfolioView implements SnapshotCapabilityNames {
  /** The snapshot's demand index. */
  readonly demand: DemandIndex;
  private readonly domainsByScope: Map<string, StoredDomain>;
  private readonly dangling: DanglingReference[];
  /** The execution insights of the same snapshot. */
  readonly insight: InsightView;
  /** Answers worked out on first request and kept with the snapshot. */
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Per capability no entity offers, the entities naming it; once asked. */
  private namers?: Map<string, string[]>;
  private offered?: Set<string>;

  /**
   * Indexes a snapshot in slices of the event loop (building the indexes
   * of 100,000 data products takes seconds), so that every plugin's
   * requests are answered meanwhile. Pass the snapshot's demand index when
   * it was just built.
   */
  static build(
    snapshot: PortfolioSnapshot,
    demand?: DemandIndex,
    signal?: AbortSignal,
  ): Promise<PortfolioView> {
    return runInSlices(PortfolioView.steps(snapshot, demand), signal);
  }

  /** {@link PortfolioView.build} as steps, for a caller that runs more. */
  static *steps(
    snapshot: PortfolioSnapshot,
    demand?: DemandIndex,
  ): Steps<PortfolioView> {
    const { facts } = snapshot;
    // A ternary, not `??`: some compilers move `yield*` out of a `??`.
    const index =
      demand !== undefined ? demand : yield* DemandIndex.steps(facts);
    const dangling = yield* findDanglingReferencesSteps(facts);
    const portfolio = yield* computeUseCasePortfolioSteps(facts, index);
    const roadmap = yield* computePlatformRoadmapSteps(facts, index);
    return new PortfolioView(snapshot, index, {
      dangling,
      insight: new InsightView(snapshot, index, { portfolio, roadmap }),
    });
  }

  /**
   * Indexes a snapshot at once; {@link PortfolioView.build} does it in
   * steps. Pass the snapshot's demand index when it was just built.
   */
  constructor(
    readonly snapshot: PortfolioSnapshot,
    demand: DemandIndex = DemandIndex.build(snapshot.facts),
    computed: { dangling?: DanglingReference[]; insight?: InsightView } = {},
  ) {
    this.demand = demand;
    this.domainsByScope = new Map(snapshot.domains.map(d => [d.scope, d]));
    this.dangling = computed.dangling ?? findDanglingReferences(snapshot.facts);
    this.insight = computed.insight ?? new InsightView(snapshot, demand);
  }

  /**
   * `load()`'s answer, worked out once for this snapshot (a failure is
   * not kept, so the next request tries again). Keys are scopes, which the
   * snapshot bounds.
   */
  remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    let found = this.memo.get(key) as Promise<T> | undefined;
    if (!found) {
      found = load();
      this.memo.set(key, found);
      found.catch(() => this.memo.delete(key));
    }
    return found;
  }

  private notFound(what: string): never {
    throw new NotFoundError(`No ${what}`);
  }

  assessment(scope: string): StoredAssessment {
    if (scope === ORGANIZATION_SCOPE) return this.snapshot.organization;
    const found = isGroupScope(scope)
      ? this.insight.businessUnit(scope)
      : this.domainsByScope.get(scope);
    if (!found) throw noSuchScope(scope);
    // A scope's summary fields (title, counts, ...) stay out of the answer.
    const { scope: s, phase, computedPhase, declared, metrics, next } = found;
    return {
      scope: s,
      phase,
      computedPhase,
      declared,
      metrics,
      next,
      adopterCategory: found.adopterCategory,
    };
  }

  domains(query: DomainQuery, freshness: Freshness): DomainsResponse {
    const matching = selectDomains(this.snapshot.domains, query);
    const page = pageOf(
      matching.length,
      i => ({ ...matching[i], ...freshness }),
      query,
    );
    return { ...page, ...freshness };
  }

  capabilities(
    query: CapabilityQuery,
    freshness: Freshness,
  ): CapabilitiesResponse {
    const selected = selectCapabilities(this.demand.items(), query);
    return { ...pageOfList(selected, query), ...freshness };
  }

  capability(capabilityRef: string): CapabilityItem {
    return (
      this.demand.capability(capabilityRef) ?? this.notFound(capabilityRef)
    );
  }

  capabilityDemand(
    capabilityRef: string,
    which: 'real' | 'emerging',
    page: PageWindow,
    freshness: Freshness,
  ): CapabilityDemandResponse {
    const found =
      this.demand.demandPage(capabilityRef, which, page) ??
      this.notFound(capabilityRef);
    return { capabilityRef, ...found, ...freshness };
  }

  capabilityDomains(
    capabilityRef: string,
    page: PageWindow,
    freshness: Freshness,
  ): EntityRefsResponse {
    const found =
      this.demand.domainsPage(capabilityRef, page) ??
      this.notFound(capabilityRef);
    return { ...refsPage(found), ...freshness };
  }

  capabilityDataProducts(
    capabilityRef: string,
    page: PageWindow,
    freshness: Freshness,
  ): EntityRefsResponse {
    const found =
      this.demand.dataProductsPage(capabilityRef, page) ??
      this.notFound(capabilityRef);
    return { ...refsPage(found), ...freshness };
  }

  entityNeeds(
    entityRef: string,
    page: PageWindow,
    freshness: Freshness,
  ): EntityCapabilitiesResponse {
    const needs =
      this.demand.entityNeeds(entityRef) ?? this.notFound(entityRef);
    return entityNeedsPage(entityRef, needs, page, freshness);
  }

  entityNeedDataProducts(
    entityRef: string,
    capabilityRef: string,
    page: PageWindow,
    freshness: Freshness,
  ): EntityRefsResponse {
    const found =
      this.demand.entityNeedDataProducts(entityRef, capabilityRef, page) ??
      this.notFound(`need of ${entityRef} for ${capabilityRef}`);
    return { ...refsPage(found), ...freshness };
  }

  /**
   * Where each capability's name comes from: `null` for an offered one (an
   * entity), else the data products and use cases that require it.
   */
  capabilityNameSources(refs: Iterable<string>): CapabilityNameSources {
    const { facts } = this.snapshot;
    this.offered ??= new Set(facts.capabilities.map(c => c.ref));
    if (!this.namers) {
      const namers = new Map<string, string[]>();
      for (const entity of [...facts.dataProducts, ...facts.useCases]) {
        for (const ref of entity.requiresCapabilities) {
          if (this.offered.has(ref)) continue;
          const list = namers.get(ref);
          if (list) list.push(entity.ref);
          else namers.set(ref, [entity.ref]);
        }
      }
      this.namers = namers;
    }
    const sources: CapabilityNameSources = new Map();
    for (const ref of refs) {
      if (this.offered.has(ref)) sources.set(ref, null);
      else if (this.namers.has(ref)) sources.set(ref, this.namers.get(ref)!);
    }
    return sources;
  }

  danglingReferences(page: PageWindow): ListPage<DanglingReference> {
    return pageOfList(this.dangling, page);
  }
}
