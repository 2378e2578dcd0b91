import type { Steps } from './steps';

/** Items sorted with the runtime's own sort before runs are merged. */
const RUN = 1024;

/** Comparisons between two pauses while runs are merged. */
const COMPARISONS_PER_PIECE = 4096;

/**
 * `items` sorted by `compare`, stably, into a new array, in pieces: the
 * runtime sorts runs of a thousand items, then the runs are merged,
 * pausing every few thousand comparisons. A sort of 100,000 refs in no
 * order takes a few hundred milliseconds of one core; in a backend's
 * event loop that is a stall, in pieces it is not. Runs that are already
 * in order are copied without comparing their items, so that items
 * mostly in order sort in about one pass.
 *
 * @public
 */
export function* sortSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): Steps<T[]> {
  let from = items.slice();
  for (let start = 0; start < from.length; start += RUN) {
    const run = from.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i++) from[start + i] = run[i];
    yield;
  }
  let to = new Array<T>(from.length);
  let comparisons = 0;
  for (let width = RUN; width < from.length; width *= 2) {
    for (let left = 0; left < from.length; left += 2 * width) {
      const middle = Math.min(left + width, from.length);
      const end = Math.min(left + 2 * width, from.length);
      let i = left;
      let j = middle;
      let k = left;
      // Two runs already in order, one after the other: nothing to merge.
      if (middle === end || compare(from[middle - 1], from[middle]) <= 0) {
        while (k < end) to[k++] = from[i++];
        continue;
      }
      while (i < middle && j < end) {
        // The left run's item first when equal: the sort is stable.
        to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
        if (++comparisons === COMPARISONS_PER_PIECE) {
          comparisons = 0;
          yield;
        }
      }
      while (i < middle) to[k++] = from[i++];
      while (j < end) to[k++] = from[j++];
    }
    [from, to] = [to, from];
    yield;
  }
  return from;
}
