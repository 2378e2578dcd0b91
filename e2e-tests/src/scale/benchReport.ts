/*
 * The scale benchmark's summary on stdout, one section per organisation
 * and database, in Markdown for docs/benchmarks.md.
 */
import type { RefreshRun } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { Policy } from './benchConfig';
import type { complementarySearch } from './benchRuns';
import { DefaultCadenceResult, reportDefaultCadence } from './defaultCadence';
import { EventLoopDelay, reportEventLoop } from './eventLoop';
import type { RouteResult } from './routeTiming';
import type { NodeEnv, ScaleDatabase, waitForIngestion } from './scaleBackend';

/** What bench.ts measures on its own backend, for one size and database. */
export interface BenchOneResult {
  dataProducts: number;
  database: ScaleDatabase;
  policy: Policy;
  /** `dataMesh.permissions.cacheTtl` in seconds; undefined: the default. */
  permissionCacheSeconds: number | undefined;
  /** The backends' NODE_OPTIONS (a heap cap), if any. */
  backendHeap: string | null;
  /** The backends' MALLOC_ARENA_MAX, if any. */
  backendArenas: string | null;
  backendNodeEnv: NodeEnv;
  entities: number;
  ingested: Awaited<ReturnType<typeof waitForIngestion>>;
  /** The catalog streaming floor: the fastest of three. */
  floorMs: number;
  /** The fastest of three recomputes, as `/status` records it. */
  recompute: RefreshRun;
  /** `recompute.durationMs / floorMs`. */
  ratio: number;
  recomputePeakRssMiB: number;
  rssBeforeRecomputeMiB: number;
  complementarySearch: Awaited<ReturnType<typeof complementarySearch>>;
  ingestionPeakRssMiB: number;
  routes: RouteResult[];
  eventLoop: {
    recompute: EventLoopDelay;
    complementarySearch: EventLoopDelay;
    routes: EventLoopDelay;
  };
}

function kib(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** One organisation's and database's figures as the summary's section. */
export function report(
  result: BenchOneResult & {
    defaultCadence: DefaultCadenceResult | null;
  },
) {
  const cadence = result.defaultCadence;
  const r = result.recompute;
  const lines = [
    `### ${result.dataProducts.toLocaleString(
      'en',
    )} data products (${result.entities.toLocaleString('en')} entities) on ${
      result.database
    }`,
    '',
    `Policy: ${result.policy}; permission decisions reused for ${
      result.permissionCacheSeconds === undefined
        ? 'the default time'
        : `${result.permissionCacheSeconds} s`
    }.`,
    `Ingested: ${result.ingested.dataProducts} data products, ${result.ingested.useCases} use cases.`,
    `Backend heap: ${
      result.backendHeap ?? "V8's default for this machine's memory"
    }; allocator: ${
      result.backendArenas
        ? `MALLOC_ARENA_MAX=${result.backendArenas}`
        : "glibc's default arenas"
    }; NODE_ENV=${result.backendNodeEnv ?? 'development'}.`,
    `Catalog streaming floor ${result.floorMs} ms; recompute ${
      r.durationMs
    } ms (read ${r.readMs}, compute ${r.computeMs}, store ${
      r.storeMs
    }); ratio ${result.ratio.toFixed(2)}.`,
    `Backend peak RSS while recomputing: ${result.recomputePeakRssMiB.toFixed(
      0,
    )} MiB (resident before it: ${result.rssBeforeRecomputeMiB.toFixed(
      0,
    )} MiB; from start to the end of ingestion: ${result.ingestionPeakRssMiB.toFixed(
      0,
    )} MiB).`,
    `Complementary search (its own scheduled task, over ${
      r.entities.useCases
    } use cases): ${result.complementarySearch.search.durationMs} ms, ${
      result.complementarySearch.search.pairsFound
    } pairs found; backend peak RSS meanwhile ${result.complementarySearch.peakRssMiB.toFixed(
      0,
    )} MiB (resident before it: ${result.complementarySearch.rssBeforeMiB.toFixed(
      0,
    )} MiB).`,
    '',
    '| route | largest answer | p50 / p99 sequential (ms) | p50 / p99 with 50 clients (ms) |',
    '| --- | --: | --: | --: |',
    ...result.routes.map(
      x =>
        `| ${x.name} | ${kib(x.maxBytes)} | ${x.sequential.p50.toFixed(
          1,
        )} / ${x.sequential.p99.toFixed(1)} | ${x.concurrent.p50.toFixed(
          1,
        )} / ${x.concurrent.p99.toFixed(1)} |`,
    ),
    '',
    ...reportEventLoop([
      ['recompute (worst of 3 runs)', result.eventLoop.recompute],
      ['complementary search', result.eventLoop.complementarySearch],
      ['route timings', result.eventLoop.routes],
      ['snapshot load after restart', cadence?.snapshotLoad.eventLoop],
      ['lag phase', cadence?.lag?.eventLoop],
      ['routes while changes apply', cadence?.routesWhileChanging?.eventLoop],
      ['idle, with the plugin', cadence?.idle?.withPlugin.eventLoop],
      [
        'idle, without the plugin',
        cadence?.idle && 'eventLoop' in cadence.idle.baseline
          ? cadence.idle.baseline.eventLoop
          : undefined,
      ],
    ]),
    '',
    ...(cadence ? [...reportDefaultCadence(cadence), ''] : []),
  ];
  return lines.join('\n');
}
