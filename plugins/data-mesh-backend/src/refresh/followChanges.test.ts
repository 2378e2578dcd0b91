import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  canonicalFacts,
  factsFromEntities,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  odcsApi,
  odcsContract,
  usecase,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { durationToMilliseconds } from '@backstage/types';
import { FULL_READ_SAFETY_NET, readDataMeshBackendOptions } from '../config';
import { KnexSnapshotStore } from '../store/KnexSnapshotStore';
import { testDatabaseIds } from '../store/testDatabaseIds';
import { loadExampleEntities } from '../__testUtils__/exampleOrganisation';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { portfolioService } from '../__testUtils__/portfolioService';
import { FIRST_CHECK_DELAY_MS, RETRY_DELAY_MS } from './PortfolioRefresh';
import {
  CHECK_DELAYS_MS,
  FIRST_SIGHT_CHECK_DELAYS_MS,
} from '../store/ChangeQueue';

/*
 * The recompute task between full reads: it applies the changes the
 * catalog module told of, reading only those entities, and reads the whole
 * catalog when a full recompute is due, asked for, or a data contract
 * changed. On SQLite and PostgreSQL: the told changes wait in the database.
 */
const ids = testDatabaseIds('followChanges');
const databases = TestDatabases.create({ ids });

const ORDER_HISTORY = 'dataproduct:default/order-history';
const NEW_USE_CASE = 'usecase:default/returns-forecast';

/** The example organisation with one product deprecated, or left as is. */
function withLifecycle(entities: Entity[], lifecycle: string): Entity[] {
  return entities.map(e =>
    e.kind === 'DataProduct' && e.metadata.name === 'order-history'
      ? { ...e, spec: { ...e.spec, lifecycle } }
      : e,
  );
}

async function setup(databaseId: (typeof ids)[number]) {
  const store = await KnexSnapshotStore.create(
    mockServices.database({ knex: await databases.init(databaseId) }),
  );
  const examples = loadExampleEntities();
  // A catalog that can change between runs and counts what is asked of it.
  let current = catalogServiceMock({ entities: examples });
  const calls = new Map<string, number>();
  let failure: Error | undefined;
  const catalog = new Proxy({} as CatalogService, {
    get:
      (_target, key: string) =>
      (...args: unknown[]) => {
        calls.set(key, (calls.get(key) ?? 0) + 1);
        if (failure) throw failure;
        return (current as any)[key](...args);
      },
  });
  const change = (entities: Entity[]) => {
    current = catalogServiceMock({ entities });
  };
  let clock = new Date('2026-12-06T10:00:00Z').getTime();
  const scheduler = mockServices.scheduler.mock();
  const service = portfolioService({
    store,
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    scheduler,
    refreshTaskId: 'refresh-task',
    options: readDataMeshBackendOptions(new ConfigReader({})),
    now: () => new Date(clock),
  });
  const refresh = service.refresh;
  /** How often each catalog method is called from now on. */
  const spies = () => {
    calls.clear();
    return {
      stream: () => calls.get('streamEntities') ?? 0,
      byRefs: () => calls.get('getEntitiesByRefs') ?? 0,
      clear: () => calls.clear(),
    };
  };
  return {
    store,
    scheduler,
    refresh,
    examples,
    change,
    spies,
    /** Makes every catalog request fail, or answer again. */
    failCatalog: (error: Error | undefined) => {
      failure = error;
    },
    /** Moves the clock on, as time passes between runs. */
    wait: (ms: number) => {
      clock += ms;
    },
    /** The facts of the newest stored snapshot. */
    async newestFacts() {
      const id = await store.getLatestSnapshotId();
      return (await store.getSnapshot(id!))!.facts;
    },
  };
}

