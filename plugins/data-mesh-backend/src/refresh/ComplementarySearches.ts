import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { ComplementaryCache } from '../reads/ComplementaryCache';
import type { SnapshotStore } from '../store/SnapshotStore';
import { searchComplementaryUseCases } from './complementarySearch';
import type { PortfolioView } from '../reads/PortfolioView';

/** What {@link ComplementarySearches} needs. */
export interface ComplementarySearchesOptions {
  store: SnapshotStore;
  scheduler: SchedulerService;
  logger: LoggerService;
  /** Id of the search's scheduled task; without it, nothing asks for one. */
  taskId?: string;
  now: () => Date;
  /** Where a stored search is handed over to be served. */
  cache: ComplementaryCache;
}

/**
 * The complementary searches as the refresh runs them: one over a
 * snapshot, stored and handed to the reads' cache, and asking the
 * scheduler for the first.
 */
export class ComplementarySearches {
  constructor(private readonly options: ComplementarySearchesOptions) {}

  /**
   * Searches a stored snapshot, stores the search and serves it. Once
   * `signal` fires, it stops between slices of the search, stops the
   * join's thread, or stops before storing, throwing the signal's reason,
   * and stores nothing.
   */
  async run(
    snapshotId: number,
    view: PortfolioView,
    signal?: AbortSignal,
  ): Promise<void> {
    const { store, logger, now } = this.options;
    const search = await searchComplementaryUseCases(snapshotId, view, {
      now,
      signal,
      logger,
    });
    signal?.throwIfAborted();
    const id = await store.saveComplementarySearch(search);
    this.options.cache.offer({ id, search });
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
}
