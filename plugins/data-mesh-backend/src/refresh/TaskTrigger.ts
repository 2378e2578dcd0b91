import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, stringifyError } from '@backstage/errors';
import {
  DEFAULT_TRIGGER_GIVE_UP_AFTER_MS,
  DEFAULT_TRIGGER_RETRY_INTERVAL_MS,
} from '../config';

/** What {@link TaskTrigger} needs. */
export interface TaskTriggerOptions {
  scheduler: SchedulerService;
  logger: LoggerService;
  /** The scheduled task to run. */
  taskId: string;
  /** How often to ask again while the task runs; `DEFAULT_TRIGGER_RETRY_INTERVAL_MS` by default. */
  retryIntervalMs?: number;
  /** When to stop asking for a follow-up; `DEFAULT_TRIGGER_GIVE_UP_AFTER_MS` by default. */
  giveUpAfterMs?: number;
}

/** The scheduler's answer when the task is running on some replica. */
function isAlreadyRunning(error: unknown): boolean {
  return (
    error instanceof ConflictError || (error as Error)?.name === 'ConflictError'
  );
}

/**
 * Runs a scheduled task on request so that a run starts after every
 * request. The scheduler refuses to trigger a task that is running, but
 * that run may have read its input before whatever made someone ask: a
 * refresh asked for just after the catalog changed would otherwise wait for
 * the next scheduled run. So while the task runs, this asks again every
 * second until the scheduler accepts; requests made meanwhile share that
 * one follow-up run.
 */
export class TaskTrigger {
  /** The first trigger of a request, shared by requests made meanwhile. */
  private asking?: Promise<void>;
  private followUp?: Promise<void>;

  constructor(private readonly options: TaskTriggerOptions) {}

  /**
   * Triggers the task, or, when it is running, arranges a run after it and
   * returns without waiting. Fails only when the scheduler fails.
   */
  async request(): Promise<void> {
    // A follow-up that has not been accepted yet starts after this request.
    if (this.followUp) return;
    // Set before the first await, so that requests arriving while the
    // scheduler answers share this trigger and at most one follow-up,
    // instead of each starting its own.
    this.asking ??= this.triggerOrFollowUp().finally(() => {
      this.asking = undefined;
    });
    await this.asking;
  }

  private async triggerOrFollowUp(): Promise<void> {
    try {
      await this.trigger();
    } catch (error) {
      if (!isAlreadyRunning(error)) throw error;
      this.followUp = this.askUntilAccepted().finally(() => {
        this.followUp = undefined;
      });
    }
  }

  /** Resolves once no follow-up is waiting; for tests and shutdown. */
  async settled(): Promise<void> {
    await this.followUp;
  }

  private trigger() {
    return this.options.scheduler.triggerTask(this.options.taskId);
  }

  private async askUntilAccepted(): Promise<void> {
    const { logger, taskId } = this.options;
    const interval =
      this.options.retryIntervalMs ?? DEFAULT_TRIGGER_RETRY_INTERVAL_MS;
    const deadline =
      Date.now() +
      (this.options.giveUpAfterMs ?? DEFAULT_TRIGGER_GIVE_UP_AFTER_MS);
    while (Date.now() < deadline) {
      // Unreferenced, so that a waiting follow-up never holds a stopping
      // backend open.
      await new Promise(resolve => setTimeout(resolve, interval).unref());
      try {
        await this.trigger();
        return;
      } catch (error) {
        if (!isAlreadyRunning(error)) {
          logger.warn(
            `Could not run ${taskId} again after the run in progress: ${stringifyError(
              error,
            )}`,
          );
          return;
        }
      }
    }
    logger.warn(
      `${taskId} was still running when its follow-up run was given up; the next scheduled run follows instead`,
    );
  }
}
