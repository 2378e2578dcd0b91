/*
 * The phases measured with the data-mesh plugin's default cadence. The
 * benchmark's own backend recomputes only when asked, so that nothing runs
 * while it times; these phases ask what an adopter gets instead. The
 * backend is restarted on the same database with the benchmark's config,
 * except that the plugin's schedules are unset (app-config.yaml's local
 * one-minute cadence included), and the catalog reads its files again
 * every few seconds, so that edits on disk reach it. Then:
 * - snapshot load after the restart: the first portfolio answer;
 * - change-to-portfolio lag (lag.ts);
 * - routes while changes apply (routesWhileChanging.ts);
 * - an idle window, and the same without the plugin (idle.ts).
 */
import { E2E_PORTS } from '../ports';
import type { Policy } from './benchConfig';
import { refreshOrganisationLocations } from './catalogEdits';
import {
  EVENT_LOOP_PROBE_MODULE,
  EventLoopDelay,
  EventLoopProbe,
} from './eventLoop';
import {
  IdleWindow,
  idleBaseline,
  idleWindow,
  reportIdle,
  settle,
} from './idle';
import { LagResult, measureLag, reportLag, restoreOrganisation } from './lag';
import { routesWhileChanging } from './routesWhileChanging';
import {
  RoutesWhileChangingResult,
  reportRoutesWhileChanging,
} from './routesWhileChangingFigures';
import {
  NO_RESTART_ON_EDIT_MODULE,
  ScaleBackend,
  ScaleDatabase,
  NodeEnv,
  startScaleBackend,
} from './scaleBackend';

/** What {@link benchDefaultCadence} needs. */
export interface DefaultCadenceOptions {
  dataProducts: number;
  database: ScaleDatabase;
  /** The benchmark's extra config, whose data-mesh schedules are unset here. */
  config: Record<string, any>;
  /** Edits for the lag phase; 0 skips it. */
  lagEdits: number;
  /** Least length of the routes-while-changing window; 0 skips it. */
  changingRoutesSeconds: number;
  /** The run's policy: under `restricted` no answer may name such refs. */
  policy: Policy;
  /** Length of the idle windows; 0 skips them. */
  idleSeconds: number;
  /** `catalog.processingInterval` of these phases, in seconds. */
  processingSeconds: number;
  /** Environment of every backend these phases start (a heap cap). */
  backendEnv: Record<string, string>;
  /** NODE_ENV of every backend these phases start. */
  nodeEnv: NodeEnv;
  log: (line: string) => void;
}

