import { stringifyError } from '@backstage/errors';
import type { DefaultPortfolioServiceOptions } from '../reads/DefaultPortfolioServiceOptions';
import type { SnapshotCache } from '../reads/SnapshotCache';
import { notifyChanges } from '../notifications/notifyChanges';
import { computeAndStore } from './computeAndStore';
import type { ComplementarySearches } from './ComplementarySearches';
import { TaskTrigger } from './TaskTrigger';

/** What {@link PortfolioRefresh} needs beside the service's options. */
export interface PortfolioRefreshParts {
  /** The snapshots the reads serve; each stored snapshot is handed over. */
  cache: SnapshotCache;
  searches: ComplementarySearches;
  now: () => Date;
}

/**
 * The two scheduled tasks: the recompute, which reads the catalog,
 * computes and stores a snapshot and hands it to the reads' cache, and the
 * complementary search over the newest snapshot; and asking the scheduler
 * for a recompute.
 */
export class PortfolioRefresh {
  private readonly trigger: TaskTrigger;

  constructor(
    private readonly deps: DefaultPortfolioServiceOptions,
    private readonly parts: PortfolioRefreshParts,
  ) {
    this.trigger = new TaskTrigger({
      scheduler: deps.scheduler,
      logger: deps.logger,
      taskId: deps.refreshTaskId,
    });
  }

  /** Asks the scheduler for a recompute. */
  async requestRefresh(): Promise<void> {
    // A run in progress may have read the catalog before the change that
    // made someone ask: one more follows it.
    await this.trigger.request();
  }

  /**
   * The scheduled task: read the catalog, compute, store, in that order.
   * Once `signal` fires, it stops between catalog pages or before storing,
   * and stores nothing.
   */
  async recompute(signal?: AbortSignal): Promise<void> {
    const { store, logger } = this.deps;
    const { cache, searches, now } = this.parts;
    const startedAt = now();
    try {
      const { id, view, run } = await computeAndStore(
        this.deps,
        startedAt,
        now,
        cache.current,
        signal,
      );
      cache.offer({ id, view });
      await store.recordRun(run);
      cache.forgetLook();
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
      await searches.askForFirst();
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
      await store.recordFailure(now(), stringifyError(error));
      cache.forgetLook();
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
    const { cache, searches } = this.parts;
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
    const loaded =
      cache.current?.id === id ? cache.current : await cache.load(id);
    await searches.run(loaded.id, loaded.view, signal);
    cache.forgetLook();
  }
}
