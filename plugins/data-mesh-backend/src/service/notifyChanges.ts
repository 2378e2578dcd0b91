import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { DataMeshBackendOptions } from '../config';
import { portfolioNotifications } from './changeNotifications';
import type { ComparedSnapshot } from './portfolioChanges';

/**
 * Sends what changed since the previous stored snapshot. A failure to send
 * is logged and does not fail the run: the snapshot is stored, and running
 * again would not tell the same change a second time anyway.
 */
export async function notifyChanges(
  deps: {
    notifications?: NotificationService;
    logger: LoggerService;
    options: DataMeshBackendOptions;
  },
  previous: ComparedSnapshot,
  next: ComparedSnapshot,
): Promise<void> {
  const { notifications, logger, options } = deps;
  if (!notifications) return;
  let toSend;
  try {
    toSend = portfolioNotifications(
      previous.snapshot,
      next.snapshot,
      options.notifications,
      {
        previous: previous.portfolio,
        next: next.portfolio,
      },
    );
  } catch (error) {
    logger.warn(
      `Could not work out the data-mesh notifications: ${stringifyError(
        error,
      )}`,
    );
    return;
  }
  let failed = 0;
  for (const notification of toSend) {
    try {
      await notifications.send(notification);
    } catch (error) {
      // One warning per run: without a notifications backend every send
      // fails the same way.
      if (failed++ === 0) {
        logger.warn(
          `Could not send a data-mesh notification (is the notifications backend installed?): ${stringifyError(
            error,
          )}`,
        );
      }
    }
  }
  if (toSend.length > 0) {
    logger.info(
      `Sent ${toSend.length - failed} of ${
        toSend.length
      } data-mesh notifications`,
    );
  }
}