/** What the phases found. */
export interface DefaultCadenceResult {
  processingIntervalSeconds: number;
  snapshotLoad: { firstAnswerMs: number; eventLoop: EventLoopDelay };
  lag: { result: LagResult; eventLoop: EventLoopDelay } | null;
  routesWhileChanging: RoutesWhileChangingResult | null;
  idle: {
    withPlugin: IdleWindow;
    /**
     * Whether a portfolio run (on the cadence, or following catalog
     * changes) finished during the window: `/status`'s last success moved.
     */
    recomputed: boolean;
    baseline: IdleWindow | { error: string };
  } | null;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * The config without the plugin's schedules: `null` removes a key that a
 * config file loaded earlier (app-config.yaml) sets, so the plugin reads
 * nothing and uses its defaults. `changes` too, should a config file tune
 * how the plugin follows catalog changes.
 */
function withDefaultCadence(config: Record<string, any>) {
  const { dataMesh = {}, ...rest } = config;
  return {
    ...rest,
    dataMesh: {
      ...dataMesh,
      schedule: null,
      changes: null,
      complementary: { ...dataMesh.complementary, schedule: null },
    },
  };
}

async function lastSuccessAt(backend: ScaleBackend, token: string) {
  const res = await fetch(`${backend.baseUrl}/api/data-mesh/status`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`/status answered ${res.status}`);
  return (await res.json()).lastSuccessAt as string | null;
}

/**
 * Asks for the organisation's phase until it answers 200: after a restart
 * the first request loads the newest stored snapshot.
 */
async function firstAnswerMs(backend: ScaleBackend, token: string) {
  const started = performance.now();
  for (;;) {
    const res = await fetch(
      `${backend.baseUrl}/api/data-mesh/phase?scope=organization`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    await res.text();
    if (res.ok) return performance.now() - started;
    if (performance.now() - started > 600_000) {
      throw new Error(`/phase answered ${res.status} for 10 minutes`);
    }
    await sleep(100);
  }
}

/** Restarts the backend with the plugin's default cadence and measures. */
export async function benchDefaultCadence(
  options: DefaultCadenceOptions,
): Promise<DefaultCadenceResult> {
  const { log } = options;
  const start = (
    port: number,
    extra: { require: string[]; env: Record<string, string> },
  ) =>
    startScaleBackend({
      dataProducts: options.dataProducts,
      database: options.database,
      port,
      extraConfig: withDefaultCadence(options.config),
      processingInterval: { seconds: options.processingSeconds },
      require: extra.require,
      env: { ...extra.env, ...options.backendEnv },
      nodeEnv: options.nodeEnv,
    });

  log('restarting with the plugin’s default cadence');
  const probe = EventLoopProbe.create();
  const backend = await start(E2E_PORTS.scaleBenchmark.restarted, {
    require: [NO_RESTART_ON_EDIT_MODULE, EVENT_LOOP_PROBE_MODULE],
    env: probe.env,
  });
  let result: DefaultCadenceResult;
  try {
    const pid = backend.serverPid();
    if (pid === undefined) throw new Error('the backend has no pid');
    await probe.attach(pid);
    const token = await backend.getGuestToken();
    const load = await probe.phase(() => firstAnswerMs(backend, token));
    log(`first answer after the restart in ${load.result.toFixed(0)} ms`);
    const locations = await refreshOrganisationLocations(backend);
    log(`asked the catalog to process ${locations} file locations now`);

    let lag: DefaultCadenceResult['lag'] = null;
    if (options.lagEdits > 0) {
      try {
        const measured = await probe.phase(() =>
          measureLag(backend, token, options.lagEdits, log),
        );
        lag = { result: measured.result, eventLoop: measured.eventLoop };
      } finally {
        await restoreOrganisation(backend, token, options.lagEdits, log);
      }
    }
    // After the lag phase's restore: its edits, still on their way, would
    // count as this phase's.
    const changing =
      options.changingRoutesSeconds > 0
        ? await routesWhileChanging(backend, token, probe, {
            seconds: options.changingRoutesSeconds,
            restricted:
              options.policy === 'restricted'
                ? backend.organisation.restrictedRefs
                : new Set(),
            log,
          })
        : null;

    let withPlugin: IdleWindow | undefined;
    let recomputed = false;
    if (options.idleSeconds > 0) {
      log(`idle for ${options.idleSeconds} s with the plugin`);
      await settle();
      const before = await lastSuccessAt(backend, token);
      withPlugin = await idleWindow(pid, probe, options.idleSeconds);
      recomputed = (await lastSuccessAt(backend, token)) !== before;
    }
    result = {
      processingIntervalSeconds: options.processingSeconds,
      snapshotLoad: { firstAnswerMs: load.result, eventLoop: load.eventLoop },
      lag,
      routesWhileChanging: changing,
      idle: withPlugin
        ? { withPlugin, recomputed, baseline: { error: 'not run yet' } }
        : null,
    };
  } catch (error) {
    log(`backend output, last lines:\n${backend.output().slice(-4000)}`);
    throw error;
  } finally {
    await backend.stop();
    probe.dispose();
  }

  if (result.idle) {
    // The baseline is a comparison, not the measurement: should it fail
    // (say, another plugin needs the data-mesh one), the rest stands.
    try {
      result.idle.baseline = await idleBaseline(
        extra => start(E2E_PORTS.scaleBenchmark.baseline, extra),
        options.idleSeconds,
        log,
      );
    } catch (error) {
      log(`baseline failed: ${(error as Error).stack ?? error}`);
      result.idle.baseline = { error: String((error as Error).message) };
    }
  }
  return result;
}

/** The phases' figures as lines of the benchmark's summary. */
export function reportDefaultCadence(result: DefaultCadenceResult): string[] {
  return [
    `Restarted with the plugin's default cadence (dataMesh.schedule and the complementary search's schedule unset), catalog.processingInterval lowered from the benchmark's 24 h to ${result.processingIntervalSeconds} s so that the catalog reads edited files again (their locations were processed once at the restart, so that the interval applies at once).`,
    `Snapshot load after the restart: the first /phase request answered in ${result.snapshotLoad.firstAnswerMs.toFixed(
      0,
    )} ms (it loads the newest stored snapshot).`,
    ...(result.lag ? reportLag(result.lag.result) : []),
    ...(result.routesWhileChanging
      ? reportRoutesWhileChanging(result.routesWhileChanging)
      : []),
    ...(result.idle
      ? [
          ...reportIdle(result.idle.withPlugin, result.idle.baseline),
          `- a portfolio run (on the cadence or following catalog changes) ${
            result.idle.recomputed ? 'finished' : 'did not finish'
          } during the window with the plugin`,
        ]
      : []),
  ];
}
