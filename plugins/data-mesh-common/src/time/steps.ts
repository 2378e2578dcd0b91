/*
 * Long computations over a whole organisation (100,000 data products take
 * seconds) are written once, as generators that pause between pieces of
 * work. A command-line tool or a test runs them straight through; a
 * backend runs them in slices of its event loop, so that every plugin's
 * requests are answered meanwhile.
 */

/**
 * A computation that pauses (yields nothing) between pieces of work and
 * returns `T` when done. Pausing costs nothing when it is run straight
 * through.
 *
 * @public
 */
export type Steps<T> = Generator<void, T, void>;

/**
 * Runs `steps` to the end without pausing and returns its result.
 *
 * @public
 */
export function runSteps<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
