import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { KnexSnapshotStore } from './KnexSnapshotStore';
import { testDatabaseIds } from './testDatabaseIds';
import {
  emptyFacts,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dataProduct } from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { SNAPSHOT_ITEMS_PER_LINE } from './snapshotPayload';
import type { PortfolioSnapshot } from './PortfolioSnapshot';

jest.setTimeout(60_000);

const ids = testDatabaseIds('KnexSnapshotStore');
const databases = TestDatabases.create({ ids });

function snapshot(computedAt: string, adoption: number): PortfolioSnapshot {
  const assessment = (scope: string) => ({
    scope,
    phase: 'scale' as const,
    computedPhase: 'scale' as const,
    declared: null,
    metrics: {
      domains: 4,
      adoptingDomains: 2,
      adoption,
      activeDataProducts: 7,
      realUseCases: 3,
      liveUseCases: 1,
      domainOwnership: 1,
      availableCapabilities: 2,
      contractCoverage: 0.5,
    },
    next: null,
    adopterCategory: 'early-majority' as const,
  });
  return {
    computedAt,
    organization: assessment('organization'),
    domains: [
      {
        ...assessment('domain:default/orders'),
        title: 'Orders',
        archetype: 'source-aligned',
        subdomainOf: null,
        dataProducts: 2,
        useCases: 1,
      },
    ],
    facts: emptyFacts(),
  };
}

/** A snapshot whose business unit has an adoption of its own. */
function withUnit(computedAt: string, adoption: number): PortfolioSnapshot {
  const base = snapshot(computedAt, adoption);
  return {
    ...base,
    businessUnits: [
      {
        ...base.organization,
        scope: 'group:default/commerce',
        metrics: { ...base.organization.metrics, adoption: adoption / 2 },
        title: 'Commerce',
        topLevel: true,
        domains: ['domain:default/orders'],
        childUnits: [],
      },
    ],
  };
}

const examplePoint = (scope: string, date: string, adoption: number) => ({
  scope,
  date,
  phase: 'bootstrap' as const,
  adoption,
  adoptingDomains: 1,
  activeDataProducts: 1,
  example: true,
});

