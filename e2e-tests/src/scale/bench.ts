/*
 * The scale benchmark: deterministic organisations loaded into the real
 * backend through file locations, on SQLite and PostgreSQL, measured as a
 * signed-in user. Prints, per organisation and database:
 * - the catalog streaming floor (the recompute's own read, done alone) and
 *   the recompute's time and parts, with their ratio;
 * - the backend's peak RSS while recomputing;
 * - p50/p99 of every route for the guest user, sequentially and with 50
 *   concurrent clients, and the largest answer.
 *
 *   yarn bench:scale [--sizes 1000,10000,100000] [--databases sqlite,postgres]
 *                    [--policy restricted|allow-all]
 *                    [--permission-cache-seconds N]
 *
 * `restricted` (default) is the portal's policy: reads of restricted
 * entities depend on the entity, so the API checks the refs it names.
 * `allow-all` makes every read decision unconditional.
 * `--permission-cache-seconds` sets how long the API reuses a caller's
 * permission decisions (`dataMesh.permissions.cacheTtl`; 0 asks on every
 * request); without it, the plugin's default.
 *
 * By default 1k and 10k on both databases and 100k on PostgreSQL.
 * Databases are kept under .bench/ (SQLite) or as dm_scale_<size>_*
 * (PostgreSQL), so a size is ingested once.
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { CatalogClient } from '@backstage/catalog-client';
import {
  PORTFOLIO_ENTITY_FIELDS,
  PORTFOLIO_ENTITY_KINDS,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { scaleDataDir } from './organisationFiles';
import { ScaleRoute, scaleRoutes, unreadableNamed } from './routes';
import {
  SCALE_SERVICE_TOKEN,
  ScaleBackend,
  ScaleDatabase,
  startScaleBackend,
  waitForIngestion,
} from './scaleBackend';
import { E2E_PORTS } from '../ports';

const SEQUENTIAL_REQUESTS = 200;
const CONCURRENT_CLIENTS = 50;
const CONCURRENT_REQUESTS_PER_CLIENT = 10;

function argument(name: string, fallback: string) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

const log = (line: string) =>
  process.stderr.write(`[bench ${new Date().toISOString()}] ${line}\n`);

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function kib(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Peak resident memory of a process, in MiB, since it started or was reset. */
function peakRssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** A process's resident memory now (Linux). */
function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** Resets a process's peak resident memory to its current size (Linux). */
function resetPeakRss(pid: number) {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/**
 * Streams what the recompute reads, the way it reads it: Backstage's catalog
 * client, pages of 500, the same kinds and field projection, as a service.
 */
async function streamFloorMs(backend: ScaleBackend): Promise<number> {
  const catalog = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => `${backend.baseUrl}/api/catalog` },
  });
  const started = performance.now();
  let items = 0;
  for await (const page of catalog.streamEntities(
    {
      filter: { kind: PORTFOLIO_ENTITY_KINDS },
      fields: PORTFOLIO_ENTITY_FIELDS,
      pageSize: 500,
    },
    { token: SCALE_SERVICE_TOKEN },
  )) {
    items += page.length;
  }
  log(`streamed ${items} entities`);
  return performance.now() - started;
}

