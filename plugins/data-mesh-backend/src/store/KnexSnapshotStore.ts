import { KnexChangeQueue } from './KnexChangeQueue';
import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type {
  AdoptionSparklinePoint,
  PageWindow,
  PhaseHistoryPoint,
  RefreshRun,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { dayOf } from '@data-mesh-portfolio/plugin-data-mesh-common';
import type { PortfolioSnapshot } from './PortfolioSnapshot';
import { snapshotText } from './snapshotPayload';
import {
  SNAPSHOT_LINES,
  insertSnapshotLines,
  readSnapshotRows,
} from './snapshotRows';
import {
  readComplementarySearch,
  readLatestComplementarySearchRun,
  saveComplementarySearch,
} from './complementarySearchRows';
import {
  deleteNotification,
  dropNotificationsCreatedBefore,
  enqueueNotifications,
  readPendingNotifications,
  recordNotificationFailure,
} from './notificationOutboxRows';
import { HISTORY_BATCH, SCOPE_BATCH, historyRow } from './historyRows';
import { KnexContractVersionStore, saveContracts } from './contractVersionRows';
import type {
  PendingNotification,
  RefreshStatus,
  SaveSnapshotOptions,
  SnapshotStore,
  StoredComplementarySearch,
} from './SnapshotStore';

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

  /** The versions of the contracts, saved with the snapshots. */
  readonly contracts: KnexContractVersionStore;

  /** The changes the catalog told of, waiting to be applied. */
  readonly changes: KnexChangeQueue;

  constructor(private readonly knex: Knex) {
    this.contracts = new KnexContractVersionStore(knex);
    this.changes = new KnexChangeQueue(knex);
  }

  async saveSnapshot(
    snapshot: PortfolioSnapshot,
    options: SaveSnapshotOptions = {},
  ): Promise<number> {
    const computedAt = new Date(snapshot.computedAt);
    const day = dayOf(snapshot.computedAt);
    const points = [
      snapshot.organization,
      ...snapshot.domains,
      // Snapshots stored before business units were assessed have none.
      ...(snapshot.businessUnits ?? []),
    ].map(a =>
      historyRow(
        {
          scope: a.scope,
          date: day,
          phase: a.phase,
          adoption: a.metrics.adoption,
          adoptingDomains: a.metrics.adoptingDomains,
          activeDataProducts: a.metrics.activeDataProducts,
          example: false,
        },
        computedAt,
      ),
    );
    const examples = (options.exampleHistory ?? []).map(p =>
      historyRow(p, computedAt),
    );
    const exampleScopes = [...new Set(examples.map(p => p.scope))];
    const text = snapshotText(snapshot);
    return this.knex.transaction(async tx => {
      // A scope's example points are written afresh, and never replace a
      // measured one.
      for (let i = 0; i < exampleScopes.length; i += SCOPE_BATCH) {
        await tx('data_mesh_phase_history')
          .whereIn('scope', exampleScopes.slice(i, i + SCOPE_BATCH))
          .where('example', true)
          .delete();
      }
      for (let i = 0; i < examples.length; i += HISTORY_BATCH) {
        await tx('data_mesh_phase_history')
          .insert(examples.slice(i, i + HISTORY_BATCH))
          .onConflict(['scope', 'day'])
          .ignore();
      }
      const [row] = await tx('data_mesh_snapshots')
        .insert({ computed_at: computedAt, payload: text.head })
        .returning('id');
      const id = Number(typeof row === 'object' ? row.id : row);
      await insertSnapshotLines(tx, id, text);
      // Batches keep each statement under SQLite's variable limit.
      for (let i = 0; i < points.length; i += HISTORY_BATCH) {
        await tx('data_mesh_phase_history')
          .insert(points.slice(i, i + HISTORY_BATCH))
          .onConflict(['scope', 'day'])
          .merge();
      }
      await enqueueNotifications(tx, options.notifications ?? [], computedAt);
      await saveContracts(tx, options.contracts, computedAt);
      await this.writeStatus(tx, {
        last_attempt_at: computedAt,
        last_success_at: computedAt,
        last_error: null,
      });
      const keep = tx('data_mesh_snapshots')
        .select('id')
        .orderBy('id', 'desc')
        .limit(SNAPSHOTS_KEPT);
      const kept = await keep.then(rows => rows.map(r => r.id));
      await tx('data_mesh_snapshots').whereNotIn('id', kept).delete();
      await tx(SNAPSHOT_LINES).whereNotIn('snapshot_id', kept).delete();
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
    if (!row) return undefined;
    return readSnapshotRows(this.knex, id, row.payload);
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
      // SQLite keeps booleans as 0 and 1.
      example: Boolean(r.example),
    }));
    return { points, totalItems: Number(count) };
  }

  async scopesMeasuredBefore(day: string): Promise<Set<string>> {
    const rows = await this.knex('data_mesh_phase_history')
      .distinct('scope')
      .where('day', '<', day)
      .where('example', false);
    return new Set(rows.map(r => r.scope));
  }

  async getAdoptionSince(
    scopes: string[],
    fromDay: string,
  ): Promise<Map<string, AdoptionSparklinePoint[]>> {
    const byScope = new Map<string, AdoptionSparklinePoint[]>();
    if (scopes.length === 0) return byScope;
    const rows = await this.knex('data_mesh_phase_history')
      .select('scope', 'day', 'adoption', 'example')
      .whereIn('scope', scopes)
      .where('day', '>=', fromDay)
      .orderBy([
        { column: 'scope', order: 'asc' },
        { column: 'day', order: 'asc' },
      ]);
    for (const r of rows) {
      const point = {
        date: r.day,
        adoption: Number(r.adoption),
        example: Boolean(r.example),
      };
      const list = byScope.get(r.scope);
      if (list) list.push(point);
      else byScope.set(r.scope, [point]);
    }
    return byScope;
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

  async getPendingNotifications(limit: number): Promise<PendingNotification[]> {
    return readPendingNotifications(this.knex, limit);
  }

  async markNotificationSent(id: number): Promise<void> {
    await deleteNotification(this.knex, id);
  }

  async recordNotificationFailure(
    id: number,
    at: Date,
    error: string,
  ): Promise<void> {
    await recordNotificationFailure(this.knex, id, at, error);
  }

  async dropNotificationsCreatedBefore(before: Date): Promise<number> {
    return dropNotificationsCreatedBefore(this.knex, before);
  }

  async pruneHistory(olderThanDay: string): Promise<number> {
    return this.knex('data_mesh_phase_history')
      .where('day', '<', olderThanDay)
      .delete();
  }

  async saveComplementarySearch(
    search: StoredComplementarySearch,
  ): Promise<number> {
    return saveComplementarySearch(this.knex, search);
  }

  async getLatestComplementarySearchRun() {
    return readLatestComplementarySearchRun(this.knex);
  }

  async getComplementarySearch(
    id: number,
  ): Promise<StoredComplementarySearch | undefined> {
    return readComplementarySearch(this.knex, id);
  }

  private async writeStatus(db: Knex, values: Record<string, unknown>) {
    await db('data_mesh_refresh_status')
      .insert({ id: STATUS_ROW, ...values })
      .onConflict('id')
      .merge();
  }
}
