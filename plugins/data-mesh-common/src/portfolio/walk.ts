/**
 * Every node reached from `start` by following `next`, breadth first,
 * each once and without `start` itself: a cycle ends the walk instead of
 * looping. Lazy, so that a search stops at what it looks for.
 *
 * @public
 */
export function* walkBreadthFirst(
  start: string,
  next: (node: string) => Iterable<string>,
): Generator<string, void, undefined> {
  const seen = new Set([start]);
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    for (const node of next(queue[at])) {
      if (!seen.has(node)) {
        seen.add(node);
        queue.push(node);
        yield node;
      }
    }
  }
}
