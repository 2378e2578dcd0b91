import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { emptyFacts } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { KnexSnapshotStore } from './KnexSnapshotStore';
import { testDatabaseIds } from './testDatabaseIds';
import type { PortfolioSnapshot } from './PortfolioSnapshot';
import type { NewContractVersion } from './ContractVersionStore';
import { MAX_STORED_CHANGES } from './contractVersionRows';

jest.setTimeout(60_000);

const ids = testDatabaseIds('contractVersionRows');
const databases = TestDatabases.create({ ids });

const API = 'api:default/orders-contract';
const UC = 'usecase:default/churn-alerts';
const DP = 'dataproduct:default/customer-360';

function snapshot(computedAt: string): PortfolioSnapshot {
  const organization = {
    scope: 'organization',
    phase: 'bootstrap' as const,
    computedPhase: 'bootstrap' as const,
    declared: null,
    metrics: {
      domains: 0,
      adoptingDomains: 0,
      adoption: 0,
      activeDataProducts: 0,
      realUseCases: 0,
      liveUseCases: 0,
      domainOwnership: 0,
      availableCapabilities: 0,
      contractCoverage: 0,
    },
    next: null,
    adopterCategory: 'innovators' as const,
  };
  return { computedAt, organization, domains: [], facts: emptyFacts() };
}

function version(
  hash: string,
  patch: Partial<NewContractVersion> = {},
): NewContractVersion {
  return {
    api: API,
    hash,
    version: '1.0.0',
    status: 'active',
    definition: `id: ${hash}`,
    changes: [],
    breaking: false,
    unannounced: false,
    reached: [],
    ...patch,
  };
}

const removed = {
  path: 'schema.orders.properties.total',
  kind: 'property-removed' as const,
  class: 'breaking' as const,
};
const described = {
  path: 'schema.orders.description',
  kind: 'description-changed' as const,
  class: 'non-breaking' as const,
};

