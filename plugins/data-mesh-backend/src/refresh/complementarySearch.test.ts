import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { factsFromEntities } from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  capability,
  domain,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { portfolioService } from '../__testUtils__/portfolioService';
import { PortfolioView } from '../reads/PortfolioView';
import { searchComplementaryUseCases } from './complementarySearch';
import { buildSnapshot } from './snapshot';
import { FULL_READ_EACH_RUN } from '../__testUtils__/portfolioService';

/*
 * The complementary search runs on its own scheduled task over the newest
 * stored snapshot; the recompute asks for the first one; every replica
 * serves the newest search measured against the snapshot it serves.
 */
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const page = { offset: 0, limit: 50 };
const DEMAND_PLANNING = 'usecase:default/demand-planning';

/** The example organisation with Demand Planning retired. */
function demandPlanningRetired(entities: Entity[]): Entity[] {
  return entities.map(e =>
    e.kind === 'UseCase' && e.metadata.name === 'demand-planning'
      ? { ...e, spec: { ...e.spec, status: 'retired' } }
      : e,
  );
}

describe('the complementary search', () => {
  async function setup() {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const examples = loadExampleEntities();
    const catalog = catalogServiceMock({ entities: examples });
    const retired = catalogServiceMock({
      entities: demandPlanningRetired(examples),
    });
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    let clock = new Date('2026-11-20T10:00:00.000Z');
    const deps = {
      store,
      catalog,
      auth: mockServices.auth(),
      logger,
      scheduler,
      refreshTaskId: 'refresh-task',
      complementaryTaskId: 'search-task',
      options: readDataMeshBackendOptions(
        new ConfigReader({ dataMesh: FULL_READ_EACH_RUN }),
      ),
      now: () => clock,
      storeCheckIntervalMs: 0,
    };
    const service = portfolioService(deps);
    return {
      service,
      deps,
      store,
      scheduler,
      logger,
      at: (iso: string) => {
        clock = new Date(iso);
      },
      retireDemandPlanning: () =>
        jest
          .spyOn(catalog, 'streamEntities')
          .mockImplementation((...args) => retired.streamEntities(...args)),
    };
  }

  it('has nothing to search before the first snapshot', async () => {
    const { service, store, logger } = await setup();
    const save = jest.spyOn(store, 'saveComplementarySearch');
    await service.refresh.searchComplementaryUseCases();
    expect(save).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('No data-mesh snapshot to search'),
    );
  });

  it('is asked for by the first recompute, and lists nothing until it has run', async () => {
    const { service, scheduler, logger, at } = await setup();
    await service.refresh.recompute();
    expect(scheduler.triggerTask).toHaveBeenCalledWith('search-task');
    const before = await service.listComplementaryUseCases(page);
    expect(before).toMatchObject({ searchedAt: null, totalItems: 0 });
    expect(before.items).toEqual([]);
    expect((await service.getStatus()).complementarySearch).toBeNull();

    at('2026-11-20T10:00:30.000Z');
    await service.refresh.searchComplementaryUseCases();
    const after = await service.listComplementaryUseCases(page);
    expect(after.searchedAt).toBe('2026-11-20T10:00:30.000Z');
    expect(after.totalItems).toBe(5);
    expect(after.items[0]).toMatchObject({
      first: { title: 'Demand Planning' },
      second: { title: 'Finance Close Automation' },
      shared: { count: 4 },
      neededByEither: 6,
    });
    expect((await service.getStatus()).complementarySearch).toEqual({
      searchedAt: '2026-11-20T10:00:30.000Z',
      snapshotComputedAt: '2026-11-20T10:00:00.000Z',
      durationMs: expect.any(Number),
      pairsFound: 5,
    });

    // The join ran in its worker threads, not in the fallback.
    expect(logger.warn).not.toHaveBeenCalled();

    // A search is stored: later recomputes do not ask again.
    scheduler.triggerTask.mockClear();
    await service.refresh.recompute();
    expect(scheduler.triggerTask).not.toHaveBeenCalled();
  });

  it('searches a snapshot once', async () => {
    const { service, store } = await setup();
    await service.refresh.recompute();
    await service.refresh.searchComplementaryUseCases();
    const save = jest.spyOn(store, 'saveComplementarySearch');
    await service.refresh.searchComplementaryUseCases();
    expect(save).not.toHaveBeenCalled();
    await service.refresh.recompute();
    await service.refresh.searchComplementaryUseCases();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('leaves out pairs that no longer qualify in the served snapshot, as a new search would', async () => {
    const { service, at, retireDemandPlanning } = await setup();
    await service.refresh.recompute();
    await service.refresh.searchComplementaryUseCases();
    const searched = await service.listComplementaryUseCases(page);
    const involving = searched.items.filter(
      p => p.first.ref === DEMAND_PLANNING || p.second.ref === DEMAND_PLANNING,
    );
    expect(involving.length).toBeGreaterThan(0);

    retireDemandPlanning();
    at('2026-11-20T10:10:00.000Z');
    await service.refresh.recompute();
    const measured = await service.listComplementaryUseCases(page);
    // Still the earlier search, measured against the new snapshot.
    expect(measured.searchedAt).toBe(searched.searchedAt);
    expect(measured.totalItems).toBe(searched.totalItems - involving.length);
    expect(
      measured.items.some(
        p =>
          p.first.ref === DEMAND_PLANNING || p.second.ref === DEMAND_PLANNING,
      ),
    ).toBe(false);

    at('2026-11-20T11:00:00.000Z');
    await service.refresh.searchComplementaryUseCases();
    const fresh = await service.listComplementaryUseCases(page);
    expect(fresh.searchedAt).toBe('2026-11-20T11:00:00.000Z');
    expect(fresh.items).toEqual(measured.items);
  });

  it('serves the search another replica stored', async () => {
    const { service, deps } = await setup();
    await service.refresh.recompute();
    await service.refresh.searchComplementaryUseCases();
    const other = portfolioService(deps);
    expect(await other.listComplementaryUseCases(page)).toEqual(
      await service.listComplementaryUseCases(page),
    );
  });
});

/** The example organisation's snapshot, as a replica serves it. */
function exampleView() {
  return new PortfolioView(
    buildSnapshot(
      factsFromEntities(loadExampleEntities()),
      readDataMeshBackendOptions(
        new ConfigReader({ dataMesh: FULL_READ_EACH_RUN }),
      ),
      new Date('2026-11-20T10:00:00.000Z'),
    ),
  );
}

describe('searchComplementaryUseCases', () => {
  it('stores the first pairs up to its cap and says how many qualify in all', async () => {
    // 202 use cases needing the same capability, alternately for analysts
    // and scientists: 101 × 101 = 10,201 pairs qualify, all at 1.
    const name = (i: number) => `uc-${String(i).padStart(3, '0')}`;
    const view = new PortfolioView(
      buildSnapshot(
        factsFromEntities([
          domain('sales', 'team-a'),
          capability('sql', 'available'),
          ...Array.from({ length: 202 }, (_, i) =>
            usecase(name(i), {
              status: 'live',
              personas: [i % 2 ? 'data-scientist' : 'data-analyst'],
              caps: ['sql'],
            }),
          ),
        ]),
        readDataMeshBackendOptions(
          new ConfigReader({ dataMesh: FULL_READ_EACH_RUN }),
        ),
        new Date('2026-11-20T10:00:00.000Z'),
      ),
    );
    const search = await searchComplementaryUseCases(1, view, {
      now: () => new Date(),
    });
    expect(search.pairsFound).toBe(10_201);
    expect(search.pairs).toHaveLength(10_000);
    // By the first title, then the second: uc-000 with the 101 odd ones,
    // uc-001 with the 100 even ones after it, and so on; the 10,000th
    // pair is uc-173's eighth (uc-175 to uc-189 come before uc-190).
    const ref = (i: number) => `usecase:default/${name(i)}`;
    expect(search.pairs[0]).toEqual([ref(0), ref(1)]);
    expect(search.pairs[101]).toEqual([ref(1), ref(2)]);
    expect(search.pairs[9_999]).toEqual([ref(173), ref(190)]);
  });

  it('lets other work run between slices of the search', async () => {
    const view = exampleView();
    // Each look at the clock is 30 ms later: every other use case ends a
    // slice.
    let clock = 0;
    const now = jest
      .spyOn(performance, 'now')
      .mockImplementation(() => (clock += 30));
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    const search = await searchComplementaryUseCases(7, view, {
      now: () => new Date(),
    });
    order.push('search done');
    now.mockRestore();
    expect(order).toEqual(['other work', 'search done']);
    expect(search).toMatchObject({ snapshotId: 7, pairsFound: 5 });
  });

  it('joins in slices of the event loop, and says so, when the thread fails', async () => {
    const view = exampleView();
    const logger = mockServices.logger.mock();
    const inThread = await searchComplementaryUseCases(3, view, {
      now: () => new Date('2026-11-20T10:05:00.000Z'),
      logger,
    });
    expect(logger.warn).not.toHaveBeenCalled();

    const onLoop = await searchComplementaryUseCases(3, view, {
      now: () => new Date('2026-11-20T10:05:00.000Z'),
      logger,
      join: () => Promise.reject(new Error('no threads on this host')),
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /join could not run in worker threads.*no threads on this host/,
      ),
    );
    expect(onLoop.pairsFound).toBe(5);
    expect({ ...onLoop, durationMs: 0 }).toEqual({
      ...inThread,
      durationMs: 0,
    });
  });

  it('stops without falling back once the signal fires', async () => {
    const view = exampleView();
    const logger = mockServices.logger.mock();
    const controller = new AbortController();
    const reason = new Error('the scheduler stopped the task');
    await expect(
      searchComplementaryUseCases(3, view, {
        now: () => new Date(),
        logger,
        signal: controller.signal,
        join: async () => {
          controller.abort(reason);
          throw reason;
        },
      }),
    ).rejects.toBe(reason);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
