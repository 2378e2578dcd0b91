/*
 * Loaded into the backend process by the scale benchmark (`--require`), so
 * that the backend's event-loop delay can be read per benchmark phase
 * without touching the backend's code.
 *
 * It keeps one histogram of event-loop delays (Node's
 * monitorEventLoopDelay, sampled every 10 ms). On SIGUSR2 it appends one
 * JSON line to the file named by DM_EVENT_LOOP_PROBE_FILE, with what the
 * histogram holds since the previous line, and starts a new one: the
 * benchmark signals at the start of a phase (dropping what came before)
 * and at its end (reading the phase). A signal rather than a line every
 * second, because per-second percentiles cannot be combined into a
 * phase's p99, while one histogram per phase gives it exactly.
 *
 * With each window it reports the garbage collections that ended in it
 * (a PerformanceObserver of `gc` entries): how many, how many were full
 * (mark-compact) ones, their time in all and the longest. A collection's
 * pause holds the event loop like any task, so the longest one tells
 * whether a window's longest delay was the collector's.
 *
 * SIGUSR2 because SIGUSR1 starts Node's inspector. Without the variable the
 * module does nothing, and the signal keeps its default (ending the
 * process): the benchmark checks for the probe's first line before it
 * sends any signal.
 */
'use strict';

const fs = require('node:fs');
const {
  PerformanceObserver,
  constants,
  monitorEventLoopDelay,
} = require('node:perf_hooks');

const file = process.env.DM_EVENT_LOOP_PROBE_FILE;
/** Sampling interval in milliseconds; every sample includes it once. */
const RESOLUTION_MS = 10;

if (file) {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const emptyCollections = () => ({
    count: 0,
    major: 0,
    totalMs: 0,
    longestMs: null,
  });
  let collections = emptyCollections();
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      collections.count++;
      if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        collections.major++;
      }
      collections.totalMs += entry.duration;
      collections.longestMs = Math.max(
        collections.longestMs ?? 0,
        entry.duration,
      );
    }
  }).observe({ type: 'gc' });
  let from = Date.now();
  let lines = 0;
  const ms = nanoseconds => nanoseconds / 1e6;
  const write = reason => {
    const to = Date.now();
    const empty = histogram.count === 0;
    const line = {
      pid: process.pid,
      line: lines++,
      reason,
      from,
      to,
      resolutionMs: RESOLUTION_MS,
      samples: histogram.count,
      // An empty histogram reports a huge minimum; say nothing instead.
      p50Ms: empty ? null : ms(histogram.percentile(50)),
      p99Ms: empty ? null : ms(histogram.percentile(99)),
      maxMs: empty ? null : ms(histogram.max),
      meanMs: empty ? null : ms(histogram.mean),
      collections,
    };
    // Synchronous: the line must be in the file once the handler returns,
    // and one short append does not disturb what is measured.
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    histogram.reset();
    collections = emptyCollections();
    from = to;
  };
  write('loaded');
  process.on('SIGUSR2', () => write('signal'));
}
