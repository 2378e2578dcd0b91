import { durationToMilliseconds } from '@backstage/types';
import {
  DemandIndex,
  RefreshRun,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DefaultPortfolioServiceOptions } from './DefaultPortfolioService';
import { buildExampleHistory } from './exampleHistory';
import { PortfolioView } from './PortfolioView';
import { readCatalogFacts } from './readCatalogFacts';
import { buildSnapshot } from './snapshot';

/**
 * One run of the scheduled task: read the catalog, compute, store (with
 * example history for scopes without measurements before today, when
 * configured), prune the history, in that order; and what each step took.
 */
export async function computeAndStore(
  deps: DefaultPortfolioServiceOptions,
  startedAt: Date,
  now: () => Date,
  held?: { id: number; view: PortfolioView },
): Promise<{
  id: number;
  view: PortfolioView;
  run: RefreshRun;
  /** The snapshot stored before this one, when changes are to be told. */
  previous?: PortfolioView;
}> {
  const { store, catalog, auth, options } = deps;
  const clock = () => performance.now();
  const t0 = clock();
  const facts = await readCatalogFacts(catalog, auth);
  const t1 = clock();
  const demand = DemandIndex.build(facts);
  const snapshot = buildSnapshot(facts, options, now());
  // Indexing is part of the computation: this replica serves the new
  // snapshot as soon as it is stored.
  const view = new PortfolioView(snapshot, demand);
  const t2 = clock();
  // Only scopes without measurements before today get example points, so
  // they never mix into a history that has measurements of its own.
  let exampleHistory;
  if (options.exampleHistory) {
    const measured = await store.scopesMeasuredBefore(
      snapshot.computedAt.slice(0, 10),
    );
    exampleHistory = buildExampleHistory(
      snapshot,
      options,
      scope => !measured.has(scope),
    );
  }
  // What the new snapshot is compared with for notifications: the newest
  // stored one. Only one replica runs this task at a time, so nothing is
  // stored between this read and the save. The replica usually holds it
  // already; reading and parsing it again would cost as much as storing
  // the new one, and hold two copies in memory.
  let previous: PortfolioView | undefined;
  if (deps.notifications && options.notifications.enabled) {
    const previousId = await store.getLatestSnapshotId();
    if (held?.id === previousId) {
      previous = held?.view;
    } else if (previousId !== undefined) {
      const stored = await store.getSnapshot(previousId);
      previous = stored && new PortfolioView(stored);
    }
  }
  const id = await store.saveSnapshot(snapshot, { exampleHistory });
  const retentionMs = durationToMilliseconds(options.historyRetention);
  await store.pruneHistory(
    new Date(startedAt.getTime() - retentionMs).toISOString().slice(0, 10),
  );
  const t3 = clock();
  const run: RefreshRun = {
    startedAt: startedAt.toISOString(),
    readMs: Math.round(t1 - t0),
    computeMs: Math.round(t2 - t1),
    storeMs: Math.round(t3 - t2),
    durationMs: Math.round(t3 - t0),
    entities: {
      domains: facts.domains.length,
      dataProducts: facts.dataProducts.length,
      useCases: facts.useCases.length,
      capabilities: facts.capabilities.length,
      groups: facts.groups.length,
    },
  };
  return { id, view, run, previous };
}
