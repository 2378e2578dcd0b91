import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { ANNOTATION_DATA_MESH_PHASE } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { JsonObject } from '@backstage/types';
import { readDataMeshBackendOptions } from '../config';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { portfolioService } from '../__testUtils__/portfolioService';
import type { DefaultPortfolioServiceOptions } from '../reads/DefaultPortfolioServiceOptions';
import { FULL_READ_EACH_RUN } from '../__testUtils__/portfolioService';

/*
 * The scheduled recompute tells what changed since the previous stored
 * snapshot, after storing the new one: nothing on the first run, the
 * Orders domain's move on the run after its owners declare exploit, and
 * nothing again on the run after that.
 */
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

/** The example organisation with Orders declared in exploit. */
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

describe('the recompute notifications', () => {
  async function setup(
    dataMesh: JsonObject = {},
    send: (n: NotificationSendOptions) => Promise<void> = async () => {},
  ) {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const examples = loadExampleEntities();
    const catalog = catalogServiceMock({ entities: examples });
    const changed = catalogServiceMock({ entities: ordersInExploit(examples) });
    const sent: Array<{ options: NotificationSendOptions; stored?: number }> =
      [];
    const logger = mockServices.logger.mock();
    const deps: DefaultPortfolioServiceOptions = {
      store,
      catalog,
      auth: mockServices.auth(),
      logger,
      scheduler: mockServices.scheduler.mock(),
      refreshTaskId: 'refresh-task',
      options: readDataMeshBackendOptions(
        new ConfigReader({ dataMesh: { ...FULL_READ_EACH_RUN, ...dataMesh } }),
      ),
      notifications: {
        async send(options) {
          // What was stored when the notification went out.
          sent.push({ options, stored: await store.getLatestSnapshotId() });
          await send(options);
        },
      },
    };
    const service = portfolioService(deps);
    const changeCatalog = () =>
      jest
        .spyOn(catalog, 'streamEntities')
        .mockImplementation((...args) => changed.streamEntities(...args));
    return { service, deps, store, sent, logger, changeCatalog };
  }

  it('tells the owners once, after the change is stored', async () => {
    const { service, store, sent, changeCatalog } = await setup();
    await service.refresh.recompute();
    // The first run has nothing to compare with.
    expect(sent).toEqual([]);

    changeCatalog();
    await service.refresh.recompute();
    const stored = await store.getLatestSnapshotId();
    const previous = (await store.getSnapshot(stored! - 1))!;
    const was = previous.domains.find(
      d => d.scope === 'domain:default/orders',
    )!.phase;
    expect(was).not.toBe('exploit');
    expect(sent).toEqual([
      {
        options: expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: ['group:default/checkout-team'],
          },
          payload: expect.objectContaining({
            title: `Orders moved from ${was} to exploit`,
            scope: 'data-mesh:phase:domain:default/orders',
          }),
        }),
        stored,
      },
    ]);

    await service.refresh.recompute();
    expect(sent).toHaveLength(1);
  });

  it('compares with the snapshot it holds, or reads the one another replica stored', async () => {
    const { service, deps, store, sent, changeCatalog } = await setup();
    await service.refresh.recompute();
    const read = jest.spyOn(store, 'getSnapshot');
    changeCatalog();
    await service.refresh.recompute();
    // This replica stored the newest snapshot and still holds it.
    expect(read).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);

    // A replica that never loaded a snapshot reads the newest stored one:
    // the change is already told, so it finds nothing new.
    const other = portfolioService(deps);
    await other.refresh.recompute();
    expect(read).toHaveBeenCalledWith(2);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing when switched off', async () => {
    const { service, sent, store, changeCatalog } = await setup({
      notifications: { enabled: false },
    });
    await service.refresh.recompute();
    changeCatalog();
    await service.refresh.recompute();
    expect(await store.getLatestSnapshotId()).toBe(2);
    expect(sent).toEqual([]);
  });

  it('logs a failed send once and keeps the run a success', async () => {
    const { service, store, sent, logger, changeCatalog } = await setup(
      {},
      async () => {
        throw new Error('Request failed with status 404');
      },
    );
    await service.refresh.recompute();
    changeCatalog();
    await service.refresh.recompute();
    // Three attempts, all refused; the notification stays in the outbox.
    expect(sent).toHaveLength(3);
    expect((await store.getRefreshStatus()).lastError).toBeNull();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not send 1 of 1 data-mesh notifications (is the notifications backend installed?); they are tried again at the next run: Error: Request failed with status 404',
      ),
    );
    expect(await store.getPendingNotifications(10)).toHaveLength(1);
  });
});
