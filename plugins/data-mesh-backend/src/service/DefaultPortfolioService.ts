import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ORGANIZATION_SCOPE } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { durationToMilliseconds } from '@backstage/types';
import type { DataMeshBackendOptions } from '../config';
import type { SnapshotStore } from '../store/SnapshotStore';
import type { Freshness, PortfolioService } from './PortfolioService';
import { readCatalogFacts } from './readCatalogFacts';
import { PortfolioSnapshot, buildSnapshot } from './snapshot';

/** What {@link DefaultPortfolioService} needs. */
export interface DefaultPortfolioServiceOptions {
  store: SnapshotStore;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  options: DataMeshBackendOptions;
  /** The clock; tests pass their own. */
  now?: () => Date;
}

/**
 * Computes the portfolio from the catalog on demand of the scheduler, stores
 * it, and serves reads from the newest stored snapshot. Each backend replica
 * caches the snapshot it last loaded and reloads only when a newer one
 * exists, so replicas agree without reading the catalog.
 */
export class DefaultPortfolioService implements PortfolioService {
  private cached?: { id: number; snapshot: PortfolioSnapshot };
  private readonly now: () => Date;

  constructor(private readonly deps: DefaultPortfolioServiceOptions) {
    this.now = deps.now ?? (() => new Date());
  }

  async refresh(): Promise<void> {
    const { store, catalog, auth, logger, options } = this.deps;
    const startedAt = this.now();
    try {
      const facts = await readCatalogFacts(catalog, auth);
      const snapshot = buildSnapshot(facts, options, this.now());
      await store.saveSnapshot(snapshot);
      const retentionMs = durationToMilliseconds(options.historyRetention);
      await store.pruneHistory(
        new Date(startedAt.getTime() - retentionMs).toISOString().slice(0, 10),
      );
      logger.info(
        `Computed the data-mesh portfolio: ${facts.domains.length} domains, ${
          facts.dataProducts.length
        } data products, ${facts.useCases.length} use cases, ${
          facts.capabilities.length
        } capabilities in ${this.now().getTime() - startedAt.getTime()} ms`,
      );
    } catch (error) {
      // The last snapshot stays in service; answers say they are stale.
      logger.error(
        `Could not compute the data-mesh portfolio: ${stringifyError(error)}`,
      );
      await store.recordFailure(this.now(), stringifyError(error));
      throw error;
    }
  }

  private async latest(): Promise<{ snapshot: PortfolioSnapshot } & Freshness> {
    const { store } = this.deps;
    const id = await store.getLatestSnapshotId();
    if (id === undefined) {
      throw new ServiceUnavailableError(
        'The data-mesh portfolio has not been computed yet; the first run starts shortly after the backend starts',
      );
    }
    if (this.cached?.id !== id) {
      const snapshot = await store.getSnapshot(id);
      if (!snapshot) throw new ServiceUnavailableError('Snapshot vanished');
      this.cached = { id, snapshot };
    }
    const status = await store.getRefreshStatus();
    const stale =
      status.lastError !== null &&
      (status.lastSuccessAt === null ||
        (status.lastAttemptAt?.getTime() ?? 0) >
          status.lastSuccessAt.getTime());
    return {
      snapshot: this.cached.snapshot,
      computedAt: this.cached.snapshot.computedAt,
      stale,
    };
  }

  async getAssessment(scope: string) {
    const { snapshot, computedAt, stale } = await this.latest();
    const assessment =
      scope === ORGANIZATION_SCOPE
        ? snapshot.organization
        : snapshot.domains.find(d => d.scope === scope);
    if (!assessment) return undefined;
    // A domain's summary fields (title, counts, ...) stay out of the answer.
    const phaseFields = {
      scope: assessment.scope,
      phase: assessment.phase,
      computedPhase: assessment.computedPhase,
      declared: assessment.declared,
      metrics: assessment.metrics,
      next: assessment.next,
      adopterCategory: assessment.adopterCategory,
    };
    return { ...phaseFields, computedAt, stale };
  }

  async getDomains() {
    const { snapshot, computedAt, stale } = await this.latest();
    return { items: snapshot.domains, computedAt, stale };
  }

  async getHistory(scope: string, range: { from?: string; to?: string }) {
    return this.deps.store.getHistory(scope, range);
  }

  async getCapabilities() {
    const { snapshot, computedAt, stale } = await this.latest();
    return { items: snapshot.capabilities, computedAt, stale };
  }

  async getEntityNeeds(entityRef: string) {
    const { snapshot } = await this.latest();
    return snapshot.entityNeeds[entityRef];
  }

  async getDanglingReferences() {
    const { snapshot, computedAt, stale } = await this.latest();
    return { items: snapshot.danglingReferences, computedAt, stale };
  }
}
