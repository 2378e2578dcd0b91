import {
  BusinessUnitsResponse,
  PageWindow,
  ScopePhaseResponse,
  StatusResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DataMeshBackendOptions } from '../config';
import type { RefreshStatus, SnapshotStore } from '../store/SnapshotStore';
import type { ComplementaryCache } from './ComplementaryCache';
import { forecastOf, withSparklines } from './historyAnswers';
import type {
  BusinessUnitQuery,
  CapabilityNames,
  CapabilityQuery,
  DomainQuery,
  HistoryQuery,
  PortfolioService,
  RoadmapQuery,
  RoadmapUseCaseQuery,
  UseCaseCell,
} from './PortfolioService';
import { isStale, type SnapshotCache } from './SnapshotCache';
import type { ContractImpactQuery } from './ContractReads';
import {
  getContractImpact,
  listContractRisks,
  listContractVersions,
} from './contractHistory';

/**
 * What `GET /status` says about a failed run. The failure's own text may
 * name hosts, users or connection strings, and any signed-in caller may
 * read the status: the text stays in the backend's log, written when the
 * run failed.
 */
function failureNotice(status: RefreshStatus): string | null {
  if (status.lastError === null) return null;
  const at = status.lastAttemptAt?.toISOString();
  return at
    ? `The last recompute, at ${at}, failed; see the backend log`
    : 'The last recompute failed; see the backend log';
}

/** What {@link DefaultPortfolioService} answers from. */
export interface PortfolioReadsOptions {
  store: SnapshotStore;
  options: DataMeshBackendOptions;
  /** The newest stored snapshot, as this replica holds it. */
  cache: SnapshotCache;
  /** The newest stored complementary search, as this replica holds it. */
  searches: ComplementaryCache;
  /** What asks the scheduler for a recompute. */
  refresh: { requestRefresh(): Promise<void> };
}

/**
 * The portfolio's reads, answered from the newest stored snapshot that
 * the {@link SnapshotCache} holds; the refresh computes the snapshots and
 * hands them over. Answers are not filtered for the caller: the
 * authorized service does that.
 */
