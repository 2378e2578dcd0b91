import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { KnexSnapshotStore } from './KnexSnapshotStore';
import { testDatabaseIds } from './testDatabaseIds';

jest.setTimeout(60_000);

/*
 * Every run prunes the history older than the retention. The statement
 * the store really runs is captured and explained on each database: it
 * must read the index on `day`, not scan the table (the primary key is
 * (scope, day), which cannot serve a condition on the day alone).
 */
const ids = testDatabaseIds('History pruning');
const databases = TestDatabases.create({ ids });

/** The SQL statements `action` sends, with their bindings. */
async function captured(knex: Knex, action: () => Promise<unknown>) {
  const queries: Array<{ sql: string; bindings: readonly unknown[] }> = [];
  const listener = (q: { sql: string; bindings?: readonly unknown[] }) =>
    queries.push({ sql: q.sql, bindings: q.bindings ?? [] });
  knex.on('query', listener);
  try {
    await action();
  } finally {
    knex.removeListener('query', listener);
  }
  return queries;
}

describe.each(ids)('history pruning on %s', databaseId => {
  it('deletes through the index on the day', async () => {
    const knex = await databases.init(databaseId);
    const store = await KnexSnapshotStore.create(
      mockServices.database({ knex }),
    );
    const [prune] = await captured(knex, () =>
      store.pruneHistory('2026-11-02'),
    );
    expect(prune.sql).toMatch(
      /^delete from [`"]data_mesh_phase_history[`"] where [`"]day[`"] < /,
    );
    // PostgreSQL's statement has numbered parameters; knex.raw takes `?`.
    const sql = prune.sql.replace(/\$\d+/g, '?');

    let plan: string;
    if (databaseId === 'SQLITE_3') {
      const rows = await knex.raw(
        `EXPLAIN QUERY PLAN ${sql}`,
        prune.bindings as Knex.RawBinding[],
      );
      plan = rows.map((r: { detail: string }) => r.detail).join('\n');
    } else {
      // On a table this small PostgreSQL would rather scan; forbidding the
      // scan shows whether the index can serve the statement at all.
      plan = await knex.transaction(async tx => {
        await tx.raw('SET LOCAL enable_seqscan = off');
        const result = await tx.raw(
          `EXPLAIN ${sql}`,
          prune.bindings as Knex.RawBinding[],
        );
        return result.rows
          .map((r: Record<string, string>) => r['QUERY PLAN'])
          .join('\n');
      });
    }
    expect(plan).toContain('data_mesh_phase_history_day_idx');
  });
});
