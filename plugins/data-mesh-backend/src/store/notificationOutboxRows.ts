import type { Knex } from 'knex';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { PendingNotification } from './SnapshotStore';

/*
 * The rows of the notification outbox (`data_mesh_notification_outbox`),
 * for `KnexSnapshotStore`: written in the snapshot's transaction, read
 * oldest first, deleted once sent.
 */

const TABLE = 'data_mesh_notification_outbox';
/** Rows per insert: well under SQLite's limit of 999 variables. */
const BATCH = 100;

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string | number);
}

/** The recipients as stored, to tell which pending rows a new one replaces. */
function recipientsKey(notification: NotificationSendOptions): string {
  return JSON.stringify(notification.recipients);
}

/**
 * Adds notifications to the outbox within `tx`. A pending notification
 * with the same scope and recipients is deleted first: the notifications
 * backend would replace it with the new one anyway, and a long outage
 * keeps at most one row per scope and recipients.
 */
export async function enqueueNotifications(
  tx: Knex.Transaction,
  notifications: NotificationSendOptions[],
  at: Date,
): Promise<void> {
  const rows = notifications.map(n => ({
    created_at: at,
    // Every notification the plugin words has a scope; one without would
    // replace nothing.
    scope: n.payload.scope ?? '',
    recipients: recipientsKey(n),
    payload: JSON.stringify(n),
    attempts: 0,
  }));
  for (const row of rows) {
    if (!row.scope) continue;
    await tx(TABLE)
      .where({ scope: row.scope, recipients: row.recipients })
      .delete();
  }
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx(TABLE).insert(rows.slice(i, i + BATCH));
  }
}

/** Up to `limit` pending notifications, oldest first. */
export async function readPendingNotifications(
  knex: Knex,
  limit: number,
): Promise<PendingNotification[]> {
  const rows = await knex(TABLE)
    .select('id', 'created_at', 'payload', 'attempts')
    .orderBy('id', 'asc')
    .limit(limit);
  return rows.map(r => ({
    id: Number(r.id),
    createdAt: toDate(r.created_at),
    attempts: Number(r.attempts),
    notification: JSON.parse(r.payload) as NotificationSendOptions,
  }));
}

/** Removes a notification the notifications service accepted. */
export async function deleteNotification(knex: Knex, id: number) {
  await knex(TABLE).where({ id }).delete();
}

/** Counts a failed attempt to send a notification, with its error. */
export async function recordNotificationFailure(
  knex: Knex,
  id: number,
  at: Date,
  error: string,
) {
  await knex(TABLE)
    .where({ id })
    .update({
      attempts: knex.raw('attempts + 1'),
      last_attempt_at: at,
      last_error: error,
    });
}

/** Gives up the notifications pending since before `before`; how many. */
export async function dropNotificationsCreatedBefore(
  knex: Knex,
  before: Date,
): Promise<number> {
  return knex(TABLE).where('created_at', '<', before).delete();
}
