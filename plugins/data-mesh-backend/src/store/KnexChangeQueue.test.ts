import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { KnexSnapshotStore } from './KnexSnapshotStore';
import { testDatabaseIds } from './testDatabaseIds';
import {
  CHECK_DELAYS_MS,
  FIRST_SIGHT_CHECK_DELAYS_MS,
  isLastLook,
} from './ChangeQueue';

const ids = testDatabaseIds('KnexChangeQueue');
const databases = TestDatabases.create({ ids });

const at = (seconds: number) =>
  new Date(Date.parse('2026-12-06T10:00:00Z') + seconds * 1000);

describe.each(ids)('KnexChangeQueue on %p', databaseId => {
  async function queue() {
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex: await databases.init(databaseId) }),
    );
    return store.changes;
  }

  it('gives real changes before first sights, and first sights two looks', async () => {
    const changes = await queue();
    await changes.notice(['group:default/a', 'group:default/b'], at(0), {
      firstSight: true,
    });
    await changes.notice(['dataproduct:default/orders'], at(5));

    // Two seconds after they were told, the first sights are due.
    expect(await changes.due(at(1), 10)).toEqual([]);
    expect((await changes.due(at(2), 10)).map(c => c.ref)).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    // Once the real change is due too, it comes first.
    const due = await changes.due(at(7), 2);
    expect(due.map(c => [c.ref, c.checks, c.firstSight])).toEqual([
      ['dataproduct:default/orders', 0, false],
      ['group:default/a', 0, true],
    ]);
    expect(due.map(isLastLook)).toEqual([false, false]);

    // A first sight's second look, at 8 s, is its last.
    await changes.countCheck(due);
    expect((await changes.due(at(8), 10)).map(c => c.ref)).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    const [second] = await changes.due(at(8), 1);
    expect(isLastLook(second)).toBe(true);
    expect(FIRST_SIGHT_CHECK_DELAYS_MS).toEqual([2000, 8000]);
  });

  it('looks for a change again less and less often', async () => {
    const changes = await queue();
    await changes.notice(['dataproduct:default/orders'], at(0));
    const dueAt = [];
    const last = [];
    for (let second = 0; second <= 40; second++) {
      const [due] = await changes.due(at(second), 10);
      if (due) {
        dueAt.push(second);
        last.push(isLastLook(due));
        await changes.countCheck([due]);
      }
    }
    expect(dueAt).toEqual(CHECK_DELAYS_MS.map(ms => ms / 1000));
    expect(dueAt).toEqual([2, 4, 8, 16, 32]);
    expect(last).toEqual([false, false, false, false, true]);
  });

  it('never lets a first sight replace a change waiting, and lets a change replace a first sight', async () => {
    const changes = await queue();
    await changes.notice(['usecase:default/churn'], at(0));
    await changes.notice(['usecase:default/churn'], at(1), {
      firstSight: true,
    });
    await changes.notice(['domain:default/sales'], at(0), {
      firstSight: true,
    });
    await changes.notice(['domain:default/sales'], at(2));
    const due = await changes.due(at(40), 10);
    expect(due.map(c => [c.ref, c.checks, c.noticedAt.toISOString()])).toEqual([
      ['usecase:default/churn', 0, at(0).toISOString()],
      ['domain:default/sales', 0, at(2).toISOString()],
    ]);
  });

  it('forgets a change only if it was not told again since it was read', async () => {
    const changes = await queue();
    await changes.notice(['usecase:default/churn'], at(0));
    const [read] = await changes.due(at(10), 10);
    await changes.notice(['usecase:default/churn'], at(3));
    await changes.remove([read]);
    expect(await changes.size()).toBe(1);
    const [again] = await changes.due(at(10), 10);
    await changes.remove([again]);
    expect(await changes.size()).toBe(0);
  });
});

// PostgreSQL locks rows, where SQLite locks the whole database for a write.
describe.each(ids.filter(id => id === 'POSTGRES_15'))(
  'asking for a full recompute on %p',
  databaseId => {
    it('does not wait for a snapshot save holding the refresh-status row', async () => {
      const knex = await databases.init(databaseId);
      const store = await KnexSnapshotStore.create(
        mockServices.database({ knex }),
      );
      await store.recordFailure(at(0), 'a status row to lock');
      const save = await knex.transaction();
      try {
        await save('data_mesh_refresh_status').where({ id: 1 }).forUpdate();
        const asked = store.changes.requestFull(at(1)).then(() => 'asked');
        const waited = new Promise(resolve =>
          setTimeout(() => resolve('waited'), 2000),
        );
        expect(await Promise.race([asked, waited])).toBe('asked');
      } finally {
        await save.rollback();
      }
      expect((await store.changes.fullState()).fullRequestedAt).toEqual(at(1));
    });
  },
);
