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
 * SIGUSR2 because SIGUSR1 starts Node's inspector. Without the variable the
 * module does nothing, and the signal keeps its default (ending the
 * process): the benchmark checks for the probe's first line before it
 * sends any signal.
 */
'use strict';

const fs = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const file = process.env.DM_EVENT_LOOP_PROBE_FILE;
/** Sampling interval in milliseconds; every sample includes it once. */
const RESOLUTION_MS = 10;

if (file) {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
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
    };
    // Synchronous: the line must be in the file once the handler returns,
    // and one short append does not disturb what is measured.
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    histogram.reset();
    from = to;
  };
  write('loaded');
  process.on('SIGUSR2', () => write('signal'));
}
