/*
 * The backend killed (SIGKILL) while it stores a snapshot, on PostgreSQL:
 * the snapshot, its history points and the refresh status are written in
 * one transaction, so the kill leaves the store exactly as it was, and the
 * next backend on the same database completes a run by itself.
 *
 * To kill at a known point rather than by luck, the test holds a row lock
 * on the refresh-status row: the save inserts the snapshot and the history
 * points, then waits for that lock, and is killed while it waits.
 */
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

jest.setTimeout(300_000);

const connectionString = sharedPostgres;

const seconds = (ms: number) => Math.round(ms / 1000);

/** Everything a save writes, as a comparable record. */
async function storeContents(db: Client) {
  const snapshots = await db.query(
    'SELECT id, computed_at, length(payload) AS size FROM data_mesh_snapshots ORDER BY id',
  );
  const history = await db.query(
    'SELECT count(*)::int AS points, max(computed_at) AS latest FROM data_mesh_phase_history',
  );
  const status = await db.query(
    'SELECT last_attempt_at, last_success_at, last_error, last_run FROM data_mesh_refresh_status',
  );
  return {
    snapshots: snapshots.rows,
    history: history.rows[0],
    status: status.rows,
  };
}

describe('the backend killed while it stores a snapshot', () => {
  const prefix = `dm_e2e_crash_${Date.now()}_`;
  const backends: RunningBackend[] = [];
  let db: Client;
  let locker: Client | undefined;

  // A short lease: after a crash, the scheduler hands the task to another
  // backend only once the dead one's lease (the task's timeout) expires.
  const extraConfig = {
    dataMesh: {
      schedule: {
        frequency: { minutes: 30 },
        initialDelay: { seconds: 1 },
        timeout: { seconds: 20 },
      },
    },
  };
  const database = () => ({
    client: 'pg',
    connection: connectionString,
    prefix,
  });

  beforeAll(async () => {
    requireSharedPostgres();
    backends.push(
      await startBackend({
        port: E2E_PORTS.crash.backend,
        database: database(),
        extraConfig,
      }),
    );
    await waitForExamplePortfolio(
      backends[0],
      await backends[0].getGuestToken(),
    );
    db = new Client({
      connectionString: `${connectionString}/${prefix}data-mesh`,
    });
    await db.connect();
  });

  afterAll(async () => {
    await locker?.end().catch(() => undefined);
    await db?.end();
    await Promise.all(backends.map(b => b.stop()));
    if (connectionString) await dropDatabases(connectionString, prefix);
  });

  it('leaves the stored snapshot whole, and the next backend completes a run', async () => {
    const [first] = backends;
    const before = await storeContents(db);
    expect(before.snapshots.length).toBeGreaterThanOrEqual(1);

    locker = new Client({
      connectionString: `${connectionString}/${prefix}data-mesh`,
    });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query(
      'SELECT id FROM data_mesh_refresh_status WHERE id = 1 FOR UPDATE',
    );

    const token = await first.getGuestToken();
    const trigger = await fetch(`${first.baseUrl}/api/data-mesh/refresh`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(trigger.status).toBe(202);

    // The save is waiting for the lock, inside a transaction that has
    // already written to the snapshots and history tables.
    const waiting = await waitFor(
      async () => {
        const { rows } = await db.query(
          `SELECT a.pid,
                  bool_or(c.relname = 'data_mesh_snapshots') AS wrote_snapshot,
                  bool_or(c.relname = 'data_mesh_phase_history') AS wrote_history
             FROM pg_stat_activity a
             JOIN pg_locks l ON l.pid = a.pid AND l.mode = 'RowExclusiveLock'
             JOIN pg_class c ON c.oid = l.relation
            WHERE a.datname = $1 AND a.wait_event_type = 'Lock'
              AND a.query ILIKE '%data_mesh_refresh_status%'
            GROUP BY a.pid`,
          [`${prefix}data-mesh`],
        );
        return rows[0];
      },
      60_000,
      'the snapshot save to wait for the status row',
    );
    expect(waiting).toMatchObject({
      wrote_snapshot: true,
      wrote_history: true,
    });

    const serverPid = first.serverPid();
    expect(serverPid).toBeDefined();
    process.kill(serverPid!, 'SIGKILL');
    const killedAt = Date.now();
    await first.stop();
    await locker.query('ROLLBACK');
    await locker.end();
    locker = undefined;

    // PostgreSQL ends the dead client's transaction without committing it.
    await waitFor(
      async () => {
        const { rows } = await db.query(
          'SELECT 1 FROM pg_stat_activity WHERE pid = $1',
          [waiting.pid],
        );
        return rows.length === 0 ? true : undefined;
      },
      30_000,
      "the killed backend's session to end",
    );
    expect(await storeContents(db)).toEqual(before);

    // A new backend on the same databases completes a run by itself.
    const second = await startBackend({
      port: E2E_PORTS.crash.restarted,
      database: database(),
      extraConfig,
    });
    backends.push(second);
    const readyAt = Date.now();
    const secondToken = await second.getGuestToken();
    const recovered = await waitFor(
      async () => {
        const res = await fetch(`${second.baseUrl}/api/data-mesh/status`, {
          headers: { Authorization: `Bearer ${secondToken}` },
        });
        const status = await res.json();
        return status.lastSuccessAt &&
          Date.parse(status.lastSuccessAt) > killedAt
          ? status
          : undefined;
      },
      180_000,
      'a completed run after the kill',
    );
    const after = await storeContents(db);
    expect(after.snapshots.length).toBe(
      Math.min(before.snapshots.length + 1, 3),
    );
    expect(new Date(after.history.latest).toISOString()).toBe(
      recovered.lastSuccessAt,
    );
    const phase = await fetch(
      `${second.baseUrl}/api/data-mesh/phase?scope=organization`,
      { headers: { Authorization: `Bearer ${secondToken}` } },
    );
    expect(phase.status).toBe(200);
    expect((await phase.json()).computedAt).toBe(recovered.lastSuccessAt);
    process.stdout.write(
      `killed mid-save: store unchanged; a new backend was ready ${seconds(
        readyAt - killedAt,
      )} s after the kill and completed a run ${seconds(
        Date.parse(recovered.lastSuccessAt) - readyAt,
      )} s later (the dead lease lasts 20 s)\n`,
    );
  });
});
