/*
 * Calendar days as the portfolio's history counts them: UTC days written
 * `YYYY-MM-DD`, the form history is stored and queried in.
 */

/**
 * Milliseconds in a day; UTC days have no daylight saving.
 *
 * @public
 */
export const DAY_MS = 86_400_000;

/**
 * The UTC day (`YYYY-MM-DD`) of a date, or of an ISO 8601 timestamp as
 * stored (`2026-01-31T08:00:00.000Z`), which is read as written.
 *
 * @public
 */
export function dayOf(date: Date | string): string {
  return (typeof date === 'string' ? date : date.toISOString()).slice(0, 10);
}

/**
 * The time at which a UTC day (`YYYY-MM-DD`) begins, in milliseconds since
 * the epoch; NaN for what is not a day.
 *
 * @public
 */
export function startOfDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/**
 * The UTC day `days` after `day` (before it when negative).
 *
 * @public
 */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(startOfDay(day) + days * DAY_MS));
}
