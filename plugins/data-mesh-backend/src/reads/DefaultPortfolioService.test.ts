import {
  TestDatabases,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { withDeclaredPhase } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import {
  FULL_READ_EACH_RUN,
  portfolioService,
} from '../__testUtils__/portfolioService';
import type { PortfolioService } from './PortfolioService';

/** The service as the router sees it: every read names its caller. */
const reads = (service: PortfolioService) => service;

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('DefaultPortfolioService', () => {
  const caller = { credentials: mockCredentials.user() };

  async function setup(
    storeCheckIntervalMs?: number,
    dataMesh: JsonObject = {},
    entities: Entity[] = loadExampleEntities(),
  ) {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const catalog = catalogServiceMock({ entities });
    let clock = new Date('2026-11-20T10:00:00.000Z');
    // Each test has its own scheduler, so that no test sees another's
    // triggers.
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    const service = portfolioService({
      store,
      catalog,
      auth: mockServices.auth(),
      logger,
      scheduler,
      refreshTaskId: 'refresh-task',
      options: readDataMeshBackendOptions(
        new ConfigReader({
          // The tests move the clock ten minutes on for the next full read.
          dataMesh: { schedule: { frequency: { minutes: 10 } }, ...dataMesh },
        }),
      ),
      now: () => clock,
      storeCheckIntervalMs,
    });
    return {
      service,
      catalog,
      store,
      scheduler,
      logger,
      setClock: (iso: string) => {
        clock = new Date(iso);
      },
    };
  }

  it('reads the catalog in pages with field projections', async () => {
    const { service, catalog } = await setup();
    const stream = jest.spyOn(catalog, 'streamEntities');
    await service.refresh.recompute();
    // The portfolio's entities in two streams, then the data contracts'
    // etags alone.
    expect(stream).toHaveBeenCalledTimes(3);
    const [dataMesh] = stream.mock.calls[0];
    expect(dataMesh).toEqual({
      filter: {
        kind: ['Domain', 'DataProduct', 'UseCase', 'PlatformCapability'],
      },
      fields: expect.arrayContaining(['kind', 'metadata.name', 'spec']),
      pageSize: 500,
    });
    // Groups list members and APIs hold definitions: not their whole spec.
    const [others] = stream.mock.calls[1];
    expect(others?.filter).toEqual({ kind: ['Group', 'API'] });
    expect(others?.fields).toEqual(
      expect.arrayContaining(['kind', 'metadata.name', 'spec.type']),
    );
    expect(others?.fields).not.toContain('spec');
    expect(others?.pageSize).toBe(500);
    const [contracts] = stream.mock.calls[2];
    expect(contracts).toEqual({
      filter: { kind: 'API', 'spec.type': 'odcs' },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.etag'],
      pageSize: 500,
    });
  });

  it('holds the facts of a full read once when the catalog has not changed them', async () => {
    const { service } = await setup(undefined, FULL_READ_EACH_RUN);
    // What the replica serves: the reads' own cache.
    const heldFacts = () =>
      (service as any).cache.current.view.snapshot.facts as {
        dataProducts: object[];
      };
    await service.refresh.recompute();
    const first = heldFacts();
    await service.refresh.recompute();
    const second = heldFacts();
    expect(second).not.toBe(first);
    expect(second.dataProducts.length).toBeGreaterThan(0);
    second.dataProducts.forEach((product, i) =>
      expect(product).toBe(first.dataProducts[i]),
    );
  });

  it('keeps serving the loaded snapshot, marked stale, while its database cannot be read', async () => {
    const { service, store } = await setup(0);
    await service.refresh.recompute();
    const before = await reads(service).getAssessment('organization', caller);
    expect(before.stale).toBe(false);

    const down = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    const latest = jest
      .spyOn(store, 'getLatestSnapshotId')
      .mockRejectedValue(down);
    expect(await reads(service).getAssessment('organization', caller)).toEqual({
      ...before,
      stale: true,
    });
    const page = await reads(service).listCapabilities(
      { view: 'teams', offset: 0, limit: 5 },
      caller,
    );
    expect(page.stale).toBe(true);
    expect(page.items.length).toBeGreaterThan(0);

    latest.mockRestore();
    expect(await reads(service).getAssessment('organization', caller)).toEqual(
      before,
    );
  });

  it('says the portfolio is unavailable when its database cannot be read before anything was loaded', async () => {
    const { service, store, logger } = await setup(0);
    jest
      .spyOn(store, 'getLatestSnapshotId')
      .mockRejectedValue(new Error('connect ECONNREFUSED 10.1.2.3:5432'));
    const answer = reads(service).getAssessment('organization', caller);
    await expect(answer).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
    });
    // The database's address goes to the log, not to the caller.
    await expect(answer).rejects.not.toThrow('10.1.2.3');
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('10.1.2.3:5432'),
    );
  });

  it('keeps serving the last snapshot, marked stale, when the catalog cannot be read', async () => {
    const { service, catalog, setClock } = await setup();
    await service.refresh.recompute();
    const before = await reads(service).getAssessment('organization', caller);
    expect(before?.stale).toBe(false);

    jest.spyOn(catalog, 'streamEntities').mockImplementation(() => {
      throw new Error('catalog unavailable');
    });
    setClock('2026-11-20T10:10:00.000Z');
    await expect(service.refresh.recompute()).rejects.toThrow(
      'catalog unavailable',
    );

    const after = await reads(service).getAssessment('organization', caller);
    expect(after).toEqual({ ...before, stale: true });

    jest.restoreAllMocks();
    setClock('2026-11-20T10:20:00.000Z');
    await service.refresh.recompute();
    expect(
      await reads(service).getAssessment('organization', caller),
    ).toMatchObject({
      stale: false,
      computedAt: '2026-11-20T10:20:00.000Z',
    });
  });

  it('answers without the forecast and sparklines, marked stale, while the history cannot be read', async () => {
    const { service, store } = await setup();
    await service.refresh.recompute();
    const down = jest
      .spyOn(store, 'getHistory')
      .mockRejectedValue(new Error('connect ECONNREFUSED'));
    jest
      .spyOn(store, 'getAdoptionSince')
      .mockRejectedValue(new Error('connect ECONNREFUSED'));
    const phase = await reads(service).getAssessment(
      'domain:default/orders',
      caller,
    );
    expect([phase.phase, phase.forecast, phase.stale]).toEqual([
      'scale',
      null,
      true,
    ]);
    const units = await reads(service).listBusinessUnits(
      { level: 'top', offset: 0, limit: 50 },
      caller,
    );
    expect(units.stale).toBe(true);
    expect(units.items.map(u => u.history)).toEqual(Array(5).fill([]));

    // A failed read is not kept: once the history answers, so does the
    // forecast.
    down.mockRestore();
    const again = await reads(service).getAssessment(
      'domain:default/orders',
      caller,
    );
    expect([again.forecast?.outcome, again.stale]).toEqual([
      'already-reached',
      false,
    ]);
  });

  it('writes example history for scopes without earlier measurements, afresh while the first day lasts', async () => {
    const { service, store, catalog, setClock } = await setup(0, {
      exampleHistory: true,
    });
    // The first run finds the catalog still ingesting: no data products.
    const all = loadExampleEntities();
    jest
      .spyOn(catalog, 'streamEntities')
      .mockImplementationOnce(async function* partial() {
        yield all.filter(e => e.kind !== 'DataProduct');
      } as any);
    await service.refresh.recompute();
    const page = { offset: 0, limit: 500 };
    const adoption = async (scope: string) =>
      (await store.getHistory(scope, page)).points.map(p => p.adoption);
    expect(new Set(await adoption('organization'))).toEqual(new Set([0]));

    // Later that day, with the whole catalog: the example year is written
    // again, leading up to the new figures.
    setClock('2026-11-20T11:00:00.000Z');
    await service.refresh.recompute();
    const organisation = await store.getHistory('organization', page);
    expect(organisation.totalItems).toBe(366);
    expect(organisation.points.filter(p => p.example)).toHaveLength(365);
    expect((await adoption('organization')).slice(-2)).toEqual([
      5 / 12,
      5 / 12,
    ]);
    expect(
      (await store.getHistory('group:default/commerce', page)).totalItems,
    ).toBe(366);

    // The next day has a measurement before it: no second year.
    setClock('2026-11-21T10:00:00.000Z');
    await service.refresh.recompute();
    const next = await store.getHistory('organization', page);
    expect(next.totalItems).toBe(367);
    expect(next.points.at(-1)).toMatchObject({
      date: '2026-11-21',
      example: false,
    });
  });

  it('writes no example history unless configured', async () => {
    const { service, store } = await setup();
    await service.refresh.recompute();
    const { points } = await store.getHistory('organization', {
      offset: 0,
      limit: 500,
    });
    expect(points.map(p => [p.date, p.example])).toEqual([
      ['2026-11-20', false],
    ]);
  });

  it('drops history older than the retention', async () => {
    const { service, store, setClock } = await setup();
    setClock('2023-01-01T10:00:00.000Z');
    await service.refresh.recompute();
    setClock('2026-11-20T10:00:00.000Z');
    await service.refresh.recompute();
    expect(
      (
        await store.getHistory('organization', { offset: 0, limit: 50 })
      ).points.map(p => p.date),
    ).toEqual(['2026-11-20']);
  });

  it('records what each run took and serves it as the status', async () => {
    const { service } = await setup();
    await service.refresh.recompute();
    const status = await service.getStatus();
    expect(status).toMatchObject({
      computedAt: '2026-11-20T10:00:00.000Z',
      stale: false,
      lastError: null,
      lastRun: {
        startedAt: '2026-11-20T10:00:00.000Z',
        entities: {
          domains: 12,
          dataProducts: 15,
          useCases: 8,
          capabilities: 11,
        },
      },
    });
    const run = status.lastRun!;
    expect(run.durationMs).toBeGreaterThanOrEqual(
      run.readMs + run.computeMs + run.storeMs - 2,
    );
  });

  it("tells callers that the last run failed and when, never the failure's text, which goes to the log", async () => {
    const { service, catalog, logger, setClock } = await setup();
    await service.refresh.recompute();
    const secret =
      'postgresql://portal:hunter2-s3cret@db.internal:5432/catalog';
    jest.spyOn(catalog, 'streamEntities').mockImplementation(() => {
      throw new Error(`connect ECONNREFUSED ${secret}`);
    });
    setClock('2026-11-20T10:10:00.000Z');
    await expect(service.refresh.recompute()).rejects.toThrow(secret);

    const status = await service.getStatus();
    expect(status).toMatchObject({
      stale: true,
      lastAttemptAt: '2026-11-20T10:10:00.000Z',
      lastSuccessAt: '2026-11-20T10:00:00.000Z',
      lastError:
        'The last recompute, at 2026-11-20T10:10:00.000Z, failed; see the backend log',
    });
    expect(JSON.stringify(status)).not.toContain('hunter2');
    expect(JSON.stringify(status)).not.toContain('ECONNREFUSED');
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining(secret));
  });

  it('answers 503 before the first computation and 404 for unknown scopes', async () => {
    const { service } = await setup();
    await expect(
      reads(service).getAssessment('organization', caller),
    ).rejects.toMatchObject({ name: 'ServiceUnavailableError' });
    await service.refresh.recompute();
    await expect(
      reads(service).getAssessment('domain:default/nowhere', caller),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('serves a snapshot another replica stored, once it has loaded it', async () => {
    // This replica looks at the store on every request.
    const { service, store, scheduler } = await setup(0);
    await service.refresh.recompute();
    const other = portfolioService({
      store,
      catalog: catalogServiceMock({ entities: [] }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      scheduler,
      refreshTaskId: 'refresh-task',
      options: readDataMeshBackendOptions(new ConfigReader({})),
      now: () => new Date('2026-11-21T10:00:00.000Z'),
    });
    // The first request waits for the load: there is nothing to serve yet.
    expect(
      (await reads(other).getAssessment('organization', caller)).metrics
        .domains,
    ).toBe(12);
    await service.refresh.recompute();
    await other.refresh.recompute(); // an empty catalog, stored as the newest
    // The loaded snapshot is served while the newer one loads.
    expect(
      (await reads(service).getAssessment('organization', caller)).metrics
        .domains,
    ).toBe(12);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(
      (await reads(service).getAssessment('organization', caller)).metrics
        .domains,
    ).toBe(0);
  });

  it("answers a business unit's declared phase beside the computed one", async () => {
    const COMMERCE = 'group:default/commerce';
    const plain = await setup();
    await plain.service.refresh.recompute();
    const computed = await reads(plain.service).getAssessment(COMMERCE, caller);
    expect(computed.declared).toBeNull();
    const other = computed.phase === 'exploit' ? 'bootstrap' : 'exploit';

    const declaring = await setup(
      undefined,
      {},
      loadExampleEntities().map(entity =>
        entity.kind === 'Group' && entity.metadata.name === 'commerce'
          ? withDeclaredPhase(entity, {
              phase: other,
              reason: 'Agreed at the review',
            })
          : entity,
      ),
    );
    await declaring.service.refresh.recompute();
    const answer = await reads(declaring.service).getAssessment(
      COMMERCE,
      caller,
    );
    expect([answer.phase, answer.computedPhase]).toEqual([
      other,
      computed.phase,
    ]);
    expect(answer.declared).toEqual({
      phase: other,
      reason: 'Agreed at the review',
    });
  });

  it('lets requests within a second share one look at the store', async () => {
    const { service, store } = await setup();
    await service.refresh.recompute();
    const look = jest.spyOn(store, 'getLatestSnapshotId');
    for (let i = 0; i < 10; i++) {
      await reads(service).getAssessment('organization', caller);
    }
    expect(look).toHaveBeenCalledTimes(1);
  });

  describe('on a refresh', () => {
    // The follow-up asks the scheduler every second: each test moves its
    // own clock, so none waits in real time or leaves a follow-up running.
    afterEach(() => {
      jest.useRealTimers();
    });

    it('triggers the scheduled task, also when it already runs', async () => {
      const { service, scheduler } = await setup();
      jest.useFakeTimers();
      await service.requestRefresh();
      expect(scheduler.triggerTask).toHaveBeenCalledWith('refresh-task');
      scheduler.triggerTask.mockRejectedValueOnce(new Error('scheduler down'));
      await expect(service.requestRefresh()).rejects.toThrow('scheduler down');
      scheduler.triggerTask.mockRejectedValueOnce(new ConflictError('running'));
      await expect(service.requestRefresh()).resolves.toBeUndefined();
      expect(scheduler.triggerTask).toHaveBeenCalledTimes(3);
      // The run in progress ended: its follow-up is accepted.
      await jest.advanceTimersByTimeAsync(1000);
      expect(scheduler.triggerTask).toHaveBeenCalledTimes(4);
    });

    it('follows a run that was going when a refresh was asked for with another run', async () => {
      // The running recompute may have read the catalog before the change
      // that made someone ask, so one more run must start after it.
      const { service, scheduler } = await setup();
      jest.useFakeTimers();
      scheduler.triggerTask
        .mockRejectedValueOnce(new ConflictError('running'))
        .mockRejectedValueOnce(new ConflictError('still running'))
        .mockResolvedValueOnce(undefined);
      await service.requestRefresh();
      // Asking again while the follow-up waits adds no third run.
      await service.requestRefresh();
      expect(scheduler.triggerTask).toHaveBeenCalledTimes(1);
      await jest.advanceTimersByTimeAsync(1000);
      expect(scheduler.triggerTask).toHaveBeenCalledTimes(2);
      await jest.advanceTimersByTimeAsync(1000);
      expect(scheduler.triggerTask).toHaveBeenCalledTimes(3);
      // Accepted: nothing more is asked.
      await jest.advanceTimersByTimeAsync(10_000);
      expect(scheduler.triggerTask).toHaveBeenCalledTimes(3);
    });
  });
});
