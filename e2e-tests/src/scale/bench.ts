/*
 * The scale benchmark: deterministic organisations loaded into the real
 * backend through file locations, on SQLite and PostgreSQL, measured as a
 * signed-in user. Prints, per organisation and database:
 * - the catalog streaming floor (the recompute's own read, done alone) and
 *   the recompute's time and parts, with their ratio;
 * - the backend's peak RSS while recomputing;
 * - p50/p99 of every route for the guest user, sequentially and with 50
 *   concurrent clients, and the largest answer;
 * - the backend's event-loop delay (p99, max) in each phase, read by a
 *   probe the backend process loads (eventLoopProbe.cjs);
 * - then, restarted with the plugin's default cadence (defaultCadence.ts):
 *   the first answer after the restart, the lag from a catalog file edit to
 *   the portfolio's answers (lag.ts), routes timed while catalog edits
 *   keep being applied (routesWhileChanging.ts), and the backend's CPU
 *   and memory while idle, with and without the data-mesh backend plugin
 *   (idle.ts).
 *
 *   yarn bench:scale [--sizes 1000,10000,100000] [--databases sqlite,postgres]
 *                    [--policy restricted|allow-all]
 *                    [--permission-cache-seconds N]
 *                    [--lag-edits N] [--idle-seconds N]
 *                    [--changing-routes N]
 *                    [--lag-processing-seconds N]
 *                    [--backend-heap-mib N] [--malloc-arena-max N]
 *                    [--node-env development|production]
 *
 * `restricted` (default) is the portal's policy: reads of restricted
 * entities depend on the entity, so the API checks the refs it names.
 * `allow-all` makes every read decision unconditional.
 * `--permission-cache-seconds` sets how long the API reuses a caller's
 * permission decisions (`dataMesh.permissions.cacheTtl`; 0 asks on every
 * request); without it, the plugin's default.
 * `--lag-edits` (default 20; 0 skips the lag phase) edits, one at a time;
 * `--idle-seconds` (default 600; 0 skips the idle windows) is the length of
 * each idle window; `--changing-routes` (default 60; 0 skips the phase) is
 * the least length, in seconds, of the window that times routes while
 * edits apply; `--lag-processing-seconds` (default 30) is the
 * catalog's processing interval after the restart, lowered from the
 * benchmark's day so that the catalog reads edited files again.
 * `--backend-heap-mib` caps every backend's V8 heap
 * (`--max-old-space-size`), as a portal in a container of 1 GB would; by
 * default V8 sizes the heap from this machine's memory, and collects
 * lazily while it has room. `--malloc-arena-max` sets glibc's
 * `MALLOC_ARENA_MAX` for every backend, to tell the C allocator's share
 * of the resident size from V8's (at 100k it made no difference:
 * docs/benchmarks.md). `--node-env` (default development, as `yarn
 * start`) is every backend's NODE_ENV: in production Backstage answers
 * compact JSON where development indents it, and logs JSON lines.
 *
 * By default 1k and 10k on both databases and 100k on PostgreSQL.
 * Databases are kept under .bench/ (SQLite) or as dm_scale_<size>_<layout>_*
 * (PostgreSQL), so a size is ingested once.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { RefreshRun } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { Policy, benchConfig } from './benchConfig';
import { BenchOneResult, report } from './benchReport';
import { complementarySearch, recompute, streamFloorMs } from './benchRuns';
import { benchDefaultCadence } from './defaultCadence';
import {
  EVENT_LOOP_PROBE_MODULE,
  EventLoopDelay,
  EventLoopProbe,
  worstOf,
} from './eventLoop';
import { scaleDataDir } from './organisationFiles';
import { peakRssMiB } from './procStats';
import { RouteResult, timeRoute } from './routeTiming';
import { scaleRoutes } from './routes';
import {
  NODE_ENVS,
  NO_RESTART_ON_EDIT_MODULE,
  NodeEnv,
  ScaleDatabase,
  startScaleBackend,
  waitForIngestion,
} from './scaleBackend';
import { E2E_PORTS } from '../ports';

function argument(name: string, fallback: string) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

/** A whole number of at least 0 given as `--name N`, or `fallback`. */
function countArgument(name: string, fallback: number): number {
  const text = argument(name, String(fallback));
  const value = Number(text);
  if (
    text === undefined ||
    !/^\d+$/.test(text) ||
    !Number.isSafeInteger(value)
  ) {
    throw new Error(
      `--${name} must be a whole number of at least 0; got ${JSON.stringify(
        text,
      )}`,
    );
  }
  return value;
}

