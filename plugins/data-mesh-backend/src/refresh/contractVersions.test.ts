import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConfigReader } from '@backstage/config';
import { stringify } from 'yaml';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { readDataMeshBackendOptions } from '../config';
import {
  contractConsumers,
  contractV1,
  contractV2,
  odcsApi,
} from '../__testUtils__/contractOrganisation';
import { portfolioService } from '../__testUtils__/portfolioService';
import {
  MAX_NEW_CONTRACT_VERSIONS_PER_RUN,
  readContractChanges,
} from './contractVersions';
import { contractHash } from './contractDocuments';
import type { ExampleContractVersion } from '../exampleContractConfig';
import { readCatalogFacts } from './readCatalogFacts';
import { readContractReaders } from './readContractReaders';
import { buildSnapshot } from './snapshot';
import { testDatabaseIds } from '../store/testDatabaseIds';
import { FULL_READ_EACH_RUN } from '../__testUtils__/portfolioService';

jest.setTimeout(60_000);

// PostgreSQL too where a column's bounds matter: SQLite does not keep them.
const ids = testDatabaseIds('contractVersions');
const databases = TestDatabases.create({ ids });
const API = 'api:default/orders-contract';
const options = readDataMeshBackendOptions(
  new ConfigReader({ dataMesh: FULL_READ_EACH_RUN }),
);

async function setUp(databaseId: (typeof ids)[number] = 'SQLITE_3') {
  const store = await KnexSnapshotStore.create(
    mockServices.database({ knex: await databases.init(databaseId) }),
  );
  const logger = mockServices.logger.mock();
  const auth = mockServices.auth();
  /** One run over these entities: read, then store with a snapshot. */
  const run = async (
    entities: Entity[],
    at = '2026-11-01T08:00:00.000Z',
    exampleContractVersions: ExampleContractVersion[] = [],
  ) => {
    const catalog = catalogServiceMock({ entities });
    const byRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
    const { facts } = await readCatalogFacts(catalog, auth);
    const graphReads = jest.fn(
      async () => (await readContractReaders(catalog, auth)).graph,
    );
    const contracts = await readContractChanges(
      { catalog, auth, logger, store, options: { exampleContractVersions } },
      graphReads,
      new Date(at),
    );
    await store.saveSnapshot(buildSnapshot(facts, options, new Date(at)), {
      contracts,
    });
    return { contracts, byRefs, graphReads };
  };
  return { store, logger, run };
}

