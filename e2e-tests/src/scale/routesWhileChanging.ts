/*
 * Routes while changes apply: the guest's pages asked while the portfolio
 * follows catalog edits. Every few seconds a data product's catalog file is
 * edited in the background and pushed to the catalog, as lag.ts does, so
 * the backend keeps patching and storing snapshots from told changes;
 * meanwhile the teams view is timed sequentially and with 50 clients, and
 * every route of routes.ts is asked and checked. `/status` is polled to
 * count the snapshots stored while timing: without them, the figures would
 * be those of a quiet backend. The figures are worked out in
 * routesWhileChangingFigures.ts.
 */
import { api } from './benchRuns';
import {
  addRequiredCapability,
  readableProducts,
  refreshLocationOf,
} from './catalogEdits';
import type { EventLoopProbe } from './eventLoop';
import { LAG_LIMIT_MS, restoreOrganisation } from './lag';
import { writeOrganisationFiles } from './organisationFiles';
import { scaleRoutes, unreadableNamed } from './routes';
import {
  ANSWER_LIMIT_BYTES,
  LastRun,
  RouteCheck,
  RoutesWhileChangingResult,
  computedAtOf,
  latencyOf,
  runsStored,
} from './routesWhileChangingFigures';
import type { ScaleBackend } from './scaleBackend';

/** The teams view's name in routes.ts: the capabilities page as the UI asks. */
export const TEAMS_VIEW = 'capabilities (teams, as the page asks)';

/** Time between the starts of two background edits. */
export const EDIT_INTERVAL_MS = 3000;

/**
 * The data products edited in turn. A fixed set, so that the restore
 * afterwards knows which to wait for whatever the number of edits.
 */
