import type { Steps } from '@data-mesh-portfolio/plugin-data-mesh-common';

/*
 * Every plugin of a backend answers from one thread. The portfolio's long
 * computations (seconds at 100,000 data products) are written as steps
 * (`Steps` in common) and run here in slices, with the event loop turning
 * between slices, so that requests to every plugin are answered meanwhile.
 */

/**
 * How long a computation holds the event loop at a time: short enough that
 * a request waiting behind it is barely slowed, long enough that the turns
 * between slices cost little.
 */
export const SLICE_MS = 20;

/**
 * Resolves on the event loop's next turn, after the I/O waiting now: long
 * computations await it between their steps.
 */
export function nextTurn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}

/**
 * Runs `steps` to its end, letting other work run every {@link SLICE_MS},
 * and stopping at the first slice's end after `signal` fires (throwing its
 * reason).
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  signal?: AbortSignal,
): Promise<T> {
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}
