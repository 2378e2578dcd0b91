/*
 * The backend's event-loop delay while it computes, stores, loads and
 * searches a portfolio, in process: the backend plugin's own steps
 * (putting a full read's facts in ref order, DemandIndex, the assessments,
 * the view, the stored snapshot's text, the complementary search, whose
 * join runs in a worker thread) run in its
 * slices over a synthetic organisation, with Node's event-loop delay
 * histogram sampling every 10 ms, as the scale benchmark's probe does. No
 * catalog and no database: what it measures is the plugin's share of the
 * delay, at sizes whose ingestion into a real catalog takes hours here.
 * `yarn bench:scale` measures the whole backend.
 *
 *   yarn bench:event-loop [data products, comma-separated]
 */
import {
  PerformanceEntry,
  PerformanceObserver,
  constants,
  monitorEventLoopDelay,
} from 'node:perf_hooks';
import { ConfigReader } from '@backstage/config';
import {
  DemandIndex,
  PortfolioFacts,
  canonicalFactsSteps,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { runInSlices } from '../eventLoop/slices';
import { readDataMeshBackendOptions } from '../config';
import { buildSnapshotSteps } from '../refresh/snapshot';
import { PortfolioView } from '../reads/PortfolioView';
import { searchComplementaryUseCases } from '../refresh/complementarySearch';
import {
  readSnapshotTextSteps,
  snapshotTextSteps,
} from '../store/snapshotPayload';
import {
  organisationSize,
  seededRandom,
  syntheticOrganisation,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';

const RESOLUTION_MS = 10;
const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const options = readDataMeshBackendOptions(new ConfigReader({}));

interface Phase {
  name: string;
  ms: number;
  cpuMs: number;
  p99Ms: number;
  maxMs: number;
  peakRssMiB: number;
  /** Full (mark-compact) collections that ended in the phase. */
  fullCollections: number;
  /** The longest collection's pause, in ms (0 without any). */
  longestCollectionMs: number;
}

/** What Node says of a garbage collection (its kind, as a constant). */
interface GcDetail {
  kind?: number;
}

/** Runs `work`, with the event loop's delay and the process's RSS watched. */
async function phase<T>(
  name: string,
  work: () => Promise<T>,
  phases: Phase[],
): Promise<T> {
  global.gc?.();
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let peakRss = process.memoryUsage().rss;
  const rss = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  // A collection's pause holds the loop like any task: the longest one
  // tells whether the phase's longest delay was the collector's.
  let fullCollections = 0;
  let longestCollectionMs = 0;
  // Node puts the collection's kind in `detail`, which the types leave out.
  const count = (entries: PerformanceEntry[]) => {
    for (const entry of entries) {
      const { detail } = entry as PerformanceEntry & { detail?: GcDetail };
      const kind = detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections++;
      longestCollectionMs = Math.max(longestCollectionMs, entry.duration);
    }
  };
  const collections = new PerformanceObserver(list => count(list.getEntries()));
  collections.observe({ type: 'gc' });
  histogram.enable();
  // Its first sample only starts the clock: a task that began the phase
  // would not be counted without one before it.
  await new Promise(resolve => setTimeout(resolve, 2 * RESOLUTION_MS));
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  // The delay is sampled when the due timer runs at last: after a task
  // that ends the phase, that is only once the loop turns again.
  await new Promise(resolve => setTimeout(resolve, 2 * RESOLUTION_MS));
  histogram.disable();
  clearInterval(rss);
  // Entries still queued are delivered on a later tick: take them now.
  count(collections.takeRecords());
  collections.disconnect();
  const { user, system } = process.cpuUsage(cpu);
  // Each sample includes the sampling interval: what came on top of it
  // is the time a due timer could not run.
  const beyond = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  phases.push({
    name,
    ms,
    cpuMs: (user + system) / 1e3,
    p99Ms: histogram.count ? beyond(histogram.percentile(99)) : 0,
    maxMs: histogram.count ? beyond(histogram.max) : 0,
    peakRssMiB: peakRss / 2 ** 20,
    fullCollections,
    longestCollectionMs,
  });
  return result;
}

/**
 * Each list of `facts` in an order of its own, as the catalog streams its
 * entities (by their uids), the same for every run.
 */
function inCatalogOrder(facts: PortfolioFacts): PortfolioFacts {
  const random = seededRandom(7);
  const shuffle = <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return {
    domains: shuffle(facts.domains),
    dataProducts: shuffle(facts.dataProducts),
    useCases: shuffle(facts.useCases),
    capabilities: shuffle(facts.capabilities),
    groups: shuffle(facts.groups),
    apis: shuffle(facts.apis ?? []),
  };
}

async function measure(dataProducts: number): Promise<Phase[]> {
  const read = inCatalogOrder(
    factsFromEntities(syntheticOrganisation(organisationSize(dataProducts))),
  );
  const phases: Phase[] = [];
  const facts = await phase(
    "read: the catalog's order into ref order",
    () => runInSlices(canonicalFactsSteps(read)),
    phases,
  );
  const view = await phase(
    'compute (demand, assessments, view)',
    async () => {
      const demand = await runInSlices(DemandIndex.steps(facts));
      const snapshot = await runInSlices(
        buildSnapshotSteps(facts, options, new Date()),
      );
      return PortfolioView.build(snapshot, demand);
    },
    phases,
  );
  const text = await phase(
    'store: write the snapshot as text',
    () => runInSlices(snapshotTextSteps(view.snapshot)),
    phases,
  );
  await phase(
    'load: read the text and index it',
    async () =>
      PortfolioView.build((await runInSlices(readSnapshotTextSteps(text)))!),
    phases,
  );
  await phase(
    'complementary search',
    () => searchComplementaryUseCases(1, view, { now: () => new Date() }),
    phases,
  );
  return phases;
}

async function main() {
  process.stdout.write(
    `Node ${process.version}; event-loop delay beyond a ${RESOLUTION_MS} ms sampling interval\n`,
  );
  for (const size of sizes) {
    const phases = await measure(size);
    process.stdout.write(
      `\n${size} data products\n\n| phase | wall (ms) | CPU (ms) | delay p99 (ms) | delay max (ms) | peak RSS (MiB) | full collections | longest collection (ms) |\n| --- | --: | --: | --: | --: | --: | --: | --: |\n`,
    );
    for (const p of phases) {
      process.stdout.write(
        `| ${p.name} | ${p.ms.toFixed(0)} | ${p.cpuMs.toFixed(
          0,
        )} | ${p.p99Ms.toFixed(1)} | ${p.maxMs.toFixed(
          1,
        )} | ${p.peakRssMiB.toFixed(0)} | ${
          p.fullCollections
        } | ${p.longestCollectionMs.toFixed(1)} |\n`,
      );
    }
  }
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
