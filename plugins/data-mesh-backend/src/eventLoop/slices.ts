import type { Steps } from '@data-mesh-portfolio/plugin-data-mesh-common';

/*
 * Every plugin of a backend answers from one thread. The portfolio's long
 * computations (seconds at 100,000 data products) are written as steps
 * (`Steps` in common) and run here in slices, with the event loop turning
 * between slices, so that requests to every plugin are answered meanwhile.
 */

/**
 * How long a computation holds the event loop at a time while nothing
 * else waits for it: long enough that the turns between slices cost
 * little.
 */
export const SLICE_MS = 20;

/**
 * How long it holds the loop at a time while other work waits for it (the
 * last turn ran requests, for example): the computation then runs in the
 * background, and a request waiting behind a slice is barely slowed. With
 * fifty clients asking at once, 20 ms slices took about half the thread and
 * doubled their answers' times while a recompute ran; slices of 5 ms take
 * a fifth of it, and the computation ends later instead.
 */
export const BUSY_SLICE_MS = 5;

/** A turn between slices longer than this ran other work. */
const IDLE_TURN_MS = 1;

/**
 * Resolves on the event loop's next turn, after the I/O waiting now: long
 * computations await it between their steps.
 */
export function nextTurn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}

/**
 * Runs `steps` to its end, letting other work run every {@link SLICE_MS}
 * (every {@link BUSY_SLICE_MS} while other work waits), and stopping at
 * the first slice's end after `signal` fires (throwing its reason).
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  signal?: AbortSignal,
): Promise<T> {
  let sliceMs = SLICE_MS;
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    const now = performance.now();
    if (now - sliceStart >= sliceMs) {
      await nextTurn();
      signal?.throwIfAborted();
      sliceStart = performance.now();
      sliceMs = sliceStart - now > IDLE_TURN_MS ? BUSY_SLICE_MS : SLICE_MS;
    }
    step = steps.next();
  }
  return step.value;
}
