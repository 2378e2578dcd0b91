import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import type { DataMeshBackendOptions } from '../config';
import type {
  PendingNotification,
  SnapshotStore,
} from '../store/SnapshotStore';
import { runInSlices } from '../eventLoop/slices';
import { portfolioNotificationsSteps } from './changeNotifications';
import type { ComparedSnapshot } from './portfolioChanges';

/*
 * At-least-once notifications: a run works out what to tell before it
 * stores its snapshot, the store writes it to an outbox in the snapshot's
 * transaction, and the outbox is sent after the commit, a row deleted only
 * once the notifications service accepted it. What a crash, a restart or
 * an outage leaves in the outbox is sent by the next run of whichever
 * replica runs the task. Each notification's fixed `scope` makes the
 * notifications backend update its earlier copy, so a send repeated after
 * a crash does not duplicate it.
 */

/** What working out and sending notifications needs. */
export interface NotifyDeps {
  store: SnapshotStore;
  notifications?: NotificationService;
  logger: LoggerService;
  options: DataMeshBackendOptions;
  now?: () => Date;
}

/** Waits before the second and third attempt at one notification in a pass. */
const RETRY_DELAYS_MS = [200, 1000];
/**
 * After this many notifications in a row failed every attempt, the pass
 * stops: the notifications service is down or missing, and trying the
 * rest would only delay the run.
 */
const FAILURES_TO_STOP = 2;
/** Notifications pending this long are no news any more and are given up. */
const GIVE_UP_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/** Outbox rows one pass reads; the rest wait for the next pass. */
const PASS_SIZE = 500;

/**
 * The notifications telling what changed from `previous` to `next`, for
 * the store to write with `next`, worked out in slices of the event loop.
 * A failure to work them out is logged and tells nothing: it must not keep
 * the snapshot from being stored.
 */
export async function changesToTell(
  deps: Pick<NotifyDeps, 'logger' | 'options'>,
  previous: ComparedSnapshot,
  next: ComparedSnapshot,
  signal?: AbortSignal,
): Promise<NotificationSendOptions[]> {
  try {
    return await runInSlices(
      portfolioNotificationsSteps(
        previous.snapshot,
        next.snapshot,
        deps.options.notifications,
        { previous: previous.portfolio, next: next.portfolio },
      ),
      signal,
    );
  } catch (error) {
    deps.logger.warn(
      `Could not work out the data-mesh notifications: ${stringifyError(
        error,
      )}`,
    );
    return [];
  }
}

/** Sends one notification, trying again after a short wait when it fails. */
async function sendWithRetries(
  notifications: NotificationService,
  pending: PendingNotification,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await notifications.send(pending.notification);
      return;
    } catch (error) {
      if (attempt >= RETRY_DELAYS_MS.length) throw error;
      await new Promise(resolve =>
        setTimeout(resolve, RETRY_DELAYS_MS[attempt]),
      );
    }
  }
}

/**
 * Sends the outbox's notifications, oldest first, and deletes each once it
 * is accepted. A failure does not fail the run: the notification stays in
 * the outbox for the next pass. `failures` says how a failed pass is
 * logged: the pass before a run only informs, since the pass after storing
 * tries again and warns.
 */
export async function notifyChanges(
  deps: NotifyDeps,
  failures: 'warn' | 'info' = 'warn',
): Promise<{ sent: number; left: number }> {
  const { notifications, logger, options, store } = deps;
  if (!notifications || !options.notifications.enabled) {
    return { sent: 0, left: 0 };
  }
  const now = deps.now ?? (() => new Date());
  const given = await store.dropNotificationsCreatedBefore(
    new Date(now().getTime() - GIVE_UP_AFTER_MS),
  );
  if (given > 0) {
    logger.warn(
      `Gave up ${given} data-mesh notifications that could not be sent for 7 days`,
    );
  }
  const pending = await store.getPendingNotifications(PASS_SIZE);
  let sent = 0;
  let inARow = 0;
  let firstError: unknown;
  for (const row of pending) {
    try {
      await sendWithRetries(notifications, row);
    } catch (error) {
      firstError ??= error;
      await store.recordNotificationFailure(
        row.id,
        now(),
        stringifyError(error),
      );
      if (++inARow >= FAILURES_TO_STOP) break;
      continue;
    }
    inARow = 0;
    // Only now: had the process stopped before, the notification would be
    // sent again, and its scope keeps that from making a copy.
    await store.markNotificationSent(row.id);
    sent++;
  }
  const left = pending.length - sent;
  if (firstError) {
    logger[failures](
      `Could not send ${left} of ${
        pending.length
      } data-mesh notifications (is the notifications backend installed?); they are tried again at the next run: ${stringifyError(
        firstError,
      )}`,
    );
  } else if (sent > 0) {
    logger.info(`Sent ${sent} data-mesh notifications`);
  }
  return { sent, left };
}
