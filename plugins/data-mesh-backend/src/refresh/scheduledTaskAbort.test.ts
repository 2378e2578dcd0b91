import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { PORTFOLIO_CATALOG_READS } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { portfolioService } from '../__testUtils__/portfolioService';

/*
 * The scheduler aborts a task's signal when the task times out, when its
 * claim is lost to another replica, and when the backend stops. The task
 * must then stop at its next safe point and store nothing: a snapshot or
 * search stored after that may race the run that took over.
 */
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('scheduled tasks on an aborted signal', () => {
  async function setup() {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const catalog = catalogServiceMock({ entities: loadExampleEntities() });
    const logger = mockServices.logger.mock();
    const service = portfolioService({
      store,
      catalog,
      auth: mockServices.auth(),
      logger,
      scheduler: mockServices.scheduler.mock(),
      refreshTaskId: 'refresh-task',
      options: readDataMeshBackendOptions(new ConfigReader({})),
      now: () => new Date('2026-11-20T10:00:00.000Z'),
    });
    return { service, catalog, store, logger };
  }

  /**
   * A catalog that answers each stream in `pages` pages, the example
   * organisation's entities of the stream's kinds on the first and nothing
   * on the rest. It calls `onPull` with each page's number and the
   * stream's as the page is asked for, and counts the pages read.
   */
  function pagedCatalog(
    catalog: ReturnType<typeof catalogServiceMock>,
    pages: number,
    onPull: (page: number, stream: number) => void,
  ) {
    const read = { pages: 0, streams: 0 };
    jest
      .spyOn(catalog, 'streamEntities')
      .mockImplementation(async function* stream(
        request?: Parameters<typeof catalog.streamEntities>[0],
      ) {
        const streamIndex = read.streams++;
        const kinds = [request?.filter]
          .flat()
          .flatMap(filter => [filter?.kind ?? []].flat());
        for (let page = 0; page < pages; page++) {
          read.pages += 1;
          onPull(page, streamIndex);
          yield page === 0
            ? loadExampleEntities().filter(e => kinds.includes(e.kind))
            : [];
        }
        onPull(pages, streamIndex);
      } as any);
    return read;
  }

  it('stops the recompute between catalog pages and stores nothing', async () => {
    const { service, catalog, store, logger } = await setup();
    const controller = new AbortController();
    const read = pagedCatalog(catalog, 50, (page, stream) => {
      if (stream === 0 && page === 1) controller.abort();
    });
    const save = jest.spyOn(store, 'saveSnapshot');

    await expect(
      service.refresh.recompute(controller.signal),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    // The page being read when the signal fired, and no other.
    expect(read.pages).toBe(2);
    expect(save).not.toHaveBeenCalled();
    expect(await store.getLatestSnapshotId()).toBeUndefined();
    // Stopping is not a failure of the catalog or the store: answers do
    // not turn stale for it.
    expect((await store.getRefreshStatus()).lastError).toBeNull();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('when the scheduler aborted it'),
    );
  });

  it('stores nothing when the signal fires after the catalog was read', async () => {
    const { service, catalog, store } = await setup();
    const controller = new AbortController();
    const read = pagedCatalog(catalog, 3, (page, stream) => {
      // Fires as the last stream ends, after its last page was taken in.
      if (stream === PORTFOLIO_CATALOG_READS.length - 1 && page === 3) {
        controller.abort();
      }
    });

    await expect(
      service.refresh.recompute(controller.signal),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(read.pages).toBe(3 * PORTFOLIO_CATALOG_READS.length);
    expect(await store.getLatestSnapshotId()).toBeUndefined();

    // The next run, not aborted, stores its snapshot.
    await service.refresh.recompute(new AbortController().signal);
    expect(await store.getLatestSnapshotId()).toBeDefined();
  });

  it('stops the complementary search at the next slice and stores nothing', async () => {
    const { service, store } = await setup();
    await service.refresh.recompute();
    const save = jest.spyOn(store, 'saveComplementarySearch');

    // Each step of the search (one use case compared with the rest) looks
    // at the clock once; this clock moves a whole slice per look, so that
    // every step ends a slice. The signal fires at the first look, before
    // the search's first step.
    let looks = 0;
    let controller = new AbortController();
    const clock = jest.spyOn(performance, 'now').mockImplementation(() => {
      looks += 1;
      controller.abort();
      return looks * 1000;
    });
    await expect(
      service.refresh.searchComplementaryUseCases(controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
    const aborted = looks;
    expect(save).not.toHaveBeenCalled();

    // The same search, never aborted, runs to its end and is stored.
    looks = 0;
    controller = new AbortController();
    await service.refresh.searchComplementaryUseCases(
      new AbortController().signal,
    );
    clock.mockRestore();
    expect(save).toHaveBeenCalledTimes(1);
    // The aborted one stopped at the end of its first slice, a step
    // (two looks) in, instead of comparing every use case.
    expect(looks - aborted).toBeGreaterThanOrEqual(5);
  });
});
