/**
 * Resolves on the event loop's next turn, after the I/O waiting now: long
 * computations await it between their steps, so that requests to every
 * plugin of the backend are answered meanwhile.
 */
export function nextTurn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}