describe.each(ids)('contract versions on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex }),
    );
    return { knex, store };
  }

  it('numbers the versions of each contract, and says whom a breaking one reaches', async () => {
    const { store } = await createStore();
    await store.saveSnapshot(snapshot('2026-11-01T08:00:00.000Z'), {
      contracts: {
        versions: [version('h1')],
        etags: [{ api: API, etag: 'e1' }],
        reachRewrites: [],
      },
    });
    await store.saveSnapshot(snapshot('2026-11-02T08:00:00.000Z'), {
      contracts: {
        versions: [
          version('h2', {
            version: '1.1.0',
            changes: [described, removed],
            breaking: true,
            unannounced: true,
            reached: [
              {
                ref: UC,
                title: 'Churn alerts',
                reach: 'lineage',
                through: DP,
                real: true,
                status: 'live',
              },
              {
                ref: DP,
                title: 'Customer 360',
                reach: 'port',
                through: 'dataproduct:default/orders',
                real: null,
                status: null,
              },
            ],
          }),
        ],
        etags: [{ api: API, etag: 'e2' }],
        reachRewrites: [],
      },
    });
    // A run that only read the etag of a changed entity stores no version.
    await store.saveSnapshot(snapshot('2026-11-03T08:00:00.000Z'), {
      contracts: {
        versions: [],
        etags: [{ api: API, etag: 'e3' }],
        reachRewrites: [],
      },
    });
    const contracts = store.contracts;
    expect(await contracts.getReadStates()).toEqual(
      new Map([[API, { etag: 'e3', hash: 'h2' }]]),
    );
    expect(await contracts.getLatestDefinition(API)).toBe('id: h2');
    const second = {
      api: API,
      sequence: 2,
      seenAt: '2026-11-02T08:00:00.000Z',
      version: '1.1.0',
      status: 'active',
      breaking: true,
      unannounced: true,
      changeCount: 2,
      breakingCount: 1,
      // Breaking changes first.
      changes: [removed, described],
    };
    const all = await contracts.listVersions(API, { offset: 0, limit: 10 });
    expect(all.totalItems).toBe(2);
    expect(all.items.map(v => v.sequence)).toEqual([2, 1]);
    expect(all.items[0]).toEqual(second);
    expect(
      (await contracts.listVersions(API, { offset: 1, limit: 1 })).items[0],
    ).toMatchObject({ sequence: 1, breaking: false, changes: [] });
    // Without a sequence: the newest breaking version.
    expect(await contracts.getVersion(API)).toEqual(second);
    expect((await contracts.getVersion(API, 1))?.sequence).toBe(1);
    expect(await contracts.getVersion(API, 3)).toBeUndefined();
    expect(await contracts.getVersion('api:default/other')).toBeUndefined();
    expect((await contracts.getReached(API, 2)).map(r => r.ref)).toEqual([
      UC,
      DP,
    ]);
    expect((await contracts.getReached(API, 2))[0]).toEqual({
      ref: UC,
      title: 'Churn alerts',
      reach: 'lineage',
      through: DP,
      real: true,
      status: 'live',
    });
    expect(await contracts.listRisks(UC, 10)).toEqual([
      { version: second, reach: 'lineage', through: DP },
    ]);
    expect(await contracts.listRisks('usecase:default/nobody', 10)).toEqual([]);
  });

  it('replaces whom a stored version reaches when a run rewrites it, and its risks with it', async () => {
    const { store } = await createStore();
    const reachedUseCase = {
      ref: UC,
      title: 'Churn alerts',
      reach: 'port' as const,
      through: DP,
      real: true,
      status: 'live',
    };
    await store.saveSnapshot(snapshot('2026-11-01T08:00:00.000Z'), {
      contracts: {
        versions: [
          version('h1'),
          version('h2', { breaking: true, reached: [reachedUseCase] }),
        ],
        etags: [{ api: API, etag: 'e1' }],
        reachRewrites: [],
      },
    });
    const other = 'usecase:default/fraud';
    await store.saveSnapshot(snapshot('2026-11-01T09:00:00.000Z'), {
      contracts: {
        versions: [],
        etags: [],
        reachRewrites: [
          {
            api: API,
            sequence: 2,
            reached: [
              { ...reachedUseCase, ref: other, title: 'Fraud' },
              { ...reachedUseCase, reach: 'lineage' },
            ],
          },
          // A version that is not stored: nothing to rewrite.
          { api: API, sequence: 7, reached: [reachedUseCase] },
        ],
      },
    });
    const reached = await store.contracts.getReached(API, 2);
    expect(reached.map(r => [r.ref, r.reach])).toEqual([
      [other, 'port'],
      [UC, 'lineage'],
    ]);
    expect(await store.contracts.getReached(API, 1)).toEqual([]);
    expect(await store.contracts.getReached(API, 7)).toEqual([]);
    expect((await store.contracts.listRisks(UC, 10)).map(r => r.reach)).toEqual(
      ['lineage'],
    );
  });

  it('keeps a bounded number of changes, breaking ones first, with their counts', async () => {
    const { store } = await createStore();
    const many = Array.from({ length: MAX_STORED_CHANGES + 5 }, (_, i) => ({
      ...described,
      path: `schema.o${i}.description`,
    }));
    await store.saveSnapshot(snapshot('2026-11-01T08:00:00.000Z'), {
      contracts: {
        versions: [
          version('h1', { changes: [...many, removed], breaking: true }),
        ],
        etags: [{ api: API, etag: 'e1' }],
        reachRewrites: [],
      },
    });
    const stored = await store.contracts.getVersion(API, 1);
    expect(stored?.changeCount).toBe(MAX_STORED_CHANGES + 6);
    expect(stored?.breakingCount).toBe(1);
    expect(stored?.changes).toHaveLength(MAX_STORED_CHANGES);
    expect(stored?.changes[0]).toEqual(removed);
  });

  it('stores neither the snapshot nor the versions when the transaction fails', async () => {
    const { store, knex } = await createStore();
    const first = await store.saveSnapshot(
      snapshot('2026-11-01T08:00:00.000Z'),
    );
    // The second version fails once its row is written, as a lost
    // connection would: the first version and the etags were written too.
    const failing = version('h2', { breaking: true });
    Object.defineProperty(failing, 'reached', {
      get() {
        throw new Error('connection lost');
      },
    });
    await expect(
      store.saveSnapshot(snapshot('2026-11-02T08:00:00.000Z'), {
        contracts: {
          versions: [version('h1'), failing],
          etags: [{ api: API, etag: 'e1' }],
          reachRewrites: [],
        },
      }),
    ).rejects.toThrow('connection lost');
    expect(await store.getLatestSnapshotId()).toBe(first);
    const [{ count }] = await knex('data_mesh_contract_versions').count({
      count: '*',
    });
    expect(Number(count)).toBe(0);
    expect(await store.contracts.getReadStates()).toEqual(new Map());
  });
});