describe.each(ids)('following the catalog on %p', databaseId => {
  it('applies told edits, additions and deletions from those entities alone, as a full read would', async () => {
    const t = await setup(databaseId);
    await t.refresh.recompute();
    expect(await t.store.getLatestSnapshotId()).toBe(1);

    const added = usecase('returns-forecast', {
      status: 'committed',
      consumes: ['order-history'],
    });
    const gone = 'usecase:default/checkout-conversion-dashboard';
    const now = [
      ...withLifecycle(t.examples, 'deprecated').filter(
        e =>
          !(
            e.kind === 'UseCase' &&
            e.metadata.name === 'checkout-conversion-dashboard'
          ),
      ),
      added,
    ];
    t.change(now);
    await t.refresh.noticeChanges([ORDER_HISTORY, NEW_USE_CASE, gone]);
    t.wait(FIRST_CHECK_DELAY_MS);
    const { stream, byRefs } = t.spies();
    await t.refresh.recompute();

    expect(await t.store.getLatestSnapshotId()).toBe(2);
    expect(stream()).toBe(0);
    expect(byRefs()).toBe(1);
    expect((await t.store.getRefreshStatus()).lastRun).toMatchObject({
      read: 'changes',
      changes: 3,
    });
    const facts = await t.newestFacts();
    expect(
      facts.dataProducts.find(p => p.ref === ORDER_HISTORY)?.lifecycle,
    ).toBe('deprecated');
    expect(facts).toEqual(canonicalFacts(factsFromEntities(now)));
    // Nothing is left waiting.
    expect(await t.store.changes.size()).toBe(0);
    t.refresh.stop();
  });

  it('looks for a change the catalog does not show yet again, less and less often, then lets it go', async () => {
    const t = await setup(databaseId);
    await t.refresh.recompute();
    await t.refresh.noticeChanges([ORDER_HISTORY]);

    // Not due yet: nothing is read.
    const { byRefs } = t.spies();
    await t.refresh.recompute();
    expect(byRefs()).toBe(0);

    // Due, but the catalog has not stored it: no snapshot, checked later.
    t.wait(FIRST_CHECK_DELAY_MS);
    await t.refresh.recompute();
    expect(byRefs()).toBe(1);
    expect(await t.store.getLatestSnapshotId()).toBe(1);
    expect(await t.store.changes.size()).toBe(1);

    // Not due again until its second look.
    t.wait(CHECK_DELAYS_MS[1] - CHECK_DELAYS_MS[0] - 1);
    await t.refresh.recompute();
    expect(byRefs()).toBe(1);

    // Stored by the next look: applied.
    t.change(withLifecycle(t.examples, 'deprecated'));
    t.wait(1);
    await t.refresh.recompute();
    expect(byRefs()).toBe(2);
    expect(await t.store.getLatestSnapshotId()).toBe(2);
    expect(await t.store.changes.size()).toBe(0);

    // A change that never shows is let go after its last look.
    await t.refresh.noticeChanges(['group:default/unknown-team']);
    let waited = 0;
    for (const delay of CHECK_DELAYS_MS) {
      expect(await t.store.changes.size()).toBe(1);
      t.wait(delay - waited);
      waited = delay;
      await t.refresh.recompute();
    }
    expect(byRefs()).toBe(2 + CHECK_DELAYS_MS.length);
    expect(await t.store.changes.size()).toBe(0);
    expect(await t.store.getLatestSnapshotId()).toBe(2);
    t.refresh.stop();
  });

  it('looks twice at a first sight, which may be an edit of an entity not seen since the start', async () => {
    const t = await setup(databaseId);
    await t.refresh.recompute();
    // An edit made the catalog process an entity it had no other reason to
    // since the start: told as a first sight, stored only after the first
    // look.
    await t.refresh.noticeChanges([], [ORDER_HISTORY]);
    const { byRefs } = t.spies();
    t.wait(FIRST_SIGHT_CHECK_DELAYS_MS[0]);
    await t.refresh.recompute();
    expect(byRefs()).toBe(1);
    expect(await t.store.getLatestSnapshotId()).toBe(1);

    t.change(withLifecycle(t.examples, 'deprecated'));
    t.wait(FIRST_SIGHT_CHECK_DELAYS_MS[1] - FIRST_SIGHT_CHECK_DELAYS_MS[0]);
    await t.refresh.recompute();
    expect(byRefs()).toBe(2);
    expect(await t.store.getLatestSnapshotId()).toBe(2);
    expect(
      (await t.newestFacts()).dataProducts.find(p => p.ref === ORDER_HISTORY)
        ?.lifecycle,
    ).toBe('deprecated');
    expect(await t.store.changes.size()).toBe(0);

    // A first sight that did not change is let go after its second look.
    await t.refresh.noticeChanges([], ['group:default/unknown-team']);
    t.wait(FIRST_SIGHT_CHECK_DELAYS_MS[0]);
    await t.refresh.recompute();
    t.wait(FIRST_SIGHT_CHECK_DELAYS_MS[1] - FIRST_SIGHT_CHECK_DELAYS_MS[0]);
    await t.refresh.recompute();
    expect(byRefs()).toBe(4);
    expect(await t.store.changes.size()).toBe(0);
    expect(await t.store.getLatestSnapshotId()).toBe(2);
    t.refresh.stop();
  });

  it('reads the whole catalog for a changed data contract, when asked, and once the schedule has passed', async () => {
    const t = await setup(databaseId);
    await t.refresh.recompute();
    const { stream, clear } = t.spies();

    // Nothing told and nothing due: the run does nothing.
    t.wait(60_000);
    await t.refresh.recompute();
    expect(stream()).toBe(0);
    expect(await t.store.getLatestSnapshotId()).toBe(1);

    // A data contract's versions are diffed by a full read only.
    t.change([...t.examples, odcsApi('orders-contract', odcsContract())]);
    await t.refresh.noticeChanges(['api:default/orders-contract']);
    t.wait(FIRST_CHECK_DELAY_MS);
    await t.refresh.recompute();
    expect(stream()).toBeGreaterThan(0);
    expect(await t.store.getLatestSnapshotId()).toBe(2);
    expect((await t.store.getRefreshStatus()).lastRun?.read).toBe('catalog');
    expect(await t.store.changes.size()).toBe(0);

    // "Refresh now", a second later.
    clear();
    t.wait(1000);
    await t.refresh.requestRefresh();
    await t.refresh.recompute();
    expect(stream()).toBeGreaterThan(0);

    // The safety net's hours since the last full read.
    clear();
    t.wait(durationToMilliseconds(FULL_READ_SAFETY_NET) - 60_000);
    await t.refresh.recompute();
    expect(stream()).toBe(0);
    t.wait(60_000);
    await t.refresh.recompute();
    expect(stream()).toBeGreaterThan(0);
    t.refresh.stop();
  });

  it('reads the whole catalog when its count shows a deletion no one told of', async () => {
    const t = await setup(databaseId);
    await t.refresh.recompute();
    const requested = async () =>
      (await t.store.changes.fullState()).fullRequestedAt;
    const without = (entities: Entity[], name: string) =>
      entities.filter(e => !(e.kind === 'UseCase' && e.metadata.name === name));

    // Nothing deleted: the count agrees.
    await t.refresh.checkForDeletions();
    expect(await requested()).toBeNull();

    // A use case deleted: the catalog counts one less.
    const first = without(t.examples, 'checkout-conversion-dashboard');
    t.change(first);
    const { stream } = t.spies();
    // The check runs a minute after the last.
    t.wait(60_000);
    await t.refresh.checkForDeletions();
    expect(await requested()).not.toBeNull();
    await t.refresh.recompute();
    expect(stream()).toBeGreaterThan(0);
    expect(await t.newestFacts()).toEqual(
      canonicalFacts(factsFromEntities(first)),
    );
    const after = await requested();
    await t.refresh.checkForDeletions();
    expect(await requested()).toEqual(after);

    // While a told change waits, the count is not asked: it moves first.
    const second = without(first, 'marketing-attribution');
    expect(second).toHaveLength(first.length - 1);
    t.change(second);
    await t.refresh.noticeChanges([ORDER_HISTORY]);
    await t.refresh.checkForDeletions();
    expect(await requested()).toEqual(after);
    t.refresh.stop();
  });
});

