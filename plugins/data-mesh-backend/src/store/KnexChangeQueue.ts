import type { Knex } from 'knex';
import {
  CHECK_DELAYS_MS,
  ChangeQueue,
  FIRST_SIGHT_CHECK_DELAYS_MS,
  FullRecomputeState,
  PendingChange,
} from './ChangeQueue';

const TABLE = 'data_mesh_pending_changes';
/**
 * Apart from the refresh-status row, which a snapshot's save locks until it
 * commits: asking for a recompute must not wait for a save.
 */
const FULL_TABLE = 'data_mesh_full_recompute';
const FULL_ROW = 1;
/** Rows per statement: SQLite binds at most 999 values at once. */
const CHUNK = 300;

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value as string | number);
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    result.push(items.slice(i, i + CHUNK));
  }
  return result;
}

/** {@link ChangeQueue} in the plugin's database (SQLite or PostgreSQL). */
export class KnexChangeQueue implements ChangeQueue {
  constructor(private readonly knex: Knex) {}

  async notice(
    refs: readonly string[],
    at: Date,
    options: { firstSight?: boolean } = {},
  ): Promise<void> {
    const firstSight = options.firstSight ?? false;
    for (const part of chunks([...new Set(refs)])) {
      const insert = this.knex(TABLE)
        .insert(
          part.map(ref => ({
            entity_ref: ref,
            noticed_at: at,
            checks: 0,
            first_sight: firstSight,
          })),
        )
        .onConflict('entity_ref');
      await (firstSight
        ? insert.ignore()
        : insert.merge(['noticed_at', 'checks', 'first_sight']));
    }
  }

  async due(at: Date, limit: number): Promise<PendingChange[]> {
    const rows = await this.knex(TABLE)
      .where(q => {
        const looks = (firstSight: boolean, delays: readonly number[]) =>
          delays.forEach((delay, checks) =>
            q.orWhere(w =>
              w
                .where('first_sight', firstSight)
                .where('checks', checks)
                .where('noticed_at', '<=', new Date(at.getTime() - delay)),
            ),
          );
        looks(false, CHECK_DELAYS_MS);
        looks(true, FIRST_SIGHT_CHECK_DELAYS_MS);
      })
      .orderBy([
        { column: 'first_sight', order: 'asc' },
        { column: 'noticed_at', order: 'asc' },
        { column: 'entity_ref', order: 'asc' },
      ])
      .limit(limit);
    return rows.map(row => ({
      ref: row.entity_ref,
      noticedAt: toDate(row.noticed_at)!,
      checks: Number(row.checks),
      firstSight: Boolean(row.first_sight),
    }));
  }

  async oldestUnchecked(): Promise<Date | undefined> {
    const row = await this.knex(TABLE)
      .where('checks', 0)
      .min('noticed_at as at')
      .first();
    return toDate(row?.at) ?? undefined;
  }

  async size(): Promise<number> {
    const row = await this.knex(TABLE).count('* as count').first();
    return Number(row?.count ?? 0);
  }

  async remove(changes: readonly PendingChange[]): Promise<void> {
    for (const part of chunks(changes)) {
      await this.notToldSince(part).delete();
    }
  }

  async countCheck(changes: readonly PendingChange[]): Promise<void> {
    for (const part of chunks(changes)) {
      await this.notToldSince(part).increment('checks', 1);
    }
  }

  /** The rows of these changes, unless told again since they were read. */
  private notToldSince(changes: readonly PendingChange[]) {
    return this.knex(TABLE).where(q => {
      for (const { ref, noticedAt } of changes) {
        q.orWhere(w =>
          w.where('entity_ref', ref).where('noticed_at', '<=', noticedAt),
        );
      }
    });
  }

  async removeNoticedBy(at: Date): Promise<void> {
    await this.knex(TABLE).where('noticed_at', '<=', at).delete();
  }

  async requestFull(at: Date): Promise<void> {
    await this.writeStatus({ full_requested_at: at });
  }

  async recordFull(at: Date): Promise<void> {
    await this.writeStatus({ last_full_at: at });
  }

  async fullState(): Promise<FullRecomputeState> {
    const row = await this.knex(FULL_TABLE).where({ id: FULL_ROW }).first();
    return {
      lastFullAt: toDate(row?.last_full_at),
      fullRequestedAt: toDate(row?.full_requested_at),
    };
  }

  private async writeStatus(values: Record<string, unknown>) {
    await this.knex(FULL_TABLE)
      .insert({ id: FULL_ROW, ...values })
      .onConflict('id')
      .merge();
  }
}