describe.each(ids)('KnexSnapshotStore on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex }),
    );
    return { knex, store };
  }

  it('serves the newest snapshot and keeps only a few', async () => {
    const { store, knex } = await createStore();
    expect(await store.getLatestSnapshotId()).toBeUndefined();
    let lastId = 0;
    for (let i = 1; i <= 5; i++) {
      lastId = await store.saveSnapshot(
        snapshot(`2026-11-0${i}T10:00:00.000Z`, i / 10),
      );
    }
    expect(await store.getLatestSnapshotId()).toBe(lastId);
    expect(
      (await store.getSnapshot(lastId))?.organization.metrics.adoption,
    ).toBe(0.5);
    const [{ count }] = await knex('data_mesh_snapshots').count({ count: '*' });
    expect(Number(count)).toBe(3);
  });

  /** A snapshot of 2,345 data products: three lines of them. */
  function bigSnapshot(computedAt: string) {
    const dataProducts = factsFromEntities(
      Array.from({ length: SNAPSHOT_ITEMS_PER_LINE * 2 + 345 }, (_, i) =>
        dataProduct(`product-${i}`, { domain: 'orders', owner: 'team-a' }),
      ),
    ).dataProducts;
    const big = snapshot(computedAt, 0.4);
    big.facts = { ...big.facts, dataProducts };
    return big;
  }

  it('stores a snapshot whose lists run to several lines, each a row', async () => {
    const { store, knex } = await createStore();
    const big = bigSnapshot('2026-11-01T10:00:00.000Z');
    const id = await store.saveSnapshot(big);
    const row = await knex('data_mesh_snapshots')
      .where({ id })
      .first('payload');
    // The layout, then the rest; the data products are in rows apart.
    expect(row.payload.split('\n')).toHaveLength(2);
    expect(row.payload).not.toContain('product-0');
    const lines = await knex('data_mesh_snapshot_lines')
      .where({ snapshot_id: id })
      .orderBy('line')
      .select('line', 'text');
    expect(lines.map(l => l.line)).toEqual([0, 1, 2]);
    expect(JSON.parse(lines[2].text)[1]).toHaveLength(345);
    expect(await store.getSnapshot(id)).toEqual(big);
  });

  it('lets the lines of snapshots it no longer keeps go with them', async () => {
    const { store, knex } = await createStore();
    const saved: number[] = [];
    for (let day = 1; day <= 5; day++) {
      saved.push(
        await store.saveSnapshot(bigSnapshot(`2026-11-0${day}T10:00:00.000Z`)),
      );
    }
    const kept = await knex('data_mesh_snapshot_lines').distinct('snapshot_id');
    expect(kept.map(r => Number(r.snapshot_id)).sort((a, b) => a - b)).toEqual(
      saved.slice(2),
    );
    expect(await store.getSnapshot(saved[0])).toBeUndefined();
  });

  it('gives no snapshot whose lines have gone while it was read', async () => {
    const { store, knex } = await createStore();
    const id = await store.saveSnapshot(
      bigSnapshot('2026-11-01T10:00:00.000Z'),
    );
    await knex('data_mesh_snapshot_lines')
      .where({ snapshot_id: id, line: 1 })
      .delete();
    expect(await store.getSnapshot(id)).toBeUndefined();
  });

  it('reads a snapshot stored whole in its row, before lines had rows', async () => {
    const { store, knex } = await createStore();
    const big = bigSnapshot('2026-11-01T10:00:00.000Z');
    const [row] = await knex('data_mesh_snapshots')
      .insert({
        computed_at: new Date(big.computedAt),
        payload: JSON.stringify(big),
      })
      .returning('id');
    const id = Number(typeof row === 'object' ? row.id : row);
    expect(await store.getSnapshot(id)).toEqual(big);
  });

  it('keeps one history point per scope and day, the latest of the day', async () => {
    const { store } = await createStore();
    await store.saveSnapshot(snapshot('2026-11-01T08:00:00.000Z', 0.1));
    await store.saveSnapshot(snapshot('2026-11-01T18:00:00.000Z', 0.2));
    await store.saveSnapshot(snapshot('2026-11-03T08:00:00.000Z', 0.3));
    const all = { offset: 0, limit: 500 };
    expect(await store.getHistory('organization', all)).toEqual({
      totalItems: 2,
      points: [
        {
          date: '2026-11-01',
          phase: 'scale',
          adoption: 0.2,
          adoptingDomains: 2,
          activeDataProducts: 7,
          example: false,
        },
        {
          date: '2026-11-03',
          phase: 'scale',
          adoption: 0.3,
          adoptingDomains: 2,
          activeDataProducts: 7,
          example: false,
        },
      ],
    });
    expect(
      (
        await store.getHistory('domain:default/orders', {
          ...all,
          from: '2026-11-02',
        })
      ).points.map(p => p.date),
    ).toEqual(['2026-11-03']);
    expect(
      await store.getHistory('organization', {
        ...all,
        from: '2026-11-02',
        to: '2026-11-02',
      }),
    ).toEqual({ points: [], totalItems: 0 });
    expect(await store.pruneHistory('2026-11-02')).toBe(2);
    expect((await store.getHistory('organization', all)).totalItems).toBe(1);
  });

  it('gives every business unit a history of its own, pruned like the rest', async () => {
    const { store } = await createStore();
    await store.saveSnapshot(withUnit('2026-11-01T08:00:00.000Z', 0.4));
    await store.saveSnapshot(withUnit('2026-11-02T08:00:00.000Z', 0.6));
    const all = { offset: 0, limit: 500 };
    const unit = await store.getHistory('group:default/commerce', all);
    expect(unit.points.map(p => [p.date, p.adoption])).toEqual([
      ['2026-11-01', 0.2],
      ['2026-11-02', 0.3],
    ]);
    // Organisation, domain and unit each lose their first day.
    expect(await store.pruneHistory('2026-11-02')).toBe(3);
    expect(
      (await store.getHistory('group:default/commerce', all)).totalItems,
    ).toBe(1);
  });

  it("writes a scope's example points afresh, flagged, never over a measured one", async () => {
    const { store } = await createStore();
    const org = 'organization';
    await store.saveSnapshot(snapshot('2026-11-03T08:00:00.000Z', 0.5), {
      exampleHistory: [
        examplePoint(org, '2026-11-01', 0.1),
        examplePoint(org, '2026-11-02', 0.2),
        // The snapshot's own day: its measurement wins.
        examplePoint(org, '2026-11-03', 0.3),
      ],
    });
    const all = { offset: 0, limit: 500 };
    const days = async () =>
      (await store.getHistory(org, all)).points.map(p => [
        p.date,
        p.adoption,
        p.example,
      ]);
    expect(await days()).toEqual([
      ['2026-11-01', 0.1, true],
      ['2026-11-02', 0.2, true],
      ['2026-11-03', 0.5, false],
    ]);
    // Later the same day: the scope's example points are replaced whole.
    await store.saveSnapshot(snapshot('2026-11-03T09:00:00.000Z', 0.6), {
      exampleHistory: [
        examplePoint(org, '2026-11-02', 0.25),
        examplePoint(org, '2026-11-03', 0.9),
      ],
    });
    expect(await days()).toEqual([
      ['2026-11-02', 0.25, true],
      ['2026-11-03', 0.6, false],
    ]);
  });

  it('says which scopes have measurements before a day', async () => {
    const { store } = await createStore();
    await store.saveSnapshot(snapshot('2026-11-03T08:00:00.000Z', 0.5), {
      exampleHistory: [
        examplePoint('group:default/commerce', '2026-11-01', 0.1),
      ],
    });
    expect(await store.scopesMeasuredBefore('2026-11-03')).toEqual(new Set());
    // Example points are no measurements.
    expect(await store.scopesMeasuredBefore('2026-11-04')).toEqual(
      new Set(['organization', 'domain:default/orders']),
    );
  });

  it("reads several scopes' adoption from a day on, for sparklines", async () => {
    const { store } = await createStore();
    for (const [day, adoption] of [
      ['01', 0.2],
      ['02', 0.4],
      ['03', 0.6],
    ] as const) {
      await store.saveSnapshot(
        withUnit(`2026-11-${day}T08:00:00.000Z`, adoption),
        {
          exampleHistory:
            day === '01'
              ? [examplePoint('group:default/commerce', '2026-10-31', 0.05)]
              : [],
        },
      );
    }
    const found = await store.getAdoptionSince(
      ['group:default/commerce', 'organization', 'group:default/nobody'],
      '2026-10-31',
    );
    expect([...found.keys()].sort()).toEqual([
      'group:default/commerce',
      'organization',
    ]);
    expect(found.get('group:default/commerce')).toEqual([
      { date: '2026-10-31', adoption: 0.05, example: true },
      { date: '2026-11-01', adoption: 0.1, example: false },
      { date: '2026-11-02', adoption: 0.2, example: false },
      { date: '2026-11-03', adoption: 0.3, example: false },
    ]);
    expect(
      (await store.getAdoptionSince(['organization'], '2026-11-03')).get(
        'organization',
      ),
    ).toEqual([{ date: '2026-11-03', adoption: 0.6, example: false }]);
    expect((await store.getAdoptionSince([], '2026-11-01')).size).toBe(0);
  });

  it('pages the history, counting the whole range', async () => {
    const { store } = await createStore();
    for (const day of ['01', '02', '03', '04', '05']) {
      await store.saveSnapshot(snapshot(`2026-11-${day}T08:00:00.000Z`, 0.1));
    }
    const page = await store.getHistory('organization', {
      offset: 1,
      limit: 2,
      from: '2026-11-02',
    });
    expect(page.totalItems).toBe(4);
    expect(page.points.map(p => p.date)).toEqual(['2026-11-03', '2026-11-04']);
  });

  it('records failures without losing the last snapshot', async () => {
    const { store } = await createStore();
    expect(await store.getRefreshStatus()).toEqual({
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
      lastRun: null,
    });
    const id = await store.saveSnapshot(
      snapshot('2026-11-01T08:00:00.000Z', 0.1),
    );
    await store.recordFailure(
      new Date('2026-11-01T09:00:00.000Z'),
      'catalog down',
    );
    const status = await store.getRefreshStatus();
    expect(status.lastError).toBe('catalog down');
    expect(status.lastAttemptAt?.toISOString()).toBe(
      '2026-11-01T09:00:00.000Z',
    );
    expect(status.lastSuccessAt?.toISOString()).toBe(
      '2026-11-01T08:00:00.000Z',
    );
    expect(await store.getLatestSnapshotId()).toBe(id);
    await store.saveSnapshot(snapshot('2026-11-01T10:00:00.000Z', 0.1));
    expect((await store.getRefreshStatus()).lastError).toBeNull();
  });

  it('records what the last run took', async () => {
    const { store } = await createStore();
    const run = {
      startedAt: '2026-11-01T10:00:00.000Z',
      readMs: 1200,
      computeMs: 300,
      storeMs: 90,
      durationMs: 1590,
      entities: {
        domains: 1,
        dataProducts: 2,
        useCases: 3,
        capabilities: 4,
        groups: 5,
      },
    };
    await store.recordRun(run);
    expect((await store.getRefreshStatus()).lastRun).toEqual(run);
  });

  it('keeps the newest two complementary searches, their runs readable without their pairs', async () => {
    const { store, knex } = await createStore();
    expect(await store.getLatestComplementarySearchRun()).toBeUndefined();
    const search = (n: number) => ({
      snapshotId: 10 + n,
      snapshotComputedAt: `2026-11-0${n}T10:00:00.000Z`,
      searchedAt: `2026-11-0${n}T10:01:00.000Z`,
      durationMs: 100 * n,
      pairsFound: 20_000 + n,
      threshold: 0.5,
      pairs: [[`usecase:default/a${n}`, `usecase:default/b${n}`]] as Array<
        [string, string]
      >,
    });
    const stored = [];
    for (let n = 1; n <= 3; n++) {
      stored.push(await store.saveComplementarySearch(search(n)));
    }
    const { pairs, threshold, ...run } = search(3);
    expect(await store.getLatestComplementarySearchRun()).toEqual({
      id: stored[2],
      ...run,
    });
    expect(await store.getComplementarySearch(stored[2])).toEqual(search(3));
    expect(await store.getComplementarySearch(stored[1])).toEqual(search(2));
    expect(await store.getComplementarySearch(stored[0])).toBeUndefined();
    const [{ count }] = await knex('data_mesh_complementary_searches').count({
      count: '*',
    });
    expect(Number(count)).toBe(2);
  });
});
