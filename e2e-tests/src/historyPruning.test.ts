/*
 * History retention pruning under load, on SQLite and PostgreSQL: a store
 * holding more than a year of daily points for hundreds of scopes is
 * pruned by a recompute while clients keep reading the history and the
 * phase. Every answer stays a 200, every point older than the retention is
 * gone, and every point within it is kept.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import {
  dropDatabases,
  requireSharedPostgres,
  sharedPostgres,
} from './testDatabases';
import {
  RunningBackend,
  startBackend,
  waitFor,
  waitForExamplePortfolio,
} from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(400_000);

const connectionString = sharedPostgres;

const RETENTION_DAYS = 90;
const SEEDED_DAYS = 400;
const SYNTHETIC_SCOPES = 300;
const CLIENTS = 20;

/** A history point row as the store keeps it. */
type PointRow = [string, string, string, number, number, number, string];

/** The plugin's database, as the test reads and seeds it. */
interface PluginDatabase {
  insert(rows: PointRow[]): Promise<void>;
  count(where: string, day: string): Promise<number>;
  close(): Promise<void>;
}

const dayBefore = (today: Date, days: number) =>
  new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);

function sqliteDatabase(file: string): PluginDatabase {
  const db = new Database(file);
  // The backend may hold a write lock for a moment; wait rather than fail.
  db.pragma('busy_timeout = 30000');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO data_mesh_phase_history
       (scope, day, phase, adoption, adopting_domains, active_data_products, computed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAll = db.transaction((rows: PointRow[]) =>
    rows.forEach(r => insert.run(...r)),
  );
  return {
    async insert(rows) {
      insertAll(rows);
    },
    async count(where, day) {
      const row = db
        .prepare(
          `SELECT count(*) AS n FROM data_mesh_phase_history WHERE ${where}`,
        )
        .get(day) as { n: number };
      return row.n;
    },
    async close() {
      db.close();
    },
  };
}

async function postgresDatabase(url: string): Promise<PluginDatabase> {
  const db = new Client({ connectionString: url });
  await db.connect();
  return {
    async insert(rows) {
      for (let i = 0; i < rows.length; i += 1000) {
        const batch = rows.slice(i, i + 1000);
        const values = batch
          .map(
            (_, j) =>
              `(${Array.from({ length: 7 }, (__, k) => `$${j * 7 + k + 1}`)})`,
          )
          .join(',');
        await db.query(
          `INSERT INTO data_mesh_phase_history
             (scope, day, phase, adoption, adopting_domains, active_data_products, computed_at)
           VALUES ${values} ON CONFLICT DO NOTHING`,
          batch.flat(),
        );
      }
    },
    async count(where, day) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM data_mesh_phase_history WHERE ${where.replace(
          '?',
          '$1',
        )}`,
        [day],
      );
      return rows[0].n;
    },
    async close() {
      await db.end();
    },
  };
}

describe.each(['sqlite', 'postgres'] as const)(
  'history retention pruning under load on %s',
  engine => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-prune-'));
    const prefix = `dm_e2e_prune_${Date.now()}_`;
    let backend: RunningBackend;
    let db: PluginDatabase;

    beforeAll(async () => {
      if (engine === 'postgres') requireSharedPostgres();
      backend = await startBackend({
        port: E2E_PORTS.historyPruning[engine],
        database:
          engine === 'sqlite'
            ? {
                client: 'better-sqlite3',
                connection: { directory: path.join(workDir, 'sqlite') },
              }
            : { client: 'pg', connection: connectionString, prefix },
        extraConfig: {
          dataMesh: {
            schedule: {
              frequency: { minutes: 30 },
              initialDelay: { seconds: 1 },
            },
            history: { retention: { days: RETENTION_DAYS } },
          },
        },
      });
      await waitForExamplePortfolio(backend, await backend.getGuestToken());
      db =
        engine === 'sqlite'
          ? sqliteDatabase(path.join(workDir, 'sqlite', 'data-mesh.sqlite'))
          : await postgresDatabase(`${connectionString}/${prefix}data-mesh`);
    });

    afterAll(async () => {
      await db?.close();
      await backend?.stop();
      fs.rmSync(workDir, { recursive: true, force: true });
      if (engine === 'postgres' && connectionString) {
        await dropDatabases(connectionString, prefix);
      }
    });

    it('prunes exactly what is older than the retention while every answer stays 200', async () => {
      const token = await backend.getGuestToken();
      const api = (route: string, init: RequestInit = {}) =>
        fetch(`${backend.baseUrl}/api/data-mesh${route}`, {
          ...init,
          headers: { Authorization: `Bearer ${token}` },
        });
      const domains = await (await api('/domains?limit=50')).json();
      const readable: string[] = [
        'organization',
        ...domains.items.map((d: { scope: string }) => d.scope),
      ];
      const scopes = [
        ...readable,
        ...Array.from(
          { length: SYNTHETIC_SCOPES },
          (_, i) => `domain:default/pruning-load-${i}`,
        ),
      ];

      // Yesterday and the SEEDED_DAYS - 1 days before it, for every scope.
      const today = new Date();
      const seededDays = Array.from({ length: SEEDED_DAYS }, (_, i) =>
        dayBefore(today, i + 1),
      );
      const rows: PointRow[] = scopes.flatMap(scope =>
        seededDays.map(
          (day, i): PointRow => [
            scope,
            day,
            'bootstrap',
            1 / (i + 2),
            1,
            i % 7,
            `${day}T12:00:00.000Z`,
          ],
        ),
      );
      await db.insert(rows);

      const before = await api('/status');
      const lastSuccessBefore = (await before.json()).lastSuccessAt;

      // The load: clients reading history pages and the phase, without a
      // pause, until the pruning run has completed.
      const answers: Array<{ status: number; ms: number }> = [];
      let loading = true;
      const client = async (n: number) => {
        for (let i = 0; loading; i++) {
          const scope = readable[(n + i) % readable.length];
          const route =
            i % 2
              ? `/phase?scope=${scope}`
              : `/phase/history?scope=${scope}&limit=500&offset=${i % 3}`;
          const started = performance.now();
          const res = await api(route);
          await res.arrayBuffer();
          answers.push({
            status: res.status,
            ms: performance.now() - started,
          });
        }
      };
      const load = Array.from({ length: CLIENTS }, (_, n) => client(n));

      await new Promise(r => setTimeout(r, 1000));
      expect((await api('/refresh', { method: 'POST' })).status).toBe(202);
      const run = await waitFor(
        async () => {
          const status = await (await api('/status')).json();
          return status.lastSuccessAt !== lastSuccessBefore
            ? status
            : undefined;
        },
        120_000,
        'the pruning run to complete',
      );
      await new Promise(r => setTimeout(r, 1000));
      loading = false;
      await Promise.all(load);

      // The cutoff as the store computes it from the run's start.
      const cutoff = dayBefore(new Date(run.lastRun.startedAt), RETENTION_DAYS);
      const keptSeeded = seededDays.filter(day => day >= cutoff).length;
      expect(await db.count('day < ?', cutoff)).toBe(0);
      expect(
        await db.count(
          `scope LIKE 'domain:default/pruning-load-%' AND day >= ?`,
          cutoff,
        ),
      ).toBe(SYNTHETIC_SCOPES * keptSeeded);
      const history = await (
        await api('/phase/history?scope=organization&limit=500')
      ).json();
      expect(history.points[0].date).toBe(
        seededDays.filter(day => day >= cutoff).at(-1),
      );
      expect(history.totalItems).toBe(keptSeeded + 1);

      const statuses = new Set(answers.map(a => a.status));
      expect([...statuses]).toEqual([200]);
      const sorted = answers.map(a => a.ms).sort((a, b) => a - b);
      const p99 = sorted[Math.floor(sorted.length * 0.99)];
      process.stdout.write(
        `${engine}: pruned ${rows.length - scopes.length * keptSeeded} of ${
          rows.length
        } seeded history points (${
          scopes.length
        } scopes, ${SEEDED_DAYS} days, retention ${RETENTION_DAYS} days) in a run whose store step took ${
          run.lastRun.storeMs
        } ms; ${
          answers.length
        } answers from ${CLIENTS} clients meanwhile, all 200, p99 ${Math.round(
          p99,
        )} ms\n`,
      );
    });
  },
);
