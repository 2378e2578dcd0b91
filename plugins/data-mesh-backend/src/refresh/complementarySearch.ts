import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  ComplementaryJoinResult,
  DEFAULT_COMPLEMENTARY_LIMIT,
  DEFAULT_COMPLEMENTARY_THRESHOLD,
  complementaryJoin,
  prepareComplementarySearch,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { StoredComplementarySearch } from '../store/SnapshotStore';
import type { PortfolioView } from '../reads/PortfolioView';
import { runInSlices } from '../eventLoop/slices';
import { joinInWorkerThreads } from './complementaryJoinThread';

/**
 * The most complementary pairs a search keeps: far more than anyone reads,
 * while a catalog where nearly every pair qualifies cannot swell the
 * stored row, nor the search's memory, without bound. The rest are
 * counted, not kept.
 */
export const MAX_STORED_COMPLEMENTARY_PAIRS = DEFAULT_COMPLEMENTARY_LIMIT;

/*
 * Why the search is not part of the recompute: even as an exact prefix
 * join it takes about 2 s of one core at 40,000 use cases (docs/
 * benchmarks.md, in-process), while which use cases complement each other
 * changes with what they need, not from one recompute to the next. So it
 * runs on its own, slower schedule, over the newest stored snapshot, and
 * every replica re-derives what each pair shares from the snapshot it
 * serves.
 */

/** What {@link searchComplementaryUseCases} needs besides the snapshot. */
export interface ComplementarySearchContext {
  now: () => Date;
  /** Stops the search, which then throws the signal's reason. */
  signal?: AbortSignal;
  /** Told when the join could not run in a thread of its own. */
  logger?: LoggerService;
  /**
   * Where the join runs: in worker threads by default. Should it fail
   * there, the join runs in slices of the event loop instead.
   */
  join?: typeof joinInWorkerThreads;
}

/**
 * Searches one snapshot for complementary use cases until `signal` fires:
 * reads the use cases' needs in slices of the event loop, so that requests
 * are answered meanwhile, and joins them in worker threads. No I/O.
 */
export async function searchComplementaryUseCases(
  snapshotId: number,
  view: PortfolioView,
  context: ComplementarySearchContext,
): Promise<StoredComplementarySearch> {
  const { now, signal, logger, join = joinInWorkerThreads } = context;
  const started = performance.now();
  const prepared = await runInSlices(
    prepareComplementarySearch(view.snapshot.facts, view.demand, {
      limit: MAX_STORED_COMPLEMENTARY_PAIRS,
    }),
    signal,
  );
  let joined: ComplementaryJoinResult;
  try {
    joined = await join(prepared.join, signal);
  } catch (error) {
    signal?.throwIfAborted();
    logger?.warn(
      `The complementary search's join could not run in worker threads, so it runs on the event loop, in slices: ${stringifyError(
        error,
      )}`,
    );
    joined = await runInSlices(complementaryJoin(prepared.join), signal);
  }
  const found = prepared.describe(joined);
  return {
    snapshotId,
    snapshotComputedAt: view.snapshot.computedAt,
    searchedAt: now().toISOString(),
    durationMs: Math.round(performance.now() - started),
    pairsFound: found.total,
    threshold: DEFAULT_COMPLEMENTARY_THRESHOLD,
    pairs: found.pairs.map(p => [p.first.ref, p.second.ref]),
  };
}