describe('readContractChanges', () => {
  /** The orders contract's 1.2.0 as an example earlier version. */
  const example: ExampleContractVersion = {
    api: API,
    definition: stringify(contractV1()),
    daysAgo: 14,
  };

  it('stores a configured example version first, the first time it sees a contract, dated as configured', async () => {
    const { store, run } = await setUp();
    const entities = [
      ...contractConsumers(),
      odcsApi('orders-contract', contractV2(), { etag: 'e1' }),
    ];
    await run(entities, '2026-11-20T08:00:00.000Z', [example]);
    // Seen again: the example is not stored twice, nothing changed.
    await run(entities, '2026-11-21T08:00:00.000Z', [example]);
    const { items } = await store.contracts.listVersions(API, {
      offset: 0,
      limit: 10,
    });
    expect(
      items.map(v => [v.sequence, v.version, v.seenAt, v.breaking]),
    ).toEqual([
      [2, '1.3.0', '2026-11-20T08:00:00.000Z', true],
      [1, '1.2.0', '2026-11-06T08:00:00.000Z', false],
    ]);
    expect((await store.contracts.getReached(API, 2))[0]).toMatchObject({
      ref: 'usecase:default/fraud',
      reach: 'port',
    });
  });

  it("works out again whom an example's breaking version reaches while its first day lasts", async () => {
    const { store, run } = await setUp();
    const api = odcsApi('orders-contract', contractV2(), { etag: 'e1' });
    const reached = async () =>
      (await store.contracts.getReached(API, 2)).map(r => r.ref);
    // The first run sees the contract before its readers are ingested.
    await run([api], '2026-11-20T08:00:00.000Z', [example]);
    expect(await reached()).toEqual([]);
    // Within the day, with the readers in the catalog: rewritten.
    const within = await run(
      [...contractConsumers(), api],
      '2026-11-21T07:59:00.000Z',
      [example],
    );
    expect(within.contracts.versions).toEqual([]);
    expect(within.graphReads).toHaveBeenCalledTimes(1);
    const whole = await reached();
    expect(whole).toHaveLength(7);
    expect(whole[0]).toBe('usecase:default/fraud');
    // A day after it was seen, the reach stays as stored, whoever reads.
    const after = await run([api], '2026-11-21T08:00:00.000Z', [example]);
    expect(after.graphReads).not.toHaveBeenCalled();
    expect(await reached()).toEqual(whole);
  });

  it('leaves whom a real breaking version reaches as stored when it was seen', async () => {
    const { store, run } = await setUp();
    await run([odcsApi('orders-contract', contractV1(), { etag: 'e1' })]);
    const v2 = odcsApi('orders-contract', contractV2(), { etag: 'e2' });
    await run([v2], '2026-11-02T08:00:00.000Z');
    const later = await run(
      [...contractConsumers(), v2],
      '2026-11-02T09:00:00.000Z',
    );
    expect(later.graphReads).not.toHaveBeenCalled();
    expect(await store.contracts.getReached(API, 2)).toEqual([]);
  });

  it('stores a first version, then a breaking one with its diff and whom it reaches', async () => {
    const { store, run } = await setUp();
    const first = await run([
      ...contractConsumers(),
      odcsApi('orders-contract', contractV1(), { etag: 'e1' }),
    ]);
    const second = await run(
      [
        ...contractConsumers(),
        odcsApi('orders-contract', contractV2(), { etag: 'e2' }),
      ],
      '2026-11-02T08:00:00.000Z',
    );
    // Who reads the port is read for the breaking version only.
    expect(first.graphReads).not.toHaveBeenCalled();
    expect(second.graphReads).toHaveBeenCalledTimes(1);
    const { items } = await store.contracts.listVersions(API, {
      offset: 0,
      limit: 10,
    });
    expect(items.map(v => [v.sequence, v.version, v.breaking])).toEqual([
      [2, '1.3.0', true],
      [1, '1.2.0', false],
    ]);
    expect(items[0]).toMatchObject({
      unannounced: true,
      seenAt: '2026-11-02T08:00:00.000Z',
      status: 'active',
      breakingCount: 1,
      changes: [
        {
          path: 'schema.orders.properties.customer_id',
          kind: 'property-removed',
          class: 'breaking',
        },
        { path: 'version', kind: 'version-changed', class: 'non-breaking' },
      ],
    });
    // Derived by hand: real use cases first, port readers before lineage.
    expect(
      (await store.contracts.getReached(API, 2)).map(r => [
        r.ref,
        r.reach,
        r.through,
        r.real,
      ]),
    ).toEqual([
      ['usecase:default/fraud', 'port', 'dataproduct:default/orders', true],
      ['usecase:default/dash', 'lineage', 'dataproduct:default/revenue', true],
      [
        'usecase:default/kpi-board',
        'lineage',
        'dataproduct:default/finance-kpis',
        true,
      ],
      [
        'usecase:default/secret-plan',
        'lineage',
        'dataproduct:default/finance-kpis',
        true,
      ],
      ['usecase:default/idea', 'port', 'dataproduct:default/orders', false],
      [
        'dataproduct:default/revenue',
        'port',
        'dataproduct:default/orders',
        null,
      ],
      [
        'dataproduct:default/finance-kpis',
        'lineage',
        'dataproduct:default/revenue',
        null,
      ],
    ]);
    // The first version reaches no one: it changed nothing.
    expect(await store.contracts.getReached(API, 1)).toEqual([]);
  });

  it('reads no definition of an API whose etag is unchanged, and no version for the same content', async () => {
    const { store, run } = await setUp();
    const entities = [
      ...contractConsumers(),
      odcsApi('orders-contract', contractV1(), { etag: 'e1' }),
    ];
    expect((await run(entities)).byRefs).toHaveBeenCalledTimes(1);
    const quiet = await run(entities);
    expect(quiet.byRefs).not.toHaveBeenCalled();
    expect(quiet.contracts).toEqual({
      versions: [],
      etags: [],
      reachRewrites: [],
    });
    // A new etag with the same content (keys reordered): read, not stored.
    const reordered = Object.fromEntries(
      Object.entries(contractV1()).reverse(),
    );
    expect(contractHash(reordered)).toBe(contractHash(contractV1()));
    const touched = await run([
      ...contractConsumers(),
      odcsApi('orders-contract', reordered, { etag: 'e2' }),
    ]);
    expect(touched.byRefs).toHaveBeenCalledTimes(1);
    expect(touched.contracts.versions).toEqual([]);
    expect(await store.contracts.getReadStates()).toEqual(
      new Map([[API, { etag: 'e2', hash: contractHash(contractV1()) }]]),
    );
  });

  it('skips an invalid definition, logging it once with the field path', async () => {
    const { store, logger, run } = await setUp();
    const broken = contractV1();
    broken.schema[0].properties[0].logicalType = 'text';
    const entities = [
      ...contractConsumers(),
      odcsApi('orders-contract', broken, { etag: 'e1' }),
    ];
    await run(entities);
    await run(entities);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toContain(
      `Skipped the data contract of ${API}`,
    );
    expect(logger.warn.mock.calls[0][0]).toContain(
      'schema[0].properties[0].logicalType',
    );
    expect(
      (await store.contracts.listVersions(API, { offset: 0, limit: 1 }))
        .totalItems,
    ).toBe(0);
  });

  it.each(ids)(
    'stores a version whose version text is longer than its column, cut, on %s',
    async databaseId => {
      const { store, run } = await setUp(databaseId);
      const long = contractV1();
      long.version = `1.${'0'.repeat(400)}`;
      await run([
        ...contractConsumers(),
        odcsApi('orders-contract', long, { etag: 'e1' }),
      ]);
      expect((await store.contracts.getVersion(API, 1))?.version).toBe(
        long.version.slice(0, 256),
      );
    },
  );

  it('keeps the history of an API that leaves the catalog', async () => {
    const { store, run } = await setUp();
    await run([
      ...contractConsumers(),
      odcsApi('orders-contract', contractV1(), { etag: 'e1' }),
    ]);
    await run(contractConsumers());
    expect(
      (await store.contracts.listVersions(API, { offset: 0, limit: 1 }))
        .totalItems,
    ).toBe(1);
  });

  it('stores a bounded number of new versions per run, the rest the next run', async () => {
    const { store, logger, run } = await setUp();
    const count = MAX_NEW_CONTRACT_VERSIONS_PER_RUN + 7;
    const apis = Array.from({ length: count }, (_, i) =>
      odcsApi(`c-${i}`, stringify(contractV1(`c-${i}`)), { etag: `e${i}` }),
    );
    const first = await run(apis);
    expect(first.contracts.versions).toHaveLength(
      MAX_NEW_CONTRACT_VERSIONS_PER_RUN,
    );
    expect(logger.info).toHaveBeenCalledWith(
      `7 changed data contracts are left for the next run: a run stores at most ${MAX_NEW_CONTRACT_VERSIONS_PER_RUN} new versions`,
    );
    const second = await run(apis);
    expect(second.contracts.versions).toHaveLength(7);
    expect((await store.contracts.getReadStates()).size).toBe(count);
  });
});

