import {
  DEFAULT_COMPLEMENTARY_LIMIT,
  DEFAULT_COMPLEMENTARY_THRESHOLD,
  complementaryUseCaseSearch,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { StoredComplementarySearch } from '../store/SnapshotStore';
import type { PortfolioView } from '../reads/PortfolioView';
import { runInSlices } from '../eventLoop/slices';

/**
 * The most complementary pairs a search keeps: far more than anyone reads,
 * while a catalog where nearly every pair qualifies cannot swell the
 * stored row, nor the search's memory, without bound. The rest are
 * counted, not kept.
 */
export const MAX_STORED_COMPLEMENTARY_PAIRS = DEFAULT_COMPLEMENTARY_LIMIT;

/*
 * Why the search is not part of the recompute: even as an exact prefix
 * join it takes about 3 s of one core at 40,000 use cases (docs/
 * benchmarks.md, in-process), while which use cases complement each other
 * changes with what they need, not from one recompute to the next. So it
 * runs on its own, slower schedule, over the newest stored snapshot, and
 * every replica re-derives what each pair shares from the snapshot it
 * serves.
 */

/**
 * Searches one snapshot for complementary use cases, in slices of the
 * event loop, so that requests are answered meanwhile, until `signal`
 * fires. No I/O.
 */
export async function searchComplementaryUseCases(
  snapshotId: number,
  view: PortfolioView,
  now: () => Date,
  signal?: AbortSignal,
): Promise<StoredComplementarySearch> {
  const started = performance.now();
  const found = await runInSlices(
    complementaryUseCaseSearch(view.snapshot.facts, view.demand, {
      limit: MAX_STORED_COMPLEMENTARY_PAIRS,
    }),
    signal,
  );
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
