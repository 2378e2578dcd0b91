import { stringifyError } from '@backstage/errors';
import type { DefaultPortfolioServiceOptions } from '../reads/DefaultPortfolioServiceOptions';
import type { SnapshotCache } from '../reads/SnapshotCache';
import { notifyChanges } from '../notifications/notifyChanges';
import {
  PortfolioFacts,
  patchFactsSteps,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { catalogCountDiffers } from './catalogCount';
import { computeAndStore } from './computeAndStore';
import { runInSlices } from '../eventLoop/slices';
import type { ComplementarySearches } from './ComplementarySearches';
import { fullRecomputeDue } from './fullRecomputeDue';
import { readChanges } from './readChanges';
import { TaskTrigger } from './TaskTrigger';
import { CHECK_DELAYS_MS } from '../store/ChangeQueue';

/**
 * How long after a change is told the catalog is first read for it: the
 * module tells it as the catalog processes the entity, just before storing
 * it.
 */
export const FIRST_CHECK_DELAY_MS = CHECK_DELAYS_MS[0];

/** When told changes are asked for again after a run failed. */
export const RETRY_DELAY_MS = 10_000;

/** Resolves after `ms`, or rejects once `signal` fires. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** The most told changes one run applies; the rest follow in the next. */
const CHANGES_PER_RUN = 5000;

/** What {@link PortfolioRefresh} needs beside the service's options. */
export interface PortfolioRefreshParts {
  /** The snapshots the reads serve; each stored snapshot is handed over. */
  cache: SnapshotCache;
  searches: ComplementarySearches;
  now: () => Date;
}

/**
 * The two scheduled tasks: the recompute, which reads the catalog (or only
 * the entities the catalog module told changed), computes and stores a
 * snapshot and hands it to the reads' cache, and the complementary search
 * over the newest snapshot; and asking the scheduler for a recompute.
 */
export class PortfolioRefresh {
  private readonly trigger: TaskTrigger;
  private triggerTimer?: ReturnType<typeof setTimeout>;

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

  /** Asks the scheduler for a recompute from a full read of the catalog. */
  async requestRefresh(): Promise<void> {
    await this.deps.store.changes.requestFull(this.parts.now());
    // A run in progress may have read the catalog before the change that
    // made someone ask: one more follows it.
    await this.trigger.request();
  }

  /**
   * The deletion check's task: when the catalog counts other entities of
   * the portfolio's kinds than the newest snapshot accounts for (one was
   * deleted, which no processor sees), asks for a full recompute. Waits
   * while told changes are waiting: the count moves before they are
   * applied.
   */
  async checkForDeletions(): Promise<void> {
    const { store, catalog, auth, logger } = this.deps;
    const { cache } = this.parts;
    if ((await store.changes.size()) > 0) return;
    const latest = await store.getLatestSnapshotId();
    if (latest === undefined) return;
    const held =
      cache.current?.id === latest ? cache.current : await cache.load(latest);
    const differs = await catalogCountDiffers(
      catalog,
      auth,
      held.view.snapshot,
    );
    if (!differs) return;
    logger.info(
      `The catalog counts ${differs.counted} entities of the portfolio's kinds where the portfolio accounts for ${differs.expected}: reading it whole`,
    );
    await this.requestRefresh();
  }

  /**
   * Keeps the entities the catalog module told changed, for whichever
   * replica runs the recompute next, and asks for a run once the catalog
   * has had time to store them.
   */
  async noticeChanges(
    refs: readonly string[],
    firstSight: readonly string[] = [],
  ): Promise<void> {
    if (refs.length === 0 && firstSight.length === 0) return;
    const at = this.parts.now();
    await this.deps.store.changes.notice(refs, at);
    await this.deps.store.changes.notice(firstSight, at, { firstSight: true });
    // At once: the scheduler takes up to a few seconds to start a run,
    // which then waits out what is left of the delay.
    this.triggerIn(0);
  }

  /** Asks for a run after a delay; asks made meanwhile share it. */
  private triggerIn(delayMs: number): void {
    if (this.triggerTimer) return;
    this.triggerTimer = setTimeout(() => {
      this.triggerTimer = undefined;
      this.trigger.request().catch(error =>
        // The schedule's next run applies the changes instead.
        this.deps.logger.warn(
          `Could not ask for a data-mesh recompute: ${stringifyError(error)}`,
        ),
      );
    }, delayMs);
    // A stopping backend does not wait for it.
    this.triggerTimer.unref?.();
  }

  /** Stops asking for runs; for tests and shutdown. */
  stop(): void {
    clearTimeout(this.triggerTimer);
    this.triggerTimer = undefined;
  }

  /**
   * The scheduled task: applies the told changes, or, when a full
   * recompute is due (see {@link fullRecomputeDue}) or a changed data
   * contract needs one, reads the whole catalog. Once `signal` fires, it
   * stops between catalog pages or before storing, and stores nothing.
   */
  async recompute(signal?: AbortSignal): Promise<void> {
    const { store, options } = this.deps;
    const startedAt = this.parts.now();
    const changesWaiting = (await store.changes.size()) > 0;
    const due = fullRecomputeDue({
      startedAt,
      frequency: options.schedule.frequency,
      state: await store.changes.fullState(),
      followChanges: options.followChanges,
      changesWaiting,
    });
    if (!due) {
      let applied;
      try {
        applied = await this.applyChanges(startedAt, signal);
      } catch (error) {
        // The told changes stay; they are asked for again soon rather than
        // at the schedule's next run.
        if (!signal?.aborted) this.triggerIn(RETRY_DELAY_MS);
        throw error;
      }
      if (applied === 'applied') return;
    }
    await this.computeAll(startedAt, signal);
    // What was told before the read began is in it; later changes are
    // checked against the new snapshot.
    await store.changes.removeNoticedBy(
      new Date(startedAt.getTime() - FIRST_CHECK_DELAY_MS),
    );
    await this.askAgainIfWaiting();
  }

  /**
   * Reads the told changes that are due and, when any shows, stores a
   * snapshot computed from the held one's facts with them applied.
   */
  private async applyChanges(
    started: Date,
    signal?: AbortSignal,
  ): Promise<'applied' | 'needs-full-read'> {
    const { store, catalog, auth } = this.deps;
    const { cache, now } = this.parts;
    let startedAt = started;
    // A change told just now is read once the catalog has had time to
    // store it: waited for here rather than in another run, which the
    // scheduler would start seconds later.
    const oldest = await store.changes.oldestUnchecked();
    const wait = oldest
      ? oldest.getTime() + FIRST_CHECK_DELAY_MS - startedAt.getTime()
      : 0;
    if (wait > 0 && wait <= FIRST_CHECK_DELAY_MS) {
      await sleep(wait, signal);
      startedAt = now();
    }
    const due = await store.changes.due(startedAt, CHANGES_PER_RUN);
    if (due.length > 0) {
      const latest = await store.getLatestSnapshotId();
      if (latest === undefined) return 'needs-full-read';
      const held =
        cache.current?.id === latest ? cache.current : await cache.load(latest);
      const facts = held.view.snapshot.facts;
      const read = await readChanges(catalog, auth, due, facts);
      if (read.needsFullRead) return 'needs-full-read';
      if (read.changes.length > 0) {
        await this.computeAll(startedAt, signal, {
          // In slices: the patched facts are put in ref order again.
          facts: await runInSlices(
            patchFactsSteps(facts, read.changes),
            signal,
          ),
          changes: read.changes.length,
        });
      }
      // Only once the snapshot that shows them is stored.
      await store.changes.remove(read.settled);
      await store.changes.countCheck(read.unchanged);
    }
    await this.askAgainIfWaiting();
    return 'applied';
  }

  /** Asks for another run while told changes wait to be checked. */
  private async askAgainIfWaiting(): Promise<void> {
    if ((await this.deps.store.changes.size()) > 0) {
      this.triggerIn(FIRST_CHECK_DELAY_MS);
    }
  }

  /**
   * Computes and stores a snapshot, from a full read of the catalog or
   * from `patched` facts, and hands it to the reads.
   */
  private async computeAll(
    startedAt: Date,
    signal?: AbortSignal,
    patched?: { facts: PortfolioFacts; changes: number },
  ): Promise<void> {
    const { store, logger } = this.deps;
    const { cache, searches, now } = this.parts;
    try {
      const { id, view, run } = await computeAndStore(
        this.deps,
        startedAt,
        now,
        cache.current,
        signal,
        patched?.facts,
        patched?.changes,
      );
      cache.offer({ id, view });
      await store.recordRun(run);
      if (!patched) await store.changes.recordFull(startedAt);
      cache.forgetLook();
      logger.info(
        `Computed the data-mesh portfolio${
          patched ? ` from ${patched.changes} changes told` : ''
        } in ${run.durationMs} ms (read ${run.readMs}, compute ${
          run.computeMs
        }, store ${run.storeMs}): ${JSON.stringify(run.entities)}`,
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
