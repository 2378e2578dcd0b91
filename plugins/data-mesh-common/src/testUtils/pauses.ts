import type { Steps } from '../time/steps';

/**
 * Runs `steps` to the end, counting its pauses: how finely a computation
 * is sliced, for tests that it pauses once per item of its main loop.
 *
 * @public
 */
export function runCountingPauses<T>(steps: Steps<T>): {
  result: T;
  pauses: number;
} {
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  return { result: step.value, pauses };
}
