/*
 * The backend's event-loop delay per benchmark phase, read from the probe
 * the backend process loads (eventLoopProbe.cjs): the benchmark signals the
 * process at the start and at the end of a phase, and the probe writes what
 * its histogram held in between.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../backendProcess';

/** The probe module, to give the backend in `StartBackendOptions.require`. */
export const EVENT_LOOP_PROBE_MODULE = path.join(
  repoRoot,
  'e2e-tests/src/scale/eventLoopProbe.cjs',
);

/**
 * The event-loop delay over one window. Each sample of Node's histogram is
 * the time between two runs of a timer due every `resolutionMs`, so an idle
 * loop reads about that much: the figures here are what came on top of it,
 * the time the loop could not run a timer that was due.
 */
export interface EventLoopDelay {
  /** Length of the window, in seconds. */
  seconds: number;
  /** How many samples the histogram took. */
  samples: number;
  /** The probe's sampling interval, subtracted from every figure. */
  resolutionMs: number;
  /** 99th percentile of the delay, in ms; null without samples. */
  p99Ms: number | null;
  /** The longest delay, in ms; null without samples. */
  maxMs: number | null;
  /** The garbage collections that ended in the window. */
  collections: Collections;
}

/** Garbage collections over one window, as the probe observed them. */
export interface Collections {
  /** How many ended in the window. */
  count: number;
  /** How many of them were full (mark-compact) collections. */
  major: number;
  /** Their time in all, in ms. */
  totalMs: number;
  /** The longest one's pause, in ms; null without any. */
  longestMs: number | null;
}

interface ProbeLine {
  pid: number;
  line: number;
  reason: 'loaded' | 'signal';
  from: number;
  to: number;
  resolutionMs: number;
  samples: number;
  p99Ms: number | null;
  maxMs: number | null;
  collections: Collections;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Probes whose files are still on disk: removed when the process exits,
 * whatever way it ends (a backend that failed to start, say), so that
 * no run leaves files behind.
 */
const undisposed = new Set<EventLoopProbe>();
let removedAtExit = false;

function delayOf(line: ProbeLine): EventLoopDelay {
  const beyond = (ms: number | null) =>
    ms === null ? null : Math.max(0, ms - line.resolutionMs);
  return {
    seconds: (line.to - line.from) / 1000,
    samples: line.samples,
    resolutionMs: line.resolutionMs,
    p99Ms: beyond(line.p99Ms),
    maxMs: beyond(line.maxMs),
    collections: line.collections,
  };
}

/**
 * One backend process's probe: the file it writes to, and the windows read
 * from it. Create it before starting the backend, pass {@link env} and
 * {@link EVENT_LOOP_PROBE_MODULE} to it, then {@link attach}.
 */
export class EventLoopProbe {
  private pid: number | undefined;
  private lastLine = -1;

  private constructor(private readonly file: string) {}

  /** A probe writing to a new file in the system's temporary folder. */
  static create(): EventLoopProbe {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-event-loop-'));
    const probe = new EventLoopProbe(path.join(dir, 'probe.jsonl'));
    undisposed.add(probe);
    if (!removedAtExit) {
      removedAtExit = true;
      process.once('exit', () => undisposed.forEach(p => p.dispose()));
    }
    return probe;
  }

  /** The environment that tells the probe where to write. */
  get env(): Record<string, string> {
    return { DM_EVENT_LOOP_PROBE_FILE: this.file };
  }

  private lines(): ProbeLine[] {
    if (!fs.existsSync(this.file)) return [];
    return fs
      .readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(text => JSON.parse(text) as ProbeLine);
  }

