/**
 * Code-unit order of two strings: what `Array.prototype.sort` does
 * without a comparator, and the same on every machine, unlike
 * `localeCompare`.
 *
 * @internal
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
