import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { ANNOTATION_DATA_MESH_PHASE } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { readDataMeshBackendOptions } from '../config';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { testDatabaseIds } from '../store/testDatabaseIds';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { portfolioService } from '../__testUtils__/portfolioService';
import type { DefaultPortfolioServiceOptions } from '../reads/DefaultPortfolioServiceOptions';
import { computeAndStore } from '../refresh/computeAndStore';
import { notifyChanges } from './notifyChanges';
import { before } from '../__testUtils__/changedOrganisation';
import { FULL_READ_EACH_RUN } from '../__testUtils__/portfolioService';

jest.setTimeout(60_000);

/*
 * At least once: the change a run finds (Orders declared in exploit) is
 * stored with its snapshot and reaches its owners even when the
 * notifications service fails on that run, or the process stops right
 * after storing; it is sent by the next run, of this replica or another,
 * with the same scope, and then never again.
 */
const ids = testDatabaseIds('The at-least-once notifications');
const databases = TestDatabases.create({ ids });

const ORDERS_SCOPE = 'data-mesh:phase:domain:default/orders';

function ordersInExploit(entities: Entity[]): Entity[] {
  return entities.map(e =>
    e.kind === 'Domain' && e.metadata.name === 'orders'
      ? {
          ...e,
          metadata: {
            ...e.metadata,
            annotations: { [ANNOTATION_DATA_MESH_PHASE]: 'exploit' },
          },
        }
      : e,
  );
}

describe.each(ids)('notifications on %s', databaseId => {
  async function setup() {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init(databaseId) }),
    );
    const examples = loadExampleEntities();
    const catalog = catalogServiceMock({ entities: examples });
    const changed = catalogServiceMock({ entities: ordersInExploit(examples) });
    /** Every attempt, whether the service accepted it, and the run it was in. */
    const attempts: Array<{
      scope?: string;
      title: string;
      accepted: boolean;
      run: number;
    }> = [];
    const state = { failing: false, run: 0 };
    const deps: DefaultPortfolioServiceOptions = {
      store,
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      scheduler: mockServices.scheduler.mock(),
      refreshTaskId: 'refresh-task',
      options: readDataMeshBackendOptions(
        new ConfigReader({ dataMesh: FULL_READ_EACH_RUN }),
      ),
      notifications: {
        async send({ payload }: NotificationSendOptions) {
          const accepted = !state.failing;
          const { scope, title } = payload;
          attempts.push({ scope, title, accepted, run: state.run });
          if (!accepted) throw new Error('Request failed with status 503');
        },
      },
    };
    const changeCatalog = () =>
      jest
        .spyOn(catalog, 'streamEntities')
        .mockImplementation((...args) => changed.streamEntities(...args));
    const recompute = async (service: ReturnType<typeof portfolioService>) => {
      state.run++;
      await service.refresh.recompute();
    };
    const accepted = () => attempts.filter(a => a.accepted);
    return { deps, store, state, attempts, accepted, changeCatalog, recompute };
  }

  it('sends on the next run what the notifications service refused', async () => {
    const { deps, store, state, attempts, accepted, changeCatalog, recompute } =
      await setup();
    const service = portfolioService(deps);
    await recompute(service);
    changeCatalog();
    state.failing = true;
    await recompute(service);
    // Tried, and tried again, within the run; nothing accepted.
    expect(attempts.map(a => [a.scope, a.accepted, a.run])).toEqual([
      [ORDERS_SCOPE, false, 2],
      [ORDERS_SCOPE, false, 2],
      [ORDERS_SCOPE, false, 2],
    ]);
    expect((await store.getPendingNotifications(10)).length).toBe(1);
    expect((await store.getRefreshStatus()).lastError).toBeNull();

    state.failing = false;
    await recompute(service);
    expect(accepted()).toEqual([
      {
        scope: ORDERS_SCOPE,
        title: expect.stringMatching(/^Orders moved from \w+ to exploit$/),
        accepted: true,
        run: 3,
      },
    ]);
    expect(await store.getPendingNotifications(10)).toEqual([]);
    await recompute(service);
    expect(accepted()).toHaveLength(1);
  });

  it('has another replica send what one left when it stopped after storing', async () => {
    const { deps, store, accepted, changeCatalog, recompute } = await setup();
    await recompute(portfolioService(deps));
    changeCatalog();
    // The run stores its snapshot, and the process stops before sending.
    await computeAndStore(deps, new Date(), () => new Date());
    expect(accepted()).toEqual([]);
    expect(
      (await store.getPendingNotifications(10)).map(
        p => p.notification.payload.scope,
      ),
    ).toEqual([ORDERS_SCOPE]);

    await recompute(portfolioService(deps));
    expect(accepted().map(a => [a.scope, a.run])).toEqual([[ORDERS_SCOPE, 2]]);
    expect(await store.getPendingNotifications(10)).toEqual([]);
  });
});

describe('a pass over the outbox', () => {
  async function withPending(count: number) {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const notifications = Array.from({ length: count }, (_, i) => ({
      recipients: { type: 'entity' as const, entityRef: ['group:default/a'] },
      payload: { title: `Change ${i}`, scope: `data-mesh:phase:s${i}` },
    }));
    await store.saveSnapshot(before, { notifications });
    const send = jest.fn(async (_: NotificationSendOptions) => {
      throw new Error('Request failed with status 503');
    });
    const logger = mockServices.logger.mock();
    const deps = {
      store,
      logger,
      notifications: { send },
      options: readDataMeshBackendOptions(
        new ConfigReader({ dataMesh: FULL_READ_EACH_RUN }),
      ),
      // An hour after the snapshot was stored.
      now: () => new Date(new Date(before.computedAt).getTime() + 3_600_000),
    };
    return { store, send, logger, deps };
  }

  it('stops after two notifications in a row were refused, keeping the rest untried', async () => {
    const { store, send, deps } = await withPending(3);
    expect(await notifyChanges(deps)).toEqual({ sent: 0, left: 3 });
    expect(send.mock.calls.map(([n]) => n.payload.title)).toEqual([
      'Change 0',
      'Change 0',
      'Change 0',
      'Change 1',
      'Change 1',
      'Change 1',
    ]);
    const pending = await store.getPendingNotifications(10);
    expect(pending.map(p => p.attempts)).toEqual([1, 1, 0]);
  });

  it('gives up what could not be sent for a week', async () => {
    const { store, send, logger, deps } = await withPending(2);
    const stored = new Date(before.computedAt).getTime();
    const day = 24 * 60 * 60 * 1000;
    await notifyChanges({ ...deps, now: () => new Date(stored + 6 * day) });
    expect(await store.getPendingNotifications(10)).toHaveLength(2);
    send.mockClear();
    await notifyChanges({ ...deps, now: () => new Date(stored + 8 * day) });
    expect(send).not.toHaveBeenCalled();
    expect(await store.getPendingNotifications(10)).toEqual([]);
    expect(logger.warn).toHaveBeenLastCalledWith(
      'Gave up 2 data-mesh notifications that could not be sent for 7 days',
    );
  });
});