describe('the scheduled recompute', () => {
  it('stores the versions of the contracts with the snapshot', async () => {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const service = portfolioService({
      store,
      catalog: catalogServiceMock({
        entities: [
          ...contractConsumers(),
          odcsApi('orders-contract', contractV1()),
        ],
      }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      scheduler: mockServices.scheduler.mock(),
      refreshTaskId: 'refresh-task',
      options,
    });
    await service.refresh.recompute();
    expect((await store.contracts.getVersion(API, 1))?.version).toBe('1.2.0');
  });

  it('stores the snapshot when the contracts cannot be read, and reads them the next run', async () => {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init('SQLITE_3') }),
    );
    const catalog = catalogServiceMock({
      entities: [
        ...contractConsumers(),
        odcsApi('orders-contract', contractV1(), { etag: 'e1' }),
      ],
    });
    const logger = mockServices.logger.mock();
    const service = portfolioService({
      store,
      catalog,
      auth: mockServices.auth(),
      logger,
      scheduler: mockServices.scheduler.mock(),
      refreshTaskId: 'refresh-task',
      options,
    });
    const byRefs = jest
      .spyOn(catalog, 'getEntitiesByRefs')
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED'));
    await service.refresh.recompute();
    expect(await store.getLatestSnapshotId()).toBeDefined();
    expect(await store.contracts.getVersion(API, 1)).toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not read the data contracts; their changes are read at the next run: Error: connect ECONNREFUSED',
      ),
    );
    await service.refresh.recompute();
    expect(byRefs).toHaveBeenCalledTimes(2);
    expect((await store.contracts.getVersion(API, 1))?.version).toBe('1.2.0');
  });
});
