import { durationToMilliseconds } from '@backstage/types';
import {
  DemandIndex,
  PortfolioFacts,
  canonicalFactsSteps,
  RefreshRun,
  Steps,
  computeUseCasePortfolioSteps,
  dayOf,
  emptyFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { DefaultPortfolioServiceOptions } from '../reads/DefaultPortfolioServiceOptions';
import { buildExampleHistorySteps } from './exampleHistory';
import { PortfolioView } from '../reads/PortfolioView';
import { runInSlices } from '../eventLoop/slices';
import { changesToTell, notifyChanges } from '../notifications/notifyChanges';
import type { ComparedSnapshot } from '../notifications/portfolioChanges';
import { readCatalogFacts } from './readCatalogFacts';
import { ContractReaders, readContractReaders } from './readContractReaders';
import { contractChangeNotifications } from '../notifications/contractNotifications';
import type { NewContractVersion } from '../store/ContractVersionStore';
import { readContractChangesOrNone } from './contractVersions';
import { buildSnapshotSteps } from './snapshot';
import { factCount } from './catalogCount';
import type { PortfolioSnapshot } from '../store/PortfolioSnapshot';

/**
 * What the new snapshot is compared with to tell changes: the newest
 * stored one, with its use-case portfolio. Only one replica runs the task
 * at a time, so nothing is stored between this read and the save. The
 * replica usually holds it already. Otherwise only its assessments and
 * blocked use cases are kept: its facts and their index are let go before
 * the catalog is read, so that two snapshots' are never held at once.
 */
async function previousForComparison(
  deps: DefaultPortfolioServiceOptions,
  held?: { id: number; view: PortfolioView },
): Promise<ComparedSnapshot | undefined> {
  const { store, options } = deps;
  if (!deps.notifications || !options.notifications.enabled) return undefined;
  const previousId = await store.getLatestSnapshotId();
  if (previousId === undefined) return undefined;
  if (held?.id === previousId) {
    return {
      snapshot: held.view.snapshot,
      portfolio: held.view.insight.portfolio,
    };
  }
  const stored = await store.getSnapshot(previousId);
  if (!stored) return undefined;
  const { facts, ...assessments } = stored;
  return {
    snapshot: { ...assessments, facts: emptyFacts() },
    portfolio: await runInSlices(computeUseCasePortfolioSteps(facts)),
  };
}

/**
 * The snapshot of `facts` and its view, in steps. Indexing is part of the
 * computation: this replica serves the new snapshot as soon as it is
 * stored.
 */
function* computeSteps(
  facts: PortfolioFacts,
  options: DefaultPortfolioServiceOptions['options'],
  now: Date,
): Steps<{ snapshot: PortfolioSnapshot; view: PortfolioView }> {
  const demand = yield* DemandIndex.steps(facts);
  const snapshot = yield* buildSnapshotSteps(facts, options, now);
  const view = yield* PortfolioView.steps(snapshot, demand);
  return { snapshot, view };
}

/**
 * The notifications to the owners of what this run's breaking contract
 * versions reach, when notifications are on.
 */
async function contractChangesToTell(
  deps: DefaultPortfolioServiceOptions,
  versions: NewContractVersion[],
  facts: PortfolioFacts,
  readers: () => Promise<ContractReaders>,
) {
  if (!deps.notifications || !deps.options.notifications.enabled) return [];
  if (!versions.some(v => v.reached.length > 0)) return [];
  const { useCaseOwners } = await readers();
  const productOwners = new Map(facts.dataProducts.map(p => [p.ref, p.owner]));
  return contractChangeNotifications(
    versions,
    ref => useCaseOwners.get(ref) ?? productOwners.get(ref),
  );
}

/**
 * One run of the scheduled task: send what earlier runs left in the
 * notification outbox, read the catalog (and the contracts that changed),
 * compute, store (with example history for scopes without measurements
 * before today, when configured, the notifications telling what changed,
 * and the new contract versions), prune the history, in that
 * order; and what each step took. The caller sends the new notifications
 * once this returns.
 */
export async function computeAndStore(
  deps: DefaultPortfolioServiceOptions,
  startedAt: Date,
  now: () => Date,
  held?: { id: number; view: PortfolioView },
  // Once it fires, the run stops between catalog pages or before storing,
  // throwing its reason, and stores nothing.
  signal?: AbortSignal,
  // The held snapshot's facts with the told changes applied: computed from
  // without reading the catalog (nor contracts, which only a full read
  // diffs).
  patched?: PortfolioFacts,
  // How many told changes `patched` applies, for the run's record.
  changeCount?: number,
): Promise<{
  id: number;
  view: PortfolioView;
  run: RefreshRun;
}> {
  const { store, catalog, auth, options } = deps;
  // What a crash or an outage kept from being sent goes first, even if
  // this run fails.
  await notifyChanges(deps, 'info');
  const clock = () => performance.now();
  const started = clock();
  const previous = await previousForComparison(deps, held);
  const t0 = clock();
  let facts: PortfolioFacts;
  let entitiesWithoutFacts: number | undefined;
  if (patched) {
    facts = patched;
    entitiesWithoutFacts = held?.view.snapshot.entitiesWithoutFacts;
  } else {
    const read = await readCatalogFacts(catalog, auth, {
      signal,
      // Facts that did not change are then held once, not twice.
      held: held?.view.snapshot.facts,
    });
    // In ref order, as patched facts are: both ways compute alike. In
    // slices: the catalog's order is not the refs', and sorting 100,000
    // data products at once held the event loop for 200-500 ms.
    facts = await runInSlices(canonicalFactsSteps(read.facts), signal);
    entitiesWithoutFacts = read.entities - factCount(facts);
  }
  // Who reads which port, read once and only if a breaking contract
  // version needs it.
  let readers: Promise<ContractReaders> | undefined;
  const contractReaders = () =>
    (readers ??= readContractReaders(catalog, auth, signal));
  // The contracts whose etag changed, each new version with its diff and,
  // when breaking, whom it reaches: stored with the snapshot.
  const contracts = patched
    ? undefined
    : await readContractChangesOrNone(
        deps,
        async () => (await contractReaders()).graph,
        startedAt,
        signal,
      );
  const t1 = clock();
  // In slices of the event loop: at 100,000 data products this takes
  // seconds, and the backend answers every plugin's requests meanwhile.
  const { snapshot, view } = await runInSlices(
    computeSteps(facts, options, now()),
    signal,
  );
  // What shows a deletion between full reads (catalogCount.ts).
  if (entitiesWithoutFacts !== undefined) {
    snapshot.entitiesWithoutFacts = entitiesWithoutFacts;
  }
  // Worked out before storing, to be stored with the snapshot: a change is
  // in the outbox exactly when the snapshot that shows it is stored.
  const notifications = previous
    ? await changesToTell(
        deps,
        previous,
        { snapshot, portfolio: view.insight.portfolio },
        signal,
      )
    : [];
  notifications.push(
    ...(await contractChangesToTell(
      deps,
      contracts?.versions ?? [],
      facts,
      contractReaders,
    )),
  );
  const t2 = clock();
  // Only scopes without measurements before today get example points, so
  // they never mix into a history that has measurements of its own.
  let exampleHistory;
  if (options.exampleHistory) {
    const measured = await store.scopesMeasuredBefore(
      dayOf(snapshot.computedAt),
    );
    exampleHistory = await runInSlices(
      buildExampleHistorySteps(
        snapshot,
        options,
        scope => !measured.has(scope),
      ),
      signal,
    );
  }
  // The last point to stop: once saved, the snapshot is whole and served.
  signal?.throwIfAborted();
  const id = await store.saveSnapshot(snapshot, {
    exampleHistory,
    notifications,
    contracts,
  });
  const retentionMs = durationToMilliseconds(options.historyRetention);
  await store.pruneHistory(dayOf(new Date(startedAt.getTime() - retentionMs)));
  const t3 = clock();
  const run: RefreshRun = {
    startedAt: startedAt.toISOString(),
    ...(patched
      ? { read: 'changes' as const, changes: changeCount ?? 0 }
      : { read: 'catalog' as const }),
    readMs: Math.round(t1 - t0),
    computeMs: Math.round(t2 - t1),
    storeMs: Math.round(t3 - t2),
    // With the previous snapshot's loading, when this replica did not
    // hold it (the first run after a start).
    durationMs: Math.round(t3 - started),
    entities: {
      domains: facts.domains.length,
      dataProducts: facts.dataProducts.length,
      useCases: facts.useCases.length,
      capabilities: facts.capabilities.length,
      groups: facts.groups.length,
    },
  };
  return { id, view, run };
}
