import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import {
  BusinessUnitsResponse,
  Freshness,
  PageWindow,
  ScopePhaseResponse,
  StatusResponse,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { RefreshStatus } from '../store/SnapshotStore';
import type {
  BusinessUnitQuery,
  CapabilityQuery,
  DomainQuery,
  HistoryQuery,
  PortfolioService,
  RoadmapUseCaseQuery,
  UseCaseCell,
} from './PortfolioService';
import type { CapabilityNames } from '../authorization/capabilityVisibility';
import type { DefaultPortfolioServiceOptions } from './DefaultPortfolioServiceOptions';
import { PortfolioView } from './PortfolioView';
import { computeAndStore } from '../refresh/computeAndStore';
import { ComplementarySearches } from '../refresh/ComplementarySearches';
import { notifyChanges } from '../notifications/notifyChanges';
import { TaskTrigger } from '../refresh/TaskTrigger';

export type { DefaultPortfolioServiceOptions } from './DefaultPortfolioServiceOptions';
import { forecastOf, withSparklines } from './historyAnswers';

/** True when the latest refresh attempt failed after the last success. */
function isStale(status: RefreshStatus): boolean {
  return (
    status.lastError !== null &&
    (status.lastSuccessAt === null ||
      (status.lastAttemptAt?.getTime() ?? 0) > status.lastSuccessAt.getTime())
  );
}

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

/**
 * Computes the portfolio from the catalog when the scheduler says so, stores
 * it, and answers from the newest stored snapshot. Each replica keeps the
 * snapshot it last loaded, indexed, and swaps in a newer one once it has
 * loaded it, so requests never wait for a load except the very first.
 * Answers are not filtered for the caller: the authorized service does that.
 */
export class DefaultPortfolioService
  implements PortfolioService, CapabilityNames
{
  private current?: { id: number; view: PortfolioView };
  private loading?: Promise<{ id: number; view: PortfolioView }>;
  /** Whether the store's being unreachable was logged since it last answered. */
  private warned = false;
  private storeCheck?: {
    at: number;
    result: Promise<[number | undefined, RefreshStatus, number | undefined]>;
  };
  private readonly now: () => Date;
  private readonly searches: ComplementarySearches;
  private readonly refresh: TaskTrigger;

  constructor(private readonly deps: DefaultPortfolioServiceOptions) {
    this.now = deps.now ?? (() => new Date());
    this.searches = new ComplementarySearches({
      store: deps.store,
      scheduler: deps.scheduler,
      logger: deps.logger,
      taskId: deps.complementaryTaskId,
      now: this.now,
    });
    this.refresh = new TaskTrigger({
      scheduler: deps.scheduler,
      logger: deps.logger,
      taskId: deps.refreshTaskId,
    });
  }

  /**
   * The newest snapshot id, the refresh status and the newest complementary
   * search's id. Requests arriving within
   * a second share one look at the store: under load, two queries per
   * request cost more than the answer, and another replica's snapshot may
   * show a second later.
   */
  private checkStore() {
    const interval = this.deps.storeCheckIntervalMs ?? 1000;
    const now = Date.now();
    if (!this.storeCheck || now - this.storeCheck.at >= interval) {
      const { store } = this.deps;
      const result = Promise.all([
        store.getLatestSnapshotId(),
        store.getRefreshStatus(),
        store.getLatestComplementarySearchRun().then(run => run?.id),
      ]);
      this.storeCheck = { at: now, result };
      // A failed look is not reused.
      result.catch(() => {
        if (this.storeCheck?.result === result) this.storeCheck = undefined;
      });
    }
    return this.storeCheck.result;
  }

  /**
   * The scheduled task: read the catalog, compute, store, in that order.
   * Once `signal` fires, it stops between catalog pages or before storing,
   * and stores nothing.
   */
  async recompute(signal?: AbortSignal): Promise<void> {
    const { store, logger } = this.deps;
    const startedAt = this.now();
    try {
      const { id, view, run } = await computeAndStore(
        this.deps,
        startedAt,
        this.now,
        this.current,
        signal,
      );
      if (!this.current || id > this.current.id) this.current = { id, view };
      await store.recordRun(run);
      this.storeCheck = undefined;
      logger.info(
        `Computed the data-mesh portfolio in ${run.durationMs} ms (read ${
          run.readMs
        }, compute ${run.computeMs}, store ${run.storeMs}): ${JSON.stringify(
          run.entities,
        )}`,
      );
      // What was stored with the snapshot, and what earlier runs could not
      // send; what fails now stays in the outbox for the next run.
      await notifyChanges(this.deps);
      await this.searches.askForFirst();
    } catch (error) {
      if (signal?.aborted) {
        // The scheduler stopped the run: it timed out, another replica
        // took its claim over, or the backend is stopping. Neither the
        // catalog nor the store failed, so answers do not turn stale.
        logger.warn(
          `Stopped the data-mesh recompute when the scheduler aborted it: ${stringifyError(
            error,
          )}`,
        );
        throw error;
      }
      // The last snapshot stays in service; answers say they are stale.
      logger.error(
        `Could not compute the data-mesh portfolio: ${stringifyError(error)}`,
      );
      await store.recordFailure(this.now(), stringifyError(error));
      this.storeCheck = undefined;
      throw error;
    }
  }

  /**
   * The complementary search's scheduled task: searches the newest stored
   * snapshot, unless the newest search already covers it, and stores the
   * pairs. Without a snapshot there is nothing to search yet. Once
   * `signal` fires, it stops between slices of the search or before
   * storing, and stores nothing.
   */
  async searchComplementaryUseCases(signal?: AbortSignal): Promise<void> {
    const { store, logger } = this.deps;
    const id = await store.getLatestSnapshotId();
    if (id === undefined) {
      logger.info(
        'No data-mesh snapshot to search for complementary use cases yet; the first recompute asks for a search',
      );
      return;
    }
    const last = await store.getLatestComplementarySearchRun();
    if (last && last.snapshotId >= id) return;
    // What is searched is what is stored with the search: a load already
    // under way may bring another snapshot than the newest.
    const loaded = this.current?.id === id ? this.current : await this.load(id);
    await this.searches.run(loaded.id, loaded.view, signal);
    this.storeCheck = undefined;
  }

  private load(id: number) {
    this.loading ??= (async () => {
      try {
        const snapshot = await this.deps.store.getSnapshot(id);
        if (!snapshot) throw new ServiceUnavailableError('Snapshot vanished');
        const loaded = { id, view: new PortfolioView(snapshot) };
        if (!this.current || id > this.current.id) this.current = loaded;
        return loaded;
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  /** Logs a warning once per spell of the store being unreachable. */
  private warnOnce(message: string) {
    if (!this.warned) this.deps.logger.warn(message);
    this.warned = true;
  }

  /** The newest snapshot's view, and how fresh it is. */
  private async latest(): Promise<{ view: PortfolioView } & Freshness> {
    const { logger } = this.deps;
    let id: number | undefined;
    let status: RefreshStatus;
    try {
      [id, status] = await this.checkStore();
    } catch (error) {
      // The database is unreachable (restarting, say): what this replica
      // holds is the newest it knows, and better than an error page.
      if (!this.current) {
        // The error may name the database's host and user: it goes to the
        // log, and the caller learns only that the store is unreachable.
        this.warnOnce(
          `The data-mesh portfolio cannot be read: ${stringifyError(error)}`,
        );
        throw new ServiceUnavailableError(
          'The data-mesh portfolio cannot be read now; see the backend log',
        );
      }
      this.warnOnce(
        `Serving the loaded snapshot as stale: ${stringifyError(error)}`,
      );
      return {
        view: this.current.view,
        computedAt: this.current.view.snapshot.computedAt,
        stale: true,
      };
    }
    this.warned = false;
    if (id === undefined) {
      throw new ServiceUnavailableError(
        'The data-mesh portfolio has not been computed yet; the first run starts shortly after the backend starts',
      );
    }
    let current = this.current;
    if (!current) {
      current = await this.load(id);
    } else if (id > current.id) {
      // Serve the loaded snapshot while the newer one loads.
      this.load(id).catch(error =>
        logger.warn(`Could not load snapshot ${id}: ${stringifyError(error)}`),
      );
    }
    return {
      view: current.view,
      computedAt: current.view.snapshot.computedAt,
      stale: isStale(status),
    };
  }

  async requestRefresh(): Promise<void> {
    // A run in progress may have read the catalog before the change that
    // made someone ask: one more follows it.
    await this.refresh.request();
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
    const { view, ...freshness } = await this.latest();
    const assessment = view.assessment(scope);
    const forecast = await forecastOf(view, scope, this.deps, message =>
      this.warnOnce(message),
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
    const { view } = await this.latest();
    view.assessment(scope); // 404 for unknown scopes
    const { points, totalItems } = await this.deps.store.getHistory(
      scope,
      query,
    );
    return { points, totalItems, offset: query.offset, limit: query.limit };
  }

  async capabilityNameSources(refs: string[]) {
    const { view } = await this.latest();
    return view.capabilityNameSources(refs);
  }

  async listDomains(query: DomainQuery) {
    const { view, ...freshness } = await this.latest();
    return view.domains(query, freshness);
  }

  async listCapabilities(query: CapabilityQuery) {
    const { view, ...freshness } = await this.latest();
    return view.capabilities(query, freshness);
  }

  async getCapability(capabilityRef: string) {
    const { view, ...freshness } = await this.latest();
    return { ...view.capability(capabilityRef), ...freshness };
  }

  async listCapabilityDemand(
    capabilityRef: string,
    query: PageWindow & { demand: 'real' | 'emerging' },
  ) {
    const { view, ...freshness } = await this.latest();
    return view.capabilityDemand(capabilityRef, query.demand, query, freshness);
  }

  async listCapabilityDomains(capabilityRef: string, page: PageWindow) {
    const { view, ...freshness } = await this.latest();
    return view.capabilityDomains(capabilityRef, page, freshness);
  }

  async listCapabilityDataProducts(capabilityRef: string, page: PageWindow) {
    const { view, ...freshness } = await this.latest();
    return view.capabilityDataProducts(capabilityRef, page, freshness);
  }

  async listEntityNeeds(entityRef: string, page: PageWindow) {
    const { view, ...freshness } = await this.latest();
    return view.entityNeeds(entityRef, page, freshness);
  }

  async listEntityNeedDataProducts(
    entityRef: string,
    capabilityRef: string,
    page: PageWindow,
  ) {
    const { view, ...freshness } = await this.latest();
    return view.entityNeedDataProducts(
      entityRef,
      capabilityRef,
      page,
      freshness,
    );
  }

  async listDanglingReferences(page: PageWindow) {
    const { view, ...freshness } = await this.latest();
    const found = view.danglingReferences(page);
    return { ...found, count: found.totalItems, ...freshness };
  }

  async getUseCasePortfolio() {
    const { view, ...freshness } = await this.latest();
    return view.insight.useCasePortfolio(freshness);
  }

  async listUseCaseCell(cell: UseCaseCell | null, page: PageWindow) {
    const { view, ...freshness } = await this.latest();
    return view.insight.useCaseCell(cell, page, freshness);
  }

  async listComplementaryUseCases(page: PageWindow) {
    const { view, ...freshness } = await this.latest();
    let newestId: number | undefined;
    try {
      newestId = (await this.checkStore())[2];
    } catch {
      // The store is unreachable: the search held is the newest known.
    }
    const search = await this.searches.serve(newestId);
    return view.insight.complementary(page, freshness, search);
  }

  async listRoadmap(page: PageWindow) {
    const { view, ...freshness } = await this.latest();
    return view.insight.roadmapItems(page, freshness);
  }

  async listRoadmapUseCases(capabilityRef: string, query: RoadmapUseCaseQuery) {
    const { view, ...freshness } = await this.latest();
    return view.insight.roadmapUseCases(
      capabilityRef,
      query.unblocks,
      query,
      freshness,
    );
  }

  async listDeprecatedNeeds(page: PageWindow) {
    const { view, ...freshness } = await this.latest();
    return view.insight.deprecatedNeeds(page, freshness);
  }

  async listBusinessUnits(
    query: BusinessUnitQuery,
  ): Promise<BusinessUnitsResponse> {
    const { view, ...freshness } = await this.latest();
    const found = view.insight.businessUnits(query.level, query, freshness);
    return withSparklines(found, view, this.deps.store, message =>
      this.warnOnce(message),
    );
  }
}
