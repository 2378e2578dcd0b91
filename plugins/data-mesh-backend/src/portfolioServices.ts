import { DEFAULT_STORE_CHECK_INTERVAL_MS } from './config';
import { ComplementaryCache } from './reads/ComplementaryCache';
import { DefaultPortfolioService } from './reads/DefaultPortfolioService';
import type { DefaultPortfolioServiceOptions } from './reads/DefaultPortfolioServiceOptions';
import { SnapshotCache } from './reads/SnapshotCache';
import { ComplementarySearches } from './refresh/ComplementarySearches';
import { PortfolioRefresh } from './refresh/PortfolioRefresh';

/** The reads and the refresh that feeds them, sharing one replica's caches. */
export interface PortfolioServices {
  /** The reads, unfiltered: the authorized service wraps them. */
  service: DefaultPortfolioService;
  /** The recompute and the complementary search, for the scheduler. */
  refresh: PortfolioRefresh;
}

/**
 * Wires the reads to the refresh: the refresh hands each snapshot and
 * search it stores to the caches the reads answer from, and the reads ask
 * the refresh for a recompute.
 */
export function createPortfolioServices(
  deps: DefaultPortfolioServiceOptions,
): PortfolioServices {
  const now = deps.now ?? (() => new Date());
  const cache = new SnapshotCache({
    store: deps.store,
    logger: deps.logger,
    storeCheckIntervalMs:
      deps.storeCheckIntervalMs ?? DEFAULT_STORE_CHECK_INTERVAL_MS,
  });
  const searches = new ComplementaryCache(deps.store);
  const refresh = new PortfolioRefresh(deps, {
    cache,
    searches: new ComplementarySearches({
      store: deps.store,
      scheduler: deps.scheduler,
      logger: deps.logger,
      taskId: deps.complementaryTaskId,
      now,
      cache: searches,
    }),
    now,
  });
  const service = new DefaultPortfolioService({
    store: deps.store,
    options: deps.options,
    cache,
    searches,
    refresh,
  });
  return { service, refresh };
}
