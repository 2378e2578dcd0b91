import {
  DEFAULT_COMPLEMENTARY_THRESHOLD,
  complementaryUseCaseSearch,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { StoredComplementarySearch } from '../store/SnapshotStore';
import type { PortfolioView } from './PortfolioView';

/**
 * The most complementary pairs a search keeps: far more than anyone reads,
 * while a catalog where nearly every pair qualifies cannot swell the
 * stored row without bound.
 */
export const MAX_STORED_COMPLEMENTARY_PAIRS = 10_000;

/*
 * Why the search is not part of the recompute: it compares every pair of
 * use cases that could qualify. At 40,000 use cases that is about 20 s of
 * one core, as long as the whole recompute of 100,000 data products, while
 * which use cases complement each other changes with what they need, not
 * from one recompute to the next. So it runs on its own, slower schedule,
 * over the newest stored snapshot, and every replica re-derives what each
 * pair shares from the snapshot it serves.
 */

/**
 * How long the search holds the event loop at a time: every plugin of the
 * backend answers from the same thread, and a search of 40,000 use cases
 * takes about 20 s.
 */
const SLICE_MS = 50;

/** Runs a generator to its end, letting other work run every slice. */
async function runInSlices<T>(steps: Generator<void, T, void>): Promise<T> {
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise(resolve => setImmediate(resolve));
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

/**
 * Searches one snapshot for complementary use cases, in slices of the
 * event loop, so that requests are answered meanwhile. No I/O.
 */
export async function searchComplementaryUseCases(
  snapshotId: number,
  view: PortfolioView,
  now: () => Date,
): Promise<StoredComplementarySearch> {
  const started = performance.now();
  const found = await runInSlices(
    complementaryUseCaseSearch(view.snapshot.facts, view.demand),
  );
  return {
    snapshotId,
    snapshotComputedAt: view.snapshot.computedAt,
    searchedAt: now().toISOString(),
    durationMs: Math.round(performance.now() - started),
    pairsFound: found.length,
    threshold: DEFAULT_COMPLEMENTARY_THRESHOLD,
    pairs: found
      .slice(0, MAX_STORED_COMPLEMENTARY_PAIRS)
      .map(p => [p.first.ref, p.second.ref]),
  };
}
