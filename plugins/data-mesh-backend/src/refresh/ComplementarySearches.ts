import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { ComplementarySearchRun } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type {
  SnapshotStore,
  StoredComplementarySearch,
} from '../store/SnapshotStore';
import { searchComplementaryUseCases } from './complementarySearch';
import type { PortfolioView } from '../reads/PortfolioView';

/** A stored search with its id. */
export interface LoadedComplementarySearch {
  id: number;
  search: StoredComplementarySearch;
}

/** What {@link ComplementarySearches} needs. */
export interface ComplementarySearchesOptions {
  store: SnapshotStore;
  scheduler: SchedulerService;
  logger: LoggerService;
  /** Id of the search's scheduled task; without it, nothing asks for one. */
  taskId?: string;
  now: () => Date;
}

/**
 * The complementary searches as one replica sees them: running one over a
 * snapshot and storing it, asking the scheduler for the first, and serving
 * the newest stored one, loaded once per id (its pairs are a few hundred
 * kilobytes at most) and kept when the store cannot be read.
 */
export class ComplementarySearches {
  private held?: LoadedComplementarySearch;
  private loading?: { id: number; done: Promise<LoadedComplementarySearch> };

  constructor(private readonly options: ComplementarySearchesOptions) {}

  /**
   * Searches a stored snapshot, stores the search and serves it. Once
   * `signal` fires, it stops between slices of the search or before
   * storing, throwing the signal's reason, and stores nothing.
   */
  async run(
    snapshotId: number,
    view: PortfolioView,
    signal?: AbortSignal,
  ): Promise<void> {
    const { store, logger, now } = this.options;
    const search = await searchComplementaryUseCases(
      snapshotId,
      view,
      now,
      signal,
    );
    signal?.throwIfAborted();
    const id = await store.saveComplementarySearch(search);
    this.hold({ id, search });
    logger.info(
      `Searched ${view.snapshot.facts.useCases.length} use cases for complementary pairs in ${search.durationMs} ms: ${search.pairsFound} found`,
    );
  }

  /**
   * Asks the scheduler for a search when none is stored yet, so that a new
   * portal does not wait for the search's own schedule.
   */
  async askForFirst(): Promise<void> {
    const { store, scheduler, taskId, logger } = this.options;
    if (!taskId) return;
    try {
      if (await store.getLatestComplementarySearchRun()) return;
      await scheduler.triggerTask(taskId);
    } catch (error) {
      // Already running, say; its schedule runs it anyway.
      logger.debug(
        `Did not ask for a complementary search: ${stringifyError(error)}`,
      );
    }
  }

  /** The newest stored search as `GET /status` reports it, or null. */
  async latestRun(): Promise<ComplementarySearchRun | null> {
    const run = await this.options.store.getLatestComplementarySearchRun();
    if (!run) return null;
    const { id, snapshotId, ...reported } = run;
    return reported;
  }

  /**
   * The search with the given id (the newest, as the store last said), or
   * the one held when the id is unknown; undefined before any.
   */
  async serve(
    newestId: number | undefined,
  ): Promise<LoadedComplementarySearch | undefined> {
    if (newestId === undefined || this.held?.id === newestId) return this.held;
    if (this.loading?.id !== newestId) {
      const done = this.load(newestId).finally(() => {
        if (this.loading?.id === newestId) this.loading = undefined;
      });
      this.loading = { id: newestId, done };
    }
    return this.loading.done;
  }

  private hold(loaded: LoadedComplementarySearch) {
    if (!this.held || loaded.id > this.held.id) this.held = loaded;
  }

  private async load(id: number): Promise<LoadedComplementarySearch> {
    const search = await this.options.store.getComplementarySearch(id);
    // Replaced by a newer one between the look and the read: keep what
    // is held (the next look finds the newer one).
    if (!search) {
      if (this.held) return this.held;
      throw new Error(`Complementary search ${id} vanished`);
    }
    const loaded = { id, search };
    this.hold(loaded);
    return loaded;
  }
}
