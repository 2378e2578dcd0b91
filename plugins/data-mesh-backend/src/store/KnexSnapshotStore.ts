import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type {
  PageWindow,
  PhaseHistoryPoint,
  RefreshRun,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioSnapshot } from '../service/snapshot';
import type { RefreshStatus, SnapshotStore } from './SnapshotStore';

const migrationsDir = resolvePackagePath(
  '@data-mesh-portfolio/plugin-data-mesh-backend',
  'migrations',
);

/** How many snapshots are kept; older ones are replaced by the history. */
const SNAPSHOTS_KEPT = 3;
const STATUS_ROW = 1;

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value as string | number);
}

/** {@link SnapshotStore} on the plugin's own database (SQLite or PostgreSQL). */
export class KnexSnapshotStore implements SnapshotStore {
  /** Runs the migrations (unless the database says not to) and connects. */
  static async create(database: DatabaseService): Promise<KnexSnapshotStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new KnexSnapshotStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  async saveSnapshot(snapshot: PortfolioSnapshot): Promise<number> {
    const computedAt = new Date(snapshot.computedAt);
    const day = snapshot.computedAt.slice(0, 10);
    const points = [snapshot.organization, ...snapshot.domains].map(a => ({
      scope: a.scope,
      day,
      phase: a.phase,
      adoption: a.metrics.adoption,
      adopting_domains: a.metrics.adoptingDomains,
      active_data_products: a.metrics.activeDataProducts,
      computed_at: computedAt,
    }));
    return this.knex.transaction(async tx => {
      const [row] = await tx('data_mesh_snapshots')
        .insert({ computed_at: computedAt, payload: JSON.stringify(snapshot) })
        .returning('id');
      const id = Number(typeof row === 'object' ? row.id : row);
      // Batches keep each statement under SQLite's variable limit.
      for (let i = 0; i < points.length; i += 100) {
        await tx('data_mesh_phase_history')
          .insert(points.slice(i, i + 100))
          .onConflict(['scope', 'day'])
          .merge();
      }
      await this.writeStatus(tx, {
        last_attempt_at: computedAt,
        last_success_at: computedAt,
        last_error: null,
      });
      const keep = tx('data_mesh_snapshots')
        .select('id')
        .orderBy('id', 'desc')
        .limit(SNAPSHOTS_KEPT);
      await tx('data_mesh_snapshots')
        .whereNotIn('id', await keep.then(rows => rows.map(r => r.id)))
        .delete();
      return id;
    });
  }

  async getLatestSnapshotId(): Promise<number | undefined> {
    const row = await this.knex('data_mesh_snapshots').max('id as id').first();
    return row?.id === null || row?.id === undefined
      ? undefined
      : Number(row.id);
  }

  async getSnapshot(id: number): Promise<PortfolioSnapshot | undefined> {
    const row = await this.knex('data_mesh_snapshots')
      .where({ id })
      .first('payload');
    return row ? (JSON.parse(row.payload) as PortfolioSnapshot) : undefined;
  }

  async getHistory(
    scope: string,
    query: PageWindow & { from?: string; to?: string },
  ): Promise<{ points: PhaseHistoryPoint[]; totalItems: number }> {
    const inRange = () => {
      let rows = this.knex('data_mesh_phase_history').where({ scope });
      if (query.from) rows = rows.where('day', '>=', query.from);
      if (query.to) rows = rows.where('day', '<=', query.to);
      return rows;
    };
    const [{ count }] = await inRange().count({ count: '*' });
    const rows = await inRange()
      .orderBy('day', 'asc')
      .offset(query.offset)
      .limit(query.limit);
    const points = rows.map(r => ({
      date: r.day,
      phase: r.phase,
      adoption: Number(r.adoption),
      adoptingDomains: Number(r.adopting_domains),
      activeDataProducts: Number(r.active_data_products),
    }));
    return { points, totalItems: Number(count) };
  }

  async recordFailure(at: Date, error: string): Promise<void> {
    await this.writeStatus(this.knex, {
      last_attempt_at: at,
      last_error: error,
    });
  }

  async recordRun(run: RefreshRun): Promise<void> {
    await this.writeStatus(this.knex, { last_run: JSON.stringify(run) });
  }

  async getRefreshStatus(): Promise<RefreshStatus> {
    const row = await this.knex('data_mesh_refresh_status')
      .where({ id: STATUS_ROW })
      .first();
    return {
      lastAttemptAt: toDate(row?.last_attempt_at),
      lastSuccessAt: toDate(row?.last_success_at),
      lastError: row?.last_error ?? null,
      lastRun: row?.last_run ? (JSON.parse(row.last_run) as RefreshRun) : null,
    };
  }

  async pruneHistory(olderThanDay: string): Promise<number> {
    return this.knex('data_mesh_phase_history')
      .where('day', '<', olderThanDay)
      .delete();
  }

  private async writeStatus(db: Knex, values: Record<string, unknown>) {
    await db('data_mesh_refresh_status')
      .insert({ id: STATUS_ROW, ...values })
      .onConflict('id')
      .merge();
  }
}