// On SQLite only: the timers are this test's subject, and the PostgreSQL
// driver's pool keeps timers of its own.
describe('following the catalog through an outage', () => {
  it('keeps told changes through a catalog outage and asks again soon', async () => {
    const t = await setup('SQLITE_3');
    await t.refresh.recompute();
    await t.refresh.noticeChanges([ORDER_HISTORY]);
    // The run asked for at once is this one.
    t.refresh.stop();
    t.wait(FIRST_CHECK_DELAY_MS);
    t.failCatalog(new Error('catalog unavailable'));
    const timers = jest.spyOn(global, 'setTimeout');
    await expect(t.refresh.recompute()).rejects.toThrow('catalog unavailable');
    const retry = timers.mock.calls.find(([, ms]) => ms === RETRY_DELAY_MS);
    timers.mockRestore();
    expect(await t.store.changes.size()).toBe(1);
    // The retry, run now rather than in ten seconds, asks for a run.
    expect(retry).toBeDefined();
    (retry![0] as () => void)();
    await new Promise(resolve => setImmediate(resolve));
    expect(t.scheduler.triggerTask).toHaveBeenCalledWith('refresh-task');

    // The catalog back, that run applies the change.
    t.failCatalog(undefined);
    t.change(withLifecycle(t.examples, 'deprecated'));
    await t.refresh.recompute();
    expect(await t.store.getLatestSnapshotId()).toBe(2);
    t.refresh.stop();
  });
});
