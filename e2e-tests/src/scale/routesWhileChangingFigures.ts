/*
 * The figures of the "routes while changes apply" phase
 * (routesWhileChanging.ts), worked out from what the phase saw: latency
 * percentiles, the portfolio runs `/status` reported, and the summary's
 * lines. Plain functions over plain data, so that they are tested apart
 * from a backend.
 */
import type { EventLoopDelay } from './eventLoop';
import { percentile } from './routeTiming';

/**
 * The most a route may answer, in bytes: the product's limit on an answer
 * (docs/benchmarks.md, "every route 200 within 256 KB").
 */
export const ANSWER_LIMIT_BYTES = 262_144;

/**
 * How many snapshots from told changes the timed window must have seen
 * stored for its figures to be those of a backend applying changes, rather
 * than of a quiet one that applied one at the start.
 */
export const MIN_CHANGE_RUNS = 3;

/** Latency of the answers to one way of asking. */
export interface Latency {
  /** Answers 200, over which the percentiles are taken. */
  answered: number;
  /** Answers other than 200, and requests that failed. */
  failed: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

/** The latency of answers that took `ms`, with `failed` failures beside. */
export function latencyOf(ms: number[], failed: number): Latency {
  const at = (p: number) => (ms.length ? percentile(ms, p) : null);
  return {
    answered: ms.length,
    failed,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: at(1),
  };
}

/**
 * The snapshot an answer came from: its `computedAt`, found in the text
 * without parsing thousands of answers; undefined when it has none.
 */
export function computedAtOf(text: string): string | undefined {
  return /"computedAt":\s*"([^"]+)"/.exec(text)?.[1];
}

/** `lastRun` of `GET /status`, as far as the phase reads it. */
export interface LastRun {
  startedAt: string;
  read?: 'catalog' | 'changes';
  changes?: number;
}

/** The portfolio runs stored in a window, by what they read. */
export interface RunsStored {
  /** Snapshots stored from told changes (`read: 'changes'`). */
  fromChanges: number;
  /** The told changes those runs applied, in all. */
  changesApplied: number;
  /** Full recomputes, which read the whole catalog. */
  fullRecomputes: number;
}

/**
 * The runs among `observed` (successive `lastRun`s) that are not among
 * `before` (what was seen before the window). A run is told apart by its
 * start: polling sees the same run many times, and two runs stored
 * between two polls count as one, so this is a lower bound.
 */
export function runsStored(
  observed: Array<LastRun | null | undefined>,
  before: Array<LastRun | null | undefined> = [],
): RunsStored {
  const known = new Set(before.map(run => run?.startedAt));
  const runs = new Map<string, LastRun>();
  for (const run of observed) {
    if (run && !known.has(run.startedAt)) runs.set(run.startedAt, run);
  }
  const fromChanges = [...runs.values()].filter(r => r.read === 'changes');
  return {
    fromChanges: fromChanges.length,
    changesApplied: fromChanges.reduce((n, r) => n + (r.changes ?? 0), 0),
    fullRecomputes: runs.size - fromChanges.length,
  };
}

/** One route of routes.ts asked in every round of the window. */
export interface RouteCheck {
  name: string;
  path: string;
  answers: number;
  largestBytes: number;
  slowestMs: number;
  /** What was wrong with its answers: a status, a size, a name it leaked. */
  problems: string[];
}

/** What the phase found. */
export interface RoutesWhileChangingResult {
  /** Length of the timed window, in seconds. */
  seconds: number;
  /** Rounds of the window: each times the teams view, then every route. */
  rounds: number;
  edits: { made: number; failed: number; intervalMs: number };
  /** Runs stored during the timed window, as `/status` told them. */
  runs: RunsStored;
  teamsView: {
    path: string;
    sequential: Latency;
    concurrent: { clients: number } & Latency;
    /** Distinct `computedAt` among its answers: the snapshots it served. */
    snapshotsServed: number;
    largestBytes: number;
  };
  routes: RouteCheck[];
  eventLoop: EventLoopDelay;
}

/** The phase's figures as lines of the benchmark's summary. */
export function reportRoutesWhileChanging(
  result: RoutesWhileChangingResult,
): string[] {
  const ms = (value: number | null) =>
    value === null ? '–' : value.toFixed(1);
  const latency = (what: string, l: Latency) =>
    `- ${what}: p50 ${ms(l.p50Ms)}, p95 ${ms(l.p95Ms)}, p99 ${ms(
      l.p99Ms,
    )}, max ${ms(l.maxMs)} ms over ${l.answered} answers${
      l.failed ? `; ${l.failed} NOT answered 200` : ''
    }`;
  const { runs, teamsView: teams } = result;
  const wrong = result.routes.filter(r => r.problems.length > 0);
  const largest = result.routes.reduce(
    (a, b) => (b.largestBytes > a.largestBytes ? b : a),
    result.routes[0],
  );
  return [
    `Routes while changes apply: for ${result.seconds.toFixed(
      0,
    )} s, a data product's catalog file edited every ${
      result.edits.intervalMs / 1000
    } s (${result.edits.made} edits${
      result.edits.failed ? `, ${result.edits.failed} failed` : ''
    }), each pushed to the catalog; asked as the guest user in ${
      result.rounds
    } rounds.`,
    `- snapshots stored from told changes while timing: ${runs.fromChanges} (${
      runs.changesApplied
    } changes applied; ${runs.fullRecomputes} full recomputes)${
      runs.fromChanges < MIN_CHANGE_RUNS
        ? ` — FEWER THAN ${MIN_CHANGE_RUNS}: these figures are not those of a backend applying changes`
        : ''
    }`,
    `- the teams view (\`${teams.path}\`) served ${
      teams.snapshotsServed
    } snapshots; largest answer ${(teams.largestBytes / 1024).toFixed(1)} KiB`,
    latency('teams view, sequential', teams.sequential),
    latency(
      `teams view, ${teams.concurrent.clients} concurrent clients`,
      teams.concurrent,
    ),
    wrong.length === 0
      ? `- all ${result.routes.length} routes answered 200 within ${
          ANSWER_LIMIT_BYTES / 1024
        } KB every round, naming nothing the guest may not read; largest ${
          largest
            ? `${(largest.largestBytes / 1024).toFixed(1)} KiB (${
                largest.name
              })`
            : '–'
        }`
      : `- ${wrong.length} of ${
          result.routes.length
        } routes did NOT answer 200 within ${
          ANSWER_LIMIT_BYTES / 1024
        } KB every round: ${wrong
          .map(r => `${r.name}: ${r.problems.join('; ')}`)
          .join(' | ')}`,
    '',
    '| route (while changes apply) | largest answer | slowest answer (ms) |',
    '| --- | --: | --: |',
    ...result.routes.map(
      r =>
        `| ${r.name} | ${(r.largestBytes / 1024).toFixed(
          1,
        )} KiB | ${r.slowestMs.toFixed(1)} |`,
    ),
  ];
}
