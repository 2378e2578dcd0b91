/*
 * Idle cost: what the backend process uses while nobody asks and nothing
 * changes, CPU (from /proc/<pid>/stat, as % of one core) and peak resident
 * memory, with the data-mesh backend plugin and without it, on the same
 * database and config: the difference is what the plugin costs to keep up
 * (its scheduled work on its cadence) when there is nothing new.
 */
import path from 'node:path';
import { repoRoot } from '../backendProcess';
import {
  EVENT_LOOP_PROBE_MODULE,
  EventLoopDelay,
  EventLoopProbe,
  formatDelay,
} from './eventLoop';
import { cpuSeconds, peakRssMiB, resetPeakRss, rssMiB } from './procStats';
import { NO_RESTART_ON_EDIT_MODULE, ScaleBackend } from './scaleBackend';

/** The preload that takes the data-mesh backend plugin out of the backend. */
export const WITHOUT_DATA_MESH_BACKEND_MODULE = path.join(
  repoRoot,
  'e2e-tests/src/scale/withoutDataMeshBackend.cjs',
);

/**
 * How long a backend runs untouched before its idle window. At start-up
 * the catalog processes every entity that came due while no backend ran,
 * and after the lag phase the portfolio may still be following the last
 * restored files: both backends get the same time to settle, so that what
 * differs between their windows is the plugin.
 */
export const IDLE_SETTLE_MS = 60_000;

/** What one backend used over an idle window. */
export interface IdleWindow {
  seconds: number;
  /** CPU time over wall time, in % of one core. */
  cpuPercent: number;
  /** Peak resident memory during the window, in MiB. */
  peakRssMiB: number;
  /** Resident memory at its end, in MiB. */
  rssEndMiB: number;
  eventLoop: EventLoopDelay;
}

const sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms));

/** Leaves a backend untouched for {@link IDLE_SETTLE_MS}. */
export function settle(): Promise<void> {
  return sleep(IDLE_SETTLE_MS);
}

/**
 * Measures the backend process `pid` over `seconds` of doing nothing
 * asked; {@link settle} first.
 */
export async function idleWindow(
  pid: number,
  probe: EventLoopProbe,
  seconds: number,
): Promise<IdleWindow> {
  resetPeakRss(pid);
  await probe.window();
  const cpuBefore = cpuSeconds(pid);
  const started = performance.now();
  await sleep(seconds * 1000);
  const eventLoop = await probe.window();
  const cpuAfter = cpuSeconds(pid);
  const elapsed = (performance.now() - started) / 1000;
  return {
    seconds: elapsed,
    cpuPercent: (100 * (cpuAfter - cpuBefore)) / elapsed,
    peakRssMiB: peakRssMiB(pid),
    rssEndMiB: rssMiB(pid),
    eventLoop,
  };
}

/** How to start the baseline: the caller's config, these modules and env. */
export type StartBaseline = (extra: {
  require: string[];
  env: Record<string, string>;
}) => Promise<ScaleBackend>;

/**
 * Starts the backend without the data-mesh backend plugin, checks that it
 * is gone, and measures an idle window.
 */
export async function idleBaseline(
  start: StartBaseline,
  seconds: number,
  log: (line: string) => void,
): Promise<IdleWindow> {
  const probe = EventLoopProbe.create();
  const backend = await start({
    require: [
      NO_RESTART_ON_EDIT_MODULE,
      EVENT_LOOP_PROBE_MODULE,
      WITHOUT_DATA_MESH_BACKEND_MODULE,
    ],
    env: probe.env,
  });
  try {
    const pid = backend.serverPid();
    if (pid === undefined) throw new Error('the baseline backend has no pid');
    await probe.attach(pid);
    // Health is open to all when the plugin is there: 404 says it is not.
    const health = await fetch(`${backend.baseUrl}/api/data-mesh/health`);
    if (health.status !== 404) {
      throw new Error(
        `the baseline backend answers ${health.status} at /api/data-mesh/health: the data-mesh backend plugin is still in it`,
      );
    }
    log(`idle for ${seconds} s without the data-mesh backend plugin`);
    await settle();
    return await idleWindow(pid, probe, seconds);
  } catch (error) {
    log(
      `baseline backend output, last lines:\n${backend.output().slice(-4000)}`,
    );
    throw error;
  } finally {
    await backend.stop();
    probe.dispose();
  }
}

/** The idle figures as lines of the benchmark's summary. */
export function reportIdle(
  withPlugin: IdleWindow,
  baseline: IdleWindow | { error: string } | null,
): string[] {
  const one = (what: string, w: IdleWindow) =>
    `- ${what}: CPU ${w.cpuPercent.toFixed(
      1,
    )} % of one core, peak RSS ${w.peakRssMiB.toFixed(
      0,
    )} MiB (at the end ${w.rssEndMiB.toFixed(0)} MiB), event loop ${formatDelay(
      w.eventLoop,
    )}`;
  const lines = [
    `Idle for ${withPlugin.seconds.toFixed(0)} s, after ${
      IDLE_SETTLE_MS / 1000
    } s untouched (the backend process only; a PostgreSQL server's own work is not counted):`,
    one('with the data-mesh backend plugin', withPlugin),
  ];
  if (baseline === null) return lines;
  if ('error' in baseline) {
    return [...lines, `- without the plugin: not measured (${baseline.error})`];
  }
  return [
    ...lines,
    one('without it (same database and config)', baseline),
    `- the plugin's share: CPU ${(
      withPlugin.cpuPercent - baseline.cpuPercent
    ).toFixed(1)} points of one core, peak RSS ${(
      withPlugin.peakRssMiB - baseline.peakRssMiB
    ).toFixed(0)} MiB`,
  ];
}