export class DefaultPortfolioService
  implements PortfolioService, CapabilityNames
{
  private readonly cache: SnapshotCache;
  private readonly searches: ComplementaryCache;

  constructor(private readonly deps: PortfolioReadsOptions) {
    this.cache = deps.cache;
    this.searches = deps.searches;
  }

  async requestRefresh(): Promise<void> {
    await this.deps.refresh.requestRefresh();
  }

  async getStatus(): Promise<StatusResponse> {
    const status = await this.deps.store.getRefreshStatus();
    return {
      // Every stored snapshot is also the last success.
      computedAt: status.lastSuccessAt?.toISOString() ?? null,
      stale: isStale(status),
      lastAttemptAt: status.lastAttemptAt?.toISOString() ?? null,
      lastSuccessAt: status.lastSuccessAt?.toISOString() ?? null,
      lastError: failureNotice(status),
      lastRun: status.lastRun,
      complementarySearch: await this.searches.latestRun(),
    };
  }

  async getAssessment(scope: string): Promise<ScopePhaseResponse> {
    const { view, ...freshness } = await this.cache.latest();
    const assessment = view.assessment(scope);
    const forecast = await forecastOf(view, scope, this.deps, message =>
      this.cache.warnOnce(message),
    );
    // Without the history there is no forecast; the answer says it is
    // incomplete rather than failing.
    return {
      ...assessment,
      forecast,
      computedAt: freshness.computedAt,
      stale: freshness.stale || forecast === null,
    };
  }

  async getHistory(scope: string, query: HistoryQuery) {
    const { view } = await this.cache.latest();
    view.assessment(scope); // 404 for unknown scopes
    const { points, totalItems } = await this.deps.store.getHistory(
      scope,
      query,
    );
    return { points, totalItems, offset: query.offset, limit: query.limit };
  }

  async capabilityNames() {
    const { view } = await this.cache.latest();
    return view;
  }

  async listDomains(query: DomainQuery) {
    const { view, ...freshness } = await this.cache.latest();
    return view.domains(query, freshness);
  }

  async listCapabilities(query: CapabilityQuery) {
    const { view, ...freshness } = await this.cache.latest();
    return view.capabilities(query, freshness);
  }

  async getCapability(capabilityRef: string) {
    const { view, ...freshness } = await this.cache.latest();
    return { ...view.capability(capabilityRef), ...freshness };
  }

  async listCapabilityDemand(
    capabilityRef: string,
    query: PageWindow & { demand: 'real' | 'emerging' },
  ) {
    const { view, ...freshness } = await this.cache.latest();
    return view.capabilityDemand(capabilityRef, query.demand, query, freshness);
  }

  async listCapabilityDomains(capabilityRef: string, page: PageWindow) {
    const { view, ...freshness } = await this.cache.latest();
    return view.capabilityDomains(capabilityRef, page, freshness);
  }

  async listCapabilityDataProducts(capabilityRef: string, page: PageWindow) {
    const { view, ...freshness } = await this.cache.latest();
    return view.capabilityDataProducts(capabilityRef, page, freshness);
  }

  async listEntityNeeds(entityRef: string, page: PageWindow) {
    const { view, ...freshness } = await this.cache.latest();
    return view.entityNeeds(entityRef, page, freshness);
  }

  async listEntityNeedDataProducts(
    entityRef: string,
    capabilityRef: string,
    page: PageWindow,
  ) {
    const { view, ...freshness } = await this.cache.latest();
    return view.entityNeedDataProducts(
      entityRef,
      capabilityRef,
      page,
      freshness,
    );
  }

  async listDanglingReferences(page: PageWindow) {
    const { view, ...freshness } = await this.cache.latest();
    const found = view.danglingReferences(page);
    return { ...found, count: found.totalItems, ...freshness };
  }

  async getUseCasePortfolio() {
    const { view, ...freshness } = await this.cache.latest();
    return view.insight.useCasePortfolio(freshness);
  }

  async listUseCaseCell(cell: UseCaseCell | null, page: PageWindow) {
    const { view, ...freshness } = await this.cache.latest();
    return view.insight.useCaseCell(cell, page, freshness);
  }

  async listComplementaryUseCases(page: PageWindow) {
    const { view, ...freshness } = await this.cache.latest();
    let newestId: number | undefined;
    try {
      newestId = (await this.cache.look()).complementarySearchId;
    } catch {
      // The store is unreachable: the search held is the newest known.
    }
    const search = await this.searches.serve(newestId);
    return view.insight.complementary(page, freshness, search);
  }

  async listRoadmap(query: RoadmapQuery) {
    const { view, ...freshness } = await this.cache.latest();
    return view.insight.roadmapItems(query, freshness);
  }

  async listRoadmapUseCases(capabilityRef: string, query: RoadmapUseCaseQuery) {
    const { view, ...freshness } = await this.cache.latest();
    return view.insight.roadmapUseCases(
      capabilityRef,
      query.unblocks,
      query,
      freshness,
    );
  }

  async listDeprecatedNeeds(page: PageWindow) {
    const { view, ...freshness } = await this.cache.latest();
    return view.insight.deprecatedNeeds(page, freshness);
  }

  async listBusinessUnits(
    query: BusinessUnitQuery,
  ): Promise<BusinessUnitsResponse> {
    const { view, ...freshness } = await this.cache.latest();
    const found = view.insight.businessUnits(query.level, query, freshness);
    return withSparklines(found, view, this.deps.store, message =>
      this.cache.warnOnce(message),
    );
  }

  async listContractVersions(apiRef: string, page: PageWindow) {
    return listContractVersions(this.deps.store.contracts, apiRef, page);
  }

  async getContractImpact(apiRef: string, query: ContractImpactQuery) {
    return getContractImpact(this.deps.store.contracts, apiRef, query);
  }

  async listContractRisks(entityRef: string, page: PageWindow) {
    return listContractRisks(this.deps.store.contracts, entityRef, page);
  }
}