const log = (line: string) =>
  process.stderr.write(`[bench ${new Date().toISOString()}] ${line}\n`);

async function benchOne(
  dataProducts: number,
  database: ScaleDatabase,
  policy: Policy,
  permissionCacheSeconds: number | undefined,
  backendEnv: Record<string, string>,
  nodeEnv: NodeEnv,
): Promise<BenchOneResult> {
  log(
    `${dataProducts} data products on ${database}, ${policy} policy: starting the backend`,
  );
  const probe = EventLoopProbe.create();
  const backend = await startScaleBackend({
    dataProducts,
    database,
    port: E2E_PORTS.scaleBenchmark.backend,
    extraConfig: benchConfig(policy, permissionCacheSeconds),
    require: [NO_RESTART_ON_EDIT_MODULE, EVENT_LOOP_PROBE_MODULE],
    env: { ...probe.env, ...backendEnv },
    nodeEnv,
  });
  try {
    const startPid = backend.serverPid();
    await probe.attach(startPid);
    const ingested = await waitForIngestion(backend, log);
    const token = await backend.getGuestToken();

    const ingestionPeakRssMiB = startPid ? peakRssMiB(startPid) : NaN;
    const floors: number[] = [];
    const runs: Array<{
      run: RefreshRun;
      rssBeforeMiB: number;
      peakRssMiB: number;
    }> = [];
    const recomputeLoops: EventLoopDelay[] = [];
    for (let i = 0; i < 3; i++) {
      floors.push(await streamFloorMs(backend, log));
      const timed = await probe.phase(() => recompute(backend, token));
      runs.push(timed.result);
      recomputeLoops.push(timed.eventLoop);
      // Each run's own event loop too: the table keeps only the worst.
      log(
        `run ${i + 1}: ${JSON.stringify({
          ...runs[i],
          eventLoop: timed.eventLoop,
        })}`,
      );
    }
    // After the recomputes: the newest snapshot has not been searched yet.
    const searched = await probe.phase(() =>
      complementarySearch(backend, token),
    );
    const search = searched.result;
    log(`complementary search: ${JSON.stringify(search)}`);
    const floorMs = Math.min(...floors);
    const best = runs.reduce((a, b) =>
      a.run.durationMs <= b.run.durationMs ? a : b,
    );

    const routes: RouteResult[] = [];
    const timedRoutes = await probe.phase(async () => {
      for (const route of scaleRoutes()) {
        routes.push(
          await timeRoute(
            backend,
            token,
            route,
            // Under allow-all the guest may read everything.
            policy === 'restricted'
              ? backend.organisation.restrictedRefs
              : new Set(),
          ),
        );
        log(`${route.name}: ${JSON.stringify(routes.at(-1))}`);
      }
    });
    return {
      dataProducts,
      database,
      policy,
      permissionCacheSeconds,
      backendHeap: backendEnv.NODE_OPTIONS ?? null,
      backendArenas: backendEnv.MALLOC_ARENA_MAX ?? null,
      backendNodeEnv: nodeEnv,
      entities: backend.organisation.entities,
      ingested,
      floorMs: Math.round(floorMs),
      recompute: best.run,
      ratio: best.run.durationMs / floorMs,
      recomputePeakRssMiB: Math.max(...runs.map(r => r.peakRssMiB)),
      rssBeforeRecomputeMiB: Math.max(...runs.map(r => r.rssBeforeMiB)),
      complementarySearch: search,
      ingestionPeakRssMiB,
      routes,
      eventLoop: {
        recompute: worstOf(recomputeLoops),
        complementarySearch: searched.eventLoop,
        routes: timedRoutes.eventLoop,
      },
    };
  } catch (error) {
    // What the backend said last usually tells why (it stopped, say).
    log(`backend output, last lines:\n${backend.output().slice(-4000)}`);
    log(`cause: ${String((error as Error).cause ?? 'none')}`);
    throw error;
  } finally {
    await backend.stop();
    probe.dispose();
  }
}

