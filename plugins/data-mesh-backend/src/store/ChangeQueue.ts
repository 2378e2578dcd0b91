/**
 * When a told change is looked for in the catalog, counted from when it
 * was told. The catalog module tells it as the catalog processes the
 * entity, just before the catalog stores it, and a busy catalog takes
 * longer to store it: looked for soon, then less and less often, a change
 * shows seconds after it is stored, and is let go after the last look
 * (the next full recompute reads it anyway).
 */
export const CHECK_DELAYS_MS: readonly number[] = [
  2000, 4000, 8000, 16_000, 32_000,
];

/** How many times a told change is looked for before it is let go. */
export const CHECKS_PER_CHANGE = CHECK_DELAYS_MS.length;

/**
 * When a first sight is looked for, counted from when it was told. Most
 * did not change (after a restart every entity is one), so they get two
 * looks, after every change waiting. An entity the catalog had no reason
 * to process since the start is a first sight even when an edit is what
 * made the catalog process it: the first look shows such an edit seconds
 * after it is stored, the second one if the catalog was slow to store it.
 */
export const FIRST_SIGHT_CHECK_DELAYS_MS: readonly number[] = [2000, 8000];

/** Whether the look being taken at `change` is its last. */
export function isLastLook(change: PendingChange): boolean {
  const looks = change.firstSight
    ? FIRST_SIGHT_CHECK_DELAYS_MS.length
    : CHECKS_PER_CHANGE;
  return change.checks + 1 >= looks;
}

/** A changed entity waiting to be applied to the portfolio. */
export interface PendingChange {
  /** The entity's normalised ref. */
  ref: string;
  /** When the change was last told. */
  noticedAt: Date;
  /** How often the catalog was read without finding the change yet. */
  checks: number;
  /** Whether it was told as a first sight (not seen since the start). */
  firstSight: boolean;
}

/** When the portfolio was last computed from a full read, and asked to be. */
export interface FullRecomputeState {
  /** When the last full recompute started; none before the first. */
  lastFullAt: Date | null;
  /** When a full recompute was last asked for ("Refresh now"). */
  fullRequestedAt: Date | null;
}

/**
 * The changes the catalog told of, waiting to be applied, shared by every
 * replica: whichever replica hears of a change, the one that runs the next
 * recompute applies it.
 */
export interface ChangeQueue {
  /**
   * Adds changed entities; one told again is checked anew from `at`
   * (its earlier checks are forgotten). First sights (`firstSight`) are
   * due after every other change, on their own schedule, and never replace
   * a change already waiting.
   */
  notice(
    refs: readonly string[],
    at: Date,
    options?: { firstSight?: boolean },
  ): Promise<void>;
  /**
   * The changes due for a look at `at`, first sights last, oldest first:
   * those looked for `k` times and told at least `CHECK_DELAYS_MS[k]`
   * (for a first sight, `FIRST_SIGHT_CHECK_DELAYS_MS[k]`) before `at`.
   */
  due(at: Date, limit: number): Promise<PendingChange[]>;
  /** When the oldest change not checked yet was told; none if none. */
  oldestUnchecked(): Promise<Date | undefined>;
  /** How many changes are waiting. */
  size(): Promise<number>;
  /**
   * Forgets these changes, unless told again since they were read (a newer
   * `noticedAt`).
   */
  remove(changes: readonly PendingChange[]): Promise<void>;
  /** Counts one more check of these changes, unless told again since. */
  countCheck(changes: readonly PendingChange[]): Promise<void>;
  /** Forgets every change told at or before `at` (a full read covers them). */
  removeNoticedBy(at: Date): Promise<void>;
  /** Records that a full recompute is asked for. */
  requestFull(at: Date): Promise<void>;
  /** Records that a full recompute started at `at` has been stored. */
  recordFull(at: Date): Promise<void>;
  /** When the last full recompute started and was last asked for. */
  fullState(): Promise<FullRecomputeState>;
}
