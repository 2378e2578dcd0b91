import type { Knex } from 'knex';
import type { StoredComplementarySearch } from './SnapshotStore';

/*
 * The rows of the complementary searches (`data_mesh_complementary_searches`),
 * for `KnexSnapshotStore`: the pairs are stored as one JSON payload beside
 * the run's figures.
 */

const TABLE = 'data_mesh_complementary_searches';
/** How many complementary searches are kept: the newest and the one before. */
const SEARCHES_KEPT = 2;

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string | number);
}

/** A stored search's row without its pairs. */
function searchRunOf(row: Record<string, any>) {
  return {
    id: Number(row.id),
    snapshotId: Number(row.snapshot_id),
    snapshotComputedAt: toDate(row.snapshot_computed_at).toISOString(),
    searchedAt: toDate(row.searched_at).toISOString(),
    durationMs: Number(row.duration_ms),
    pairsFound: Number(row.pairs_found),
  };
}

/** Stores a search, keeping only the newest few; returns its id. */
export async function saveComplementarySearch(
  knex: Knex,
  search: StoredComplementarySearch,
): Promise<number> {
  const { pairs, threshold, ...run } = search;
  return knex.transaction(async tx => {
    const [row] = await tx(TABLE)
      .insert({
        snapshot_id: run.snapshotId,
        snapshot_computed_at: new Date(run.snapshotComputedAt),
        searched_at: new Date(run.searchedAt),
        duration_ms: Math.round(run.durationMs),
        pairs_found: run.pairsFound,
        payload: JSON.stringify({ threshold, pairs }),
      })
      .returning('id');
    const id = Number(typeof row === 'object' ? row.id : row);
    const keep = await tx(TABLE)
      .select('id')
      .orderBy('id', 'desc')
      .limit(SEARCHES_KEPT);
    await tx(TABLE)
      .whereNotIn(
        'id',
        keep.map(r => r.id),
      )
      .delete();
    return id;
  });
}

/** The newest stored search without its pairs, if any. */
export async function readLatestComplementarySearchRun(knex: Knex) {
  const row = await knex(TABLE)
    .orderBy('id', 'desc')
    .first(
      'id',
      'snapshot_id',
      'snapshot_computed_at',
      'searched_at',
      'duration_ms',
      'pairs_found',
    );
  return row ? searchRunOf(row) : undefined;
}

/** A stored search with its pairs, if it is still kept. */
export async function readComplementarySearch(
  knex: Knex,
  id: number,
): Promise<StoredComplementarySearch | undefined> {
  const row = await knex(TABLE).where({ id }).first();
  if (!row) return undefined;
  const { id: _id, ...run } = searchRunOf(row);
  const { threshold, pairs } = JSON.parse(row.payload);
  return { ...run, threshold, pairs };
}