async function api(
  backend: ScaleBackend,
  token: string,
  route: string,
  init?: RequestInit,
) {
  const res = await fetch(`${backend.baseUrl}/api/data-mesh${route}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), text };
}

/** Triggers a recompute and waits for it; returns the run and peak RSS. */
async function recompute(backend: ScaleBackend, token: string) {
  const before = JSON.parse((await api(backend, token, '/status')).text);
  const pid = backend.serverPid();
  // The peak starts from what the backend holds already (the catalog,
  // search's index, the loaded snapshot), so that is printed too.
  const rssBeforeMiB = pid ? rssMiB(pid) : NaN;
  if (pid) resetPeakRss(pid);
  const triggered = await api(backend, token, '/refresh', { method: 'POST' });
  if (triggered.status !== 202) {
    throw new Error(`refresh answered ${triggered.status}: ${triggered.text}`);
  }
  for (;;) {
    await sleep(250);
    const status = JSON.parse((await api(backend, token, '/status')).text);
    if (status.lastSuccessAt && status.lastSuccessAt !== before.lastSuccessAt) {
      return {
        run: status.lastRun,
        rssBeforeMiB,
        peakRssMiB: pid ? peakRssMiB(pid) : NaN,
      };
    }
    if (status.lastAttemptAt !== before.lastAttemptAt && status.lastError) {
      throw new Error(`recompute failed: ${status.lastError}`);
    }
  }
}

/**
 * Runs the complementary search (its own scheduled task, triggered through
 * the scheduler's API as a service) and waits for it to be stored: what it
 * took, as the backend reports it, and the backend's peak RSS meanwhile.
 */
async function complementarySearch(backend: ScaleBackend, token: string) {
  const before = JSON.parse((await api(backend, token, '/status')).text)
    .complementarySearch?.searchedAt;
  const pid = backend.serverPid();
  const rssBeforeMiB = pid ? rssMiB(pid) : NaN;
  if (pid) resetPeakRss(pid);
  const triggered = await api(
    backend,
    SCALE_SERVICE_TOKEN,
    '/.backstage/scheduler/v1/tasks/data-mesh-complementary-search/trigger',
    { method: 'POST' },
  );
  // 409: the first recompute asked for a search that is still running.
  if (triggered.status !== 200 && triggered.status !== 409) {
    throw new Error(`trigger answered ${triggered.status}: ${triggered.text}`);
  }
  for (;;) {
    await sleep(250);
    const search = JSON.parse(
      (await api(backend, token, '/status')).text,
    ).complementarySearch;
    if (search && search.searchedAt !== before) {
      return {
        search,
        rssBeforeMiB,
        peakRssMiB: pid ? peakRssMiB(pid) : NaN,
      };
    }
  }
}

interface RouteResult {
  name: string;
  status: number;
  maxBytes: number;
  sequential: { p50: number; p99: number };
  concurrent: { p50: number; p99: number };
}

async function timeRoute(
  backend: ScaleBackend,
  token: string,
  route: ScaleRoute,
  restricted: Set<string>,
): Promise<RouteResult> {
  const once = async () => {
    const started = performance.now();
    const res = await api(backend, token, route.path);
    if (res.status !== 200) {
      throw new Error(
        `${route.path} answered ${res.status}: ${res.text.slice(0, 300)}`,
      );
    }
    return { ms: performance.now() - started, bytes: res.bytes };
  };
  const first = await api(backend, token, route.path);
  const named = unreadableNamed(first.text, restricted);
  if (named.length) {
    throw new Error(
      `${route.path} names entities the user may not read: ${named}`,
    );
  }
  // Warm up, with as many connections as the concurrent clients will use:
  // what is measured is steady traffic, not opening fifty sockets.
  for (let i = 0; i < 5; i++) await once();
  await Promise.all(Array.from({ length: CONCURRENT_CLIENTS }, once));
  const sequential: number[] = [];
  let maxBytes = 0;
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
    const { ms, bytes } = await once();
    sequential.push(ms);
    maxBytes = Math.max(maxBytes, bytes);
  }
  const concurrent: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENT_CLIENTS }, async () => {
      for (let i = 0; i < CONCURRENT_REQUESTS_PER_CLIENT; i++) {
        concurrent.push((await once()).ms);
      }
    }),
  );
  return {
    name: route.name,
    status: 200,
    maxBytes,
    sequential: {
      p50: percentile(sequential, 0.5),
      p99: percentile(sequential, 0.99),
    },
    concurrent: {
      p50: percentile(concurrent, 0.5),
      p99: percentile(concurrent, 0.99),
    },
  };
}

type Policy = 'restricted' | 'allow-all';

async function benchOne(
  dataProducts: number,
  database: ScaleDatabase,
  policy: Policy,
  permissionCacheSeconds: number | undefined,
) {
  log(
    `${dataProducts} data products on ${database}, ${policy} policy: starting the backend`,
  );
  const backend = await startScaleBackend({
    dataProducts,
    database,
    port: E2E_PORTS.scaleBenchmark.backend,
    extraConfig: {
      ...(policy === 'allow-all'
        ? { portal: { permissions: { allowAll: true } } }
        : {}),
      // Search indexing is another plugin's work: it streams the whole
      // catalog every 10 minutes, which would land in the timed window at
      // random. Kept out of the run (it would start after a day).
      search: {
        collators: {
          catalog: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 15 },
              initialDelay: { hours: 24 },
            },
          },
        },
      },
      // After the first run at start-up, recomputes only when the benchmark
      // asks. (The scheduler ignores triggers during the initial delay.)
      dataMesh: {
        schedule: {
          frequency: { hours: 24 },
          initialDelay: { seconds: 1 },
          timeout: { minutes: 30 },
        },
        // The local config seeds example history for demonstrations; the
        // plugin's default, and production's, is none. On the day a
        // portal starts, every recompute would rewrite a year of points
        // per scope, which is not what an adopter's recompute costs.
        exampleHistory: false,
        // Searched once, when the benchmark asks, so that no search runs
        // while anything else is timed.
        complementary: {
          schedule: {
            frequency: { trigger: 'manual' },
            initialDelay: { seconds: 1 },
          },
        },
        ...(permissionCacheSeconds === undefined
          ? {}
          : {
              permissions: { cacheTtl: { seconds: permissionCacheSeconds } },
            }),
      },
    },
  });
  try {
    const ingested = await waitForIngestion(backend, log);
    const token = await backend.getGuestToken();

    const startPid = backend.serverPid();
    const ingestionPeakRssMiB = startPid ? peakRssMiB(startPid) : NaN;
    const floors: number[] = [];
    const runs: Array<{ run: any; rssBeforeMiB: number; peakRssMiB: number }> =
      [];
    for (let i = 0; i < 3; i++) {
      floors.push(await streamFloorMs(backend));
      runs.push(await recompute(backend, token));
      log(`run ${i + 1}: ${JSON.stringify(runs[i])}`);
    }
    // After the recomputes: the newest snapshot has not been searched yet.
    const search = await complementarySearch(backend, token);
    log(`complementary search: ${JSON.stringify(search)}`);
    const floorMs = Math.min(...floors);
    const best = runs.reduce((a, b) =>
      a.run.durationMs <= b.run.durationMs ? a : b,
    );

    const routes: RouteResult[] = [];
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
    return {
      dataProducts,
      database,
      policy,
      permissionCacheSeconds,
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
    };
  } catch (error) {
    // What the backend said last usually tells why (it stopped, say).
    log(`backend output, last lines:\n${backend.output().slice(-4000)}`);
    log(`cause: ${String((error as Error).cause ?? 'none')}`);
    throw error;
  } finally {
    await backend.stop();
  }
}

function report(result: Awaited<ReturnType<typeof benchOne>>) {
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
  ];
  return lines.join('\n');
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
      );
      const cacheSuffix =
        permissionCacheSeconds === undefined
          ? ''
          : `-cache${permissionCacheSeconds}`;
      fs.writeFileSync(
        path.join(
          scaleDataDir,
          `result-${size}-${database}-${policy}${cacheSuffix}.json`,
        ),
        JSON.stringify({ machine, ...result }, null, 2),
      );
      process.stdout.write(`${report(result)}\n`);
    }
  }
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
