import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import type { TaskSchedule } from '../config';
import type { FullRecomputeState } from '../store/ChangeQueue';

/** What decides whether a run reads the whole catalog. */
export interface FullRecomputeQuestion {
  /** When the run starts. */
  startedAt: Date;
  /** The full recompute's schedule (`dataMesh.schedule`). */
  frequency: TaskSchedule['frequency'];
  /** When the last full recompute started and was last asked for. */
  state: FullRecomputeState;
  /** Whether told changes are applied between full recomputes. */
  followChanges: boolean;
  /** Whether told changes are waiting. */
  changesWaiting: boolean;
}

/** A scheduled run may start a little early by the replicas' clocks. */
const CLOCK_SLACK_MS = 1000;

function isDuration(
  frequency: TaskSchedule['frequency'],
): frequency is HumanDuration {
  return !('cron' in frequency) && !('trigger' in frequency);
}

/**
 * Whether this run of the recompute task reads the whole catalog or only
 * applies the told changes. The task runs on its schedule and whenever a
 * change is told, and the scheduler does not say which started it, so the
 * full recompute's cadence is kept by time: it is due when none has run,
 * when one was asked for since the last, or once the schedule's interval
 * has passed since the last. A cron schedule has no interval: its runs
 * read everything unless told changes are waiting. A manual one reads
 * everything only when asked.
 */
export function fullRecomputeDue(question: FullRecomputeQuestion): boolean {
  const { startedAt, frequency, state, followChanges, changesWaiting } =
    question;
  if (!followChanges || !state.lastFullAt) return true;
  if (state.fullRequestedAt && state.fullRequestedAt > state.lastFullAt) {
    return true;
  }
  if (isDuration(frequency)) {
    const elapsed = startedAt.getTime() - state.lastFullAt.getTime();
    return elapsed + CLOCK_SLACK_MS >= durationToMilliseconds(frequency);
  }
  if ('cron' in frequency) return !changesWaiting;
  return false;
}
