/*
 * Faults, with real processes: the backend's PostgreSQL server, or only the
 * catalog's, stops and comes back while the backend runs. Nothing is
 * restarted by hand; the portfolio keeps answering from what it holds,
 * marked stale, and the next scheduled recompute succeeds once the
 * database is back.
 */
import {
  RunningBackend,
  startBackend,
  waitFor,
  waitForExamplePortfolio,
} from './backendProcess';
import { PrivatePostgres, startPrivatePostgres } from './privatePostgres';
import { Client } from 'pg';
import {
  dropDatabases,
  requireSharedPostgres,
  sharedPostgres,
} from './testDatabases';
import { E2E_PORTS } from './ports';

jest.setTimeout(300_000);

describe('the backend when its PostgreSQL server restarts', () => {
  let postgres: PrivatePostgres;
  let backend: RunningBackend;
  let token: string;

  beforeAll(async () => {
    postgres = startPrivatePostgres(E2E_PORTS.faults.postgres);
    backend = await startBackend({
      port: E2E_PORTS.faults.backend,
      database: { client: 'pg', connection: postgres.connectionString },
      extraConfig: {
        dataMesh: {
          schedule: {
            frequency: { seconds: 10 },
            initialDelay: { seconds: 1 },
          },
        },
      },
    });
    token = await backend.getGuestToken();
    await waitForExamplePortfolio(backend, token);
  });

  afterAll(async () => {
    await backend?.stop();
    postgres?.destroy();
  });

  const organisationPhase = async () => {
    const res = await fetch(
      `${backend.baseUrl}/api/data-mesh/phase?scope=organization`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    return { status: res.status, body: await res.json() };
  };
  const status = async () =>
    (
      await fetch(`${backend.baseUrl}/api/data-mesh/status`, {
        headers: { Authorization: `Bearer ${token}` },
      })
    ).json();

  it('serves the loaded portfolio as stale while the database is down, and recomputes once it is back', async () => {
    const before = await organisationPhase();
    expect(before.status).toBe(200);
    expect(before.body.stale).toBe(false);

    postgres.stop();
    const down = Date.now();
    // Every answer while it is down is a 200; within a second (the
    // store is looked at once a second) they say the figures are stale.
    const statuses: number[] = [];
    const during = await waitFor(
      async () => {
        const answer = await organisationPhase();
        statuses.push(answer.status);
        return answer.body.stale === true ? answer : undefined;
      },
      10_000,
      'the answers to say they are stale',
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(during.body).toMatchObject({
      phase: before.body.phase,
      computedAt: before.body.computedAt,
    });

    // Down for longer than a scheduled period: at least one run is due.
    await new Promise(r => setTimeout(r, 12_000));
    postgres.start();
    const back = Date.now();

    const recovered = await waitFor(
      async () => {
        const s = await status();
        return s.lastSuccessAt && s.lastSuccessAt > before.body.computedAt
          ? s
          : undefined;
      },
      120_000,
      'a scheduled recompute after the database came back',
    );
    const after = await organisationPhase();
    expect(after.status).toBe(200);
    expect(after.body.stale).toBe(false);
    expect(after.body.computedAt).toBe(recovered.lastSuccessAt);
    expect(after.body.phase).toBe(before.body.phase);
    process.stdout.write(
      `PostgreSQL down for ${Math.round((back - down) / 1000)} s; ` +
        `next successful recompute ${Math.round(
          (Date.parse(recovered.lastSuccessAt) - back) / 1000,
        )} s after it came back\n`,
    );
  });
});

describe('the backend when the catalog cannot answer', () => {
  const prefix = `dm_e2e_catalog_fault_${Date.now()}_`;
  let catalogPostgres: PrivatePostgres;
  let backend: RunningBackend;
  let token: string;

  beforeAll(async () => {
    requireSharedPostgres();
    // Only the catalog's database is on a server the test stops: the
    // data-mesh store stays reachable, the catalog does not.
    catalogPostgres = startPrivatePostgres(E2E_PORTS.faults.catalogPostgres);
    // Backstage creates a plugin's database through the main connection,
    // which is on the other server; this one gets it by hand.
    const admin = new Client({
      connectionString: catalogPostgres.connectionString,
    });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${prefix}catalog"`);
    await admin.end();
    backend = await startBackend({
      port: E2E_PORTS.faults.catalogFaultBackend,
      database: {
        client: 'pg',
        connection: sharedPostgres,
        prefix,
        plugin: {
          catalog: {
            connection: catalogPostgres.connectionString,
          },
        },
      },
      extraConfig: {
        dataMesh: {
          schedule: {
            frequency: { seconds: 10 },
            initialDelay: { seconds: 1 },
            timeout: { seconds: 90 },
          },
        },
      },
    });
    token = await backend.getGuestToken();
    await waitForExamplePortfolio(backend, token);
  });

  afterAll(async () => {
    await backend?.stop();
    catalogPostgres?.destroy();
    if (sharedPostgres) await dropDatabases(sharedPostgres, prefix);
  });

  const get = async (route: string) => {
    const res = await fetch(`${backend.baseUrl}/api/data-mesh${route}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: await res.json() };
  };

  it('serves the last snapshot marked stale, never a 5xx, and recovers when the catalog does', async () => {
    const before = await get('/phase?scope=organization');
    expect(before.status).toBe(200);
    expect(before.body.stale).toBe(false);

    catalogPostgres.stop();
    const down = Date.now();
    const statuses: number[] = [];
    const during = await waitFor(
      async () => {
        const answers = await Promise.all([
          get('/phase?scope=organization'),
          get('/capabilities?limit=5'),
          get('/domains?limit=5'),
        ]);
        statuses.push(...answers.map(a => a.status));
        return answers.every(a => a.body.stale === true) ? answers : undefined;
      },
      150_000,
      'the answers to say they are stale after a failed run',
    );
    const failedAfter = Date.now() - down;
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(during[0].body).toMatchObject({
      phase: before.body.phase,
      computedAt: before.body.computedAt,
    });
    const failed = await get('/status');
    expect(failed.status).toBe(200);
    expect(failed.body.lastError).toEqual(expect.any(String));
    expect(failed.body.lastSuccessAt).toBe(before.body.computedAt);

    catalogPostgres.start();
    const back = Date.now();
    const recovered = await waitFor(
      async () => {
        const answer = await get('/phase?scope=organization');
        statuses.push(answer.status);
        return answer.body.stale === false &&
          answer.body.computedAt > before.body.computedAt
          ? answer
          : undefined;
      },
      150_000,
      'a successful run once the catalog answers again',
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(recovered.body.phase).toBe(before.body.phase);
    process.stdout.write(
      `catalog database down: answers stale after ${Math.round(
        failedAfter / 1000,
      )} s, all ${statuses.length} answers 200; fresh again ${Math.round(
        (Date.parse(recovered.body.computedAt) - back) / 1000,
      )} s after it came back\n`,
    );
  });
});
