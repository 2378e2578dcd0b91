import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import { after, before } from '../__testUtils__/changedOrganisation';
import { KnexSnapshotStore } from './KnexSnapshotStore';
import { testDatabaseIds } from './testDatabaseIds';

jest.setTimeout(60_000);

/*
 * The outbox as the store keeps it: notifications written with their
 * snapshot or not at all, read oldest first, gone once sent, and one row
 * per scope and recipients however many runs could not send.
 */
const ids = testDatabaseIds('The notification outbox');
const databases = TestDatabases.create({ ids });

function notification(
  scope: string,
  title: string,
  to = 'group:default/team-a',
): NotificationSendOptions {
  return {
    recipients: { type: 'entity', entityRef: [to] },
    payload: { title, scope, topic: 'Data mesh phase' },
  };
}

/**
 * The database as the store sees it, but refusing every statement on one
 * table, inside transactions too. (Dropping the table instead did not fail
 * the write reliably on SQLite when other test files had run in the same
 * process before.)
 */
function refusingWrites(knex: Knex, table: string): Knex {
  const wrap = (db: any): any =>
    new Proxy(db, {
      apply(target, thisArg, args) {
        if (args[0] === table) {
          throw new Error(`${table} refused the statement`);
        }
        return Reflect.apply(target, thisArg, args);
      },
      get(target, property) {
        if (property === 'transaction') {
          return (work: (tx: Knex.Transaction) => unknown) =>
            target.transaction((tx: Knex.Transaction) => work(wrap(tx)));
        }
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return wrap(knex);
}

describe.each(ids)('the notification outbox on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex }),
    );
    return { knex, store };
  }

  it('keeps the notifications of a stored snapshot until they are sent', async () => {
    const { store } = await createStore();
    const first = notification('data-mesh:phase:a', 'A moved');
    const second = notification('data-mesh:phase:b', 'B moved');
    await store.saveSnapshot(before, { notifications: [first, second] });
    const pending = await store.getPendingNotifications(10);
    expect(pending.map(p => p.notification)).toEqual([first, second]);
    expect(pending.map(p => p.attempts)).toEqual([0, 0]);
    expect(pending[0].createdAt.toISOString()).toBe(before.computedAt);

    await store.recordNotificationFailure(
      pending[0].id,
      new Date('2026-11-25T10:05:00.000Z'),
      'Request failed with status 503',
    );
    await store.markNotificationSent(pending[1].id);
    const left = await store.getPendingNotifications(10);
    expect(left.map(p => [p.notification.payload.title, p.attempts])).toEqual([
      ['A moved', 1],
    ]);
    expect(await store.getPendingNotifications(0)).toEqual([]);
  });

  it('replaces a pending notification with the same scope and recipients only', async () => {
    const { store } = await createStore();
    await store.saveSnapshot(before, {
      notifications: [
        notification('data-mesh:phase:a', 'A moved up'),
        notification('data-mesh:phase:a', 'A moved up', 'group:default/b'),
        notification('data-mesh:phase:c', 'C moved up'),
      ],
    });
    await store.saveSnapshot(after, {
      notifications: [notification('data-mesh:phase:a', 'A moved down')],
    });
    const pending = await store.getPendingNotifications(10);
    expect(
      pending.map(p => [
        p.notification.payload.title,
        p.notification.recipients,
      ]),
    ).toEqual([
      ['A moved up', { type: 'entity', entityRef: ['group:default/b'] }],
      ['C moved up', { type: 'entity', entityRef: ['group:default/team-a'] }],
      ['A moved down', { type: 'entity', entityRef: ['group:default/team-a'] }],
    ]);
  });

  it('writes nothing when the snapshot cannot be stored', async () => {
    const { store, knex } = await createStore();
    // The last write of the transaction fails, after the outbox's.
    const failing = new KnexSnapshotStore(
      refusingWrites(knex, 'data_mesh_refresh_status'),
    );
    await expect(
      failing.saveSnapshot(before, {
        notifications: [notification('data-mesh:phase:a', 'A moved')],
      }),
    ).rejects.toThrow(/data_mesh_refresh_status/);
    expect(await store.getPendingNotifications(10)).toEqual([]);
    expect(await store.getLatestSnapshotId()).toBeUndefined();
  });

  it('gives up the notifications stored before a time', async () => {
    const { store } = await createStore();
    await store.saveSnapshot(before, {
      notifications: [notification('data-mesh:phase:a', 'A moved')],
    });
    await store.saveSnapshot(after, {
      notifications: [notification('data-mesh:phase:b', 'B moved')],
    });
    expect(
      await store.dropNotificationsCreatedBefore(new Date(after.computedAt)),
    ).toBe(1);
    const pending = await store.getPendingNotifications(10);
    expect(pending.map(p => p.notification.payload.title)).toEqual(['B moved']);
  });
});