async function main() {
  const sizes = argument('sizes', '1000,10000,100000').split(',').map(Number);
  const databases = argument('databases', 'sqlite,postgres').split(
    ',',
  ) as ScaleDatabase[];
  const explicit = process.argv.includes('--sizes');
  const policy = argument('policy', 'restricted') as Policy;
  const cacheArgument = argument('permission-cache-seconds', '');
  const permissionCacheSeconds =
    cacheArgument === '' ? undefined : Number(cacheArgument);
  const lagEdits = countArgument('lag-edits', 20);
  const idleSeconds = countArgument('idle-seconds', 600);
  const changingRoutesSeconds = countArgument('changing-routes', 60);
  const processingSeconds = countArgument('lag-processing-seconds', 30);
  if (processingSeconds === 0) {
    throw new Error('--lag-processing-seconds must be at least 1; got 0');
  }
  const nodeEnv = argument('node-env', 'development') as NodeEnv;
  if (!NODE_ENVS.includes(nodeEnv)) {
    throw new Error(
      `--node-env must be one of ${NODE_ENVS.join(', ')}; got "${nodeEnv}"`,
    );
  }
  const heapMib = countArgument('backend-heap-mib', 0);
  const arenas = countArgument('malloc-arena-max', 0);
  // The CLI and yarn around the backend take them too, and need far less.
  const backendEnv: Record<string, string> = {
    ...(heapMib > 0 && { NODE_OPTIONS: `--max-old-space-size=${heapMib}` }),
    ...(arenas > 0 && { MALLOC_ARENA_MAX: String(arenas) }),
  };
  const machine = `${os.cpus().length} × ${os
    .cpus()[0]
    ?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${
    process.versions.node
  }, ${new Date().toISOString().slice(0, 10)}`;
  process.stdout.write(`Machine: ${machine}\n\n`);
  fs.mkdirSync(scaleDataDir, { recursive: true });
  for (const size of sizes) {
    for (const database of databases) {
      // 100k on SQLite takes an extra hour of ingestion; only on request.
      if (size >= 100_000 && database === 'sqlite' && !explicit) continue;
      const result = await benchOne(
        size,
        database,
        policy,
        permissionCacheSeconds,
        backendEnv,
        nodeEnv,
      );
      const defaultCadence =
        lagEdits > 0 || idleSeconds > 0 || changingRoutesSeconds > 0
          ? await benchDefaultCadence({
              dataProducts: size,
              database,
              config: benchConfig(policy, permissionCacheSeconds),
              lagEdits,
              changingRoutesSeconds,
              policy,
              idleSeconds,
              processingSeconds,
              backendEnv,
              nodeEnv,
              log,
            })
          : null;
      const cacheSuffix =
        permissionCacheSeconds === undefined
          ? ''
          : `-cache${permissionCacheSeconds}`;
      const heapSuffix = `${heapMib > 0 ? `-heap${heapMib}` : ''}${
        arenas > 0 ? `-arenas${arenas}` : ''
      }${nodeEnv === 'production' ? '-production' : ''}`;
      fs.writeFileSync(
        path.join(
          scaleDataDir,
          `result-${size}-${database}-${policy}${cacheSuffix}${heapSuffix}.json`,
        ),
        JSON.stringify({ machine, ...result, defaultCadence }, null, 2),
      );
      process.stdout.write(`${report({ ...result, defaultCadence })}\n`);
    }
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