const EDITED_PRODUCTS = 20;
const SEQUENTIAL_REQUESTS = 200;
const CONCURRENT_CLIENTS = 50;
const REQUESTS_PER_CLIENT = 20;
const STATUS_POLL_MS = 1000;

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Edits one product's file every {@link EDIT_INTERVAL_MS} until stopped. */
function startEditing(backend: ScaleBackend, log: (line: string) => void) {
  // A new name on every edit (lag- as lag.ts names them, which the restore
  // looks for): each edit is a change the portfolio has not seen.
  const run = Date.now().toString(36);
  const products = readableProducts(backend.organisation, EDITED_PRODUCTS);
  const counts = { made: 0, failed: 0 };
  const files = new Set<string>();
  let stopped = false;
  const done = (async () => {
    for (let k = 0; !stopped; k++) {
      const tick = performance.now();
      try {
        const file = addRequiredCapability(
          backend.organisation.files,
          products[k % products.length],
          `lag-${run}-busy-${k}`,
        );
        files.add(file);
        await refreshLocationOf(backend, file);
        counts.made++;
      } catch (error) {
        // A failed edit is counted and reported; the timing goes on.
        counts.failed++;
        log(`background edit ${k + 1} failed: ${(error as Error).message}`);
      }
      await sleep(Math.max(0, EDIT_INTERVAL_MS - (performance.now() - tick)));
    }
  })();
  return {
    counts,
    files,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

/** Polls `/status` every {@link STATUS_POLL_MS}, keeping each `lastRun`. */
function startPolling(backend: ScaleBackend, token: string) {
  const observed: Array<LastRun | null> = [];
  let stopped = false;
  const poll = async () => {
    const res = await api(backend, token, '/status');
    // A failed poll loses nothing: the next one sees the newest run.
    if (res.status === 200) observed.push(JSON.parse(res.text).lastRun);
  };
  const done = (async () => {
    while (!stopped) {
      await poll().catch(() => undefined);
      await sleep(STATUS_POLL_MS);
    }
  })();
  return {
    observed,
    poll,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

/** One request's time, status, size and text; a failure is status 0. */
async function ask(backend: ScaleBackend, token: string, path: string) {
  const started = performance.now();
  try {
    const res = await api(backend, token, path);
    return { ...res, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, bytes: 0, text: String(error), ms: NaN };
  }
}

/**
 * Asks `check`'s route once and notes its size, its time and what is wrong
 * with the answer (each problem once, however many rounds have it).
 */
async function checkRoute(
  backend: ScaleBackend,
  token: string,
  check: RouteCheck,
  restricted: Set<string>,
) {
  const res = await ask(backend, token, check.path);
  check.answers++;
  check.largestBytes = Math.max(check.largestBytes, res.bytes);
  if (res.status === 200) check.slowestMs = Math.max(check.slowestMs, res.ms);
  const problems = [
    ...(res.status === 200
      ? []
      : [`answered ${res.status}: ${res.text.slice(0, 200)}`]),
    ...(res.bytes > ANSWER_LIMIT_BYTES ? [`${res.bytes} bytes`] : []),
    ...unreadableNamed(res.text, restricted).map(ref => `named ${ref}`),
  ];
  for (const problem of problems) {
    if (!check.problems.includes(problem)) check.problems.push(problem);
  }
}

/**
 * Puts the edited files back as generated, pushes them to the catalog, and
 * waits until the catalog and the portfolio no longer show the edits
 * (lag.ts), so that later phases and runs see the organisation generated.
 */
async function restore(
  backend: ScaleBackend,
  token: string,
  files: Set<string>,
  log: (line: string) => void,
) {
  writeOrganisationFiles(backend.organisation.dataProducts);
  for (const file of files) {
    await refreshLocationOf(backend, file).catch(error =>
      log(`refreshing ${file} failed: ${(error as Error).message}`),
    );
  }
  await restoreOrganisation(backend, token, EDITED_PRODUCTS, log);
  log('routes while changing: the edited files are restored');
}

/** What {@link routesWhileChanging} needs. */
export interface RoutesWhileChangingOptions {
  /** The timed window's least length; it ends with the round under way. */
  seconds: number;
  /** Refs the guest may not read: no answer may name one. */
  restricted: Set<string>;
  log: (line: string) => void;
}

/**
 * Runs the phase on `backend` (the default-cadence one) as `token`'s user,
 * with `probe` reading the event loop over the timed window, then puts the
 * edited files back and waits until the catalog and the portfolio show
 * them as generated.
 */
export async function routesWhileChanging(
  backend: ScaleBackend,
  token: string,
  probe: EventLoopProbe,
  options: RoutesWhileChangingOptions,
): Promise<RoutesWhileChangingResult> {
  const { log } = options;
  const routes = scaleRoutes();
  const teams = routes.find(route => route.name === TEAMS_VIEW);
  if (!teams) throw new Error(`routes.ts has no route named "${TEAMS_VIEW}"`);
  const poller = startPolling(backend, token);
  await poller.poll();
  const before = [...poller.observed];
  const editor = startEditing(backend, log);
  try {
    // Timed once changes are being applied, not while the first edit is
    // still on its way through the catalog.
    const waitUntil = performance.now() + LAG_LIMIT_MS;
    while (runsStored(poller.observed, before).fromChanges === 0) {
      if (performance.now() > waitUntil) {
        log('no snapshot from told changes yet; timing all the same');
        break;
      }
      await sleep(250);
    }
    // Warm up, with as many connections as the clients will use.
    for (let i = 0; i < 5; i++) await ask(backend, token, teams.path);
    await Promise.all(
      Array.from({ length: CONCURRENT_CLIENTS }, () =>
        ask(backend, token, teams.path),
      ),
    );
    const beforeTiming = [...poller.observed];
    const sequential: number[] = [];
    const concurrent: number[] = [];
    const failed = { sequential: 0, concurrent: 0 };
    const served = new Set<string>();
    let teamsLargest = 0;
    const checks: RouteCheck[] = routes.map(route => ({
      ...route,
      answers: 0,
      largestBytes: 0,
      slowestMs: 0,
      problems: [],
    }));
    const teamsView = async (into: number[], way: keyof typeof failed) => {
      const res = await ask(backend, token, teams.path);
      if (res.status !== 200) {
        failed[way]++;
        return;
      }
      into.push(res.ms);
      teamsLargest = Math.max(teamsLargest, res.bytes);
      const computedAt = computedAtOf(res.text);
      if (computedAt) served.add(computedAt);
    };
    let rounds = 0;
    const timed = await probe.phase(async () => {
      const started = performance.now();
      // Whole rounds until the window has lasted long enough, so that the
      // told changes stored meanwhile fall among the timed requests.
      do {
        for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
          await teamsView(sequential, 'sequential');
        }
        await Promise.all(
          Array.from({ length: CONCURRENT_CLIENTS }, async () => {
            for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
              await teamsView(concurrent, 'concurrent');
            }
          }),
        );
        for (const check of checks) {
          await checkRoute(backend, token, check, options.restricted);
        }
        rounds++;
        log(
          `routes while changing: round ${rounds}, ${editor.counts.made} edits`,
        );
      } while (performance.now() - started < options.seconds * 1000);
      return (performance.now() - started) / 1000;
    });
    await poller.poll();
    const runs = runsStored(poller.observed, beforeTiming);
    log(`routes while changing: ${JSON.stringify(runs)}`);
    return {
      seconds: timed.result,
      rounds,
      edits: { ...editor.counts, intervalMs: EDIT_INTERVAL_MS },
      runs,
      teamsView: {
        path: teams.path,
        sequential: latencyOf(sequential, failed.sequential),
        concurrent: {
          clients: CONCURRENT_CLIENTS,
          ...latencyOf(concurrent, failed.concurrent),
        },
        snapshotsServed: served.size,
        largestBytes: teamsLargest,
      },
      routes: checks,
      eventLoop: timed.eventLoop,
    };
  } finally {
    await editor.stop();
    await poller.stop();
    await restore(backend, token, editor.files, log);
  }
}