  /**
   * Waits for the probe's first line and checks it came from the backend
   * process (`serverPid`): a signal to a process without the probe would
   * end it, so none is sent before this.
   */
  async attach(serverPid: number | undefined, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const loaded = this.lines().filter(l => l.reason === 'loaded');
      if (loaded.length > 1) {
        throw new Error(
          `the event-loop probe was loaded by ${
            loaded.length
          } processes (${loaded
            .map(l => l.pid)
            .join(', ')}); only the backend should load it`,
        );
      }
      if (loaded.length === 1) {
        if (serverPid !== undefined && loaded[0].pid !== serverPid) {
          throw new Error(
            `the event-loop probe runs in process ${loaded[0].pid}, but the backend is ${serverPid}`,
          );
        }
        this.pid = loaded[0].pid;
        this.lastLine = loaded[0].line;
        return;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `the backend did not load the event-loop probe (no line in ${this.file} after ${timeoutMs} ms)`,
        );
      }
      await sleep(200);
    }
  }

  /**
   * Ends the current window and returns what it held. The backend answers
   * the signal between two tasks of its event loop, so a long task delays
   * the answer: it is waited for up to `timeoutMs`.
   */
  async window(timeoutMs = 120_000): Promise<EventLoopDelay> {
    if (this.pid === undefined) throw new Error('attach the probe first');
    try {
      process.kill(this.pid, 'SIGUSR2');
    } catch (error) {
      // The CLI restarts the backend when a source file it loaded changes;
      // figures from a new process would not be this phase's.
      throw new Error(
        `the backend process ${this.pid} is gone (${
          (error as Error).message
        }); was a source file edited while the benchmark ran?`,
      );
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const next = this.lines().find(
        l => l.pid === this.pid && l.line > this.lastLine,
      );
      if (next) {
        this.lastLine = next.line;
        return delayOf(next);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `the event-loop probe of process ${this.pid} did not answer within ${timeoutMs} ms`,
        );
      }
      await sleep(50);
    }
  }

  /**
   * Runs `work` as one phase: what the event loop did before is dropped,
   * and the delay from its start to its end is returned with its result.
   */
  async phase<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; eventLoop: EventLoopDelay }> {
    await this.window();
    const result = await work();
    return { result, eventLoop: await this.window() };
  }

  /** Removes the probe's file. */
  dispose(): void {
    fs.rmSync(path.dirname(this.file), { recursive: true, force: true });
    undisposed.delete(this);
  }
}

/**
 * The worst of several windows of one phase (say, three recomputes): the
 * highest p99 and the highest maximum. Percentiles of separate windows do
 * not combine into one, so this says "no run was worse than".
 */
export function worstOf(windows: EventLoopDelay[]): EventLoopDelay {
  const highest = (values: Array<number | null>) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length ? Math.max(...known) : null;
  };
  return {
    seconds: windows.reduce((sum, w) => sum + w.seconds, 0),
    samples: windows.reduce((sum, w) => sum + w.samples, 0),
    resolutionMs: windows[0]?.resolutionMs ?? 0,
    p99Ms: highest(windows.map(w => w.p99Ms)),
    maxMs: highest(windows.map(w => w.maxMs)),
    collections: {
      count: windows.reduce((sum, w) => sum + w.collections.count, 0),
      major: windows.reduce((sum, w) => sum + w.collections.major, 0),
      totalMs: windows.reduce((sum, w) => sum + w.collections.totalMs, 0),
      longestMs: highest(windows.map(w => w.collections.longestMs)),
    },
  };
}

/**
 * One window as text: `p99 12.3 ms, max 45.6 ms over 30 s; 4 collections
 * (1 full), the longest 20.1 ms`.
 */
export function formatDelay(delay: EventLoopDelay): string {
  const ms = (value: number | null) =>
    value === null ? 'no samples' : `${value.toFixed(1)} ms`;
  const { count, major, longestMs } = delay.collections;
  return `p99 ${ms(delay.p99Ms)}, max ${ms(
    delay.maxMs,
  )} over ${delay.seconds.toFixed(0)} s; ${count} collections (${major} full)${
    longestMs === null ? '' : `, the longest ${longestMs.toFixed(1)} ms`
  }`;
}

/** Event-loop delay per phase as a table of the benchmark's summary. */
export function reportEventLoop(
  phases: Array<[string, EventLoopDelay | undefined]>,
): string[] {
  const ms = (value: number | null) =>
    value === null ? 'no samples' : value.toFixed(1);
  const rows = phases.filter(
    (row): row is [string, EventLoopDelay] => row[1] !== undefined,
  );
  return [
    `Backend event-loop delay per phase (beyond the probe's ${
      rows[0]?.[1].resolutionMs ?? 10
    } ms sampling interval):`,
    '',
    '| phase | length (s) | p99 (ms) | max (ms) | collections (full) | longest collection (ms) | in collections (ms) |',
    '| --- | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      ([name, d]) =>
        `| ${name} | ${d.seconds.toFixed(1)} | ${ms(d.p99Ms)} | ${ms(
          d.maxMs,
        )} | ${d.collections.count} (${d.collections.major}) | ${
          d.collections.longestMs === null
            ? 'none'
            : d.collections.longestMs.toFixed(1)
        } | ${d.collections.totalMs.toFixed(0)} |`,
    ),
  ];
}
