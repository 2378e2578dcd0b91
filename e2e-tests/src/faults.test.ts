/*
 * Faults, with real processes: the backend's PostgreSQL server, or only the
 * catalog's, stops and comes back while the backend runs. Nothing is
 * restarted by hand; the portfolio keeps answering from what it holds,
 * marked stale, and the next scheduled recompute succeeds once the
 * database is back.
 *
 * Both tests read as the guest (a user token from guest sign-in, under the
 * portal's permission policy) and poll about once a second (a second's
 * pause after each answer); each test's title says which routes.
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

/** How long the first test keeps the backend's PostgreSQL server down. */
const OUTAGE_MS = 13_000;
/** The pause between two polls of the first test while the server is down. */
const POLL_MS = 1000;

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
            // Durations merge unit by unit with app-config.yaml's
            // `{ minutes: 1 }`: without `minutes: 0` this is 70 s.
            frequency: { minutes: 0, seconds: 10 },
            initialDelay: { seconds: 1 },
            // A run the outage cut off may keep its claim until its
            // timeout (it cannot be released while the database is down):
            // 20 s, not the 5 minutes by default, so that the next run
            // follows within the wait below.
            timeout: { seconds: 20 },
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

  it("answers the guest's GET /phase?scope=organization, polled about once a second through the outage, with 200s marked stale, and recomputes once the database is back", async () => {
    const before = await organisationPhase();
    expect(before.status).toBe(200);
    expect(before.body.stale).toBe(false);

    postgres.stop();
    const down = Date.now();
    // Every answer while it is down is a 200; within seconds (the service
    // looks at the store at most once a second) they say they are stale.
    const outage: Array<{ status: number; body: any; atMs: number }> = [];
    const poll = async () => {
      const answer = await organisationPhase();
      outage.push({ ...answer, atMs: Date.now() - down });
      return answer;
    };
    await waitFor(
      async saw => {
        const answer = await poll();
        saw({ status: answer.status, stale: answer.body.stale });
        return answer.body.stale === true ? answer : undefined;
      },
      10_000,
      'the answers to say they are stale',
    );
    const staleFrom = outage.length - 1;
    // Down for longer than a scheduled period (10 s): at least one run is
    // due meanwhile. The same route is polled all along.
    while (Date.now() - down < OUTAGE_MS) {
      await new Promise(r => setTimeout(r, POLL_MS));
      await poll();
    }
    postgres.start();
    const back = Date.now();

    expect(outage.map(a => a.status)).toEqual(outage.map(() => 200));
    // From the first stale answer on, every answer is the loaded snapshot,
    // marked stale.
    expect(
      outage.slice(staleFrom).map(a => [a.body.stale, a.body.computedAt]),
    ).toEqual(
      outage.slice(staleFrom).map(() => [true, before.body.computedAt]),
    );
    expect(outage[staleFrom].body.phase).toBe(before.body.phase);
    expect(outage.length - staleFrom).toBeGreaterThanOrEqual(5);

    // While it comes back: the status, and the same route, once a second.
    const recovery: number[] = [];
    const recovered = await waitFor(
      async saw => {
        const answer = await organisationPhase();
        recovery.push(answer.status);
        const s = await status();
        saw({ lastSuccessAt: s.lastSuccessAt, lastError: s.lastError });
        return s.lastSuccessAt && s.lastSuccessAt > before.body.computedAt
          ? s
          : undefined;
      },
      120_000,
      'a scheduled recompute after the database came back',
    );
    expect(recovery).toEqual(recovery.map(() => 200));
    const after = await organisationPhase();
    expect(after.status).toBe(200);
    expect(after.body.stale).toBe(false);
    expect(after.body.computedAt).toBe(recovered.lastSuccessAt);
    expect(after.body.phase).toBe(before.body.phase);
    process.stdout.write(
      `PostgreSQL down for ${Math.round((back - down) / 1000)} s: ` +
        `${outage.length} answers to the guest's /phase?scope=organization, ` +
        `all 200, stale from ${Math.round(
          outage[staleFrom].atMs / 1000,
        )} s after the stop; ${recovery.length} more while it came back, ` +
        `all 200; next successful recompute ${Math.round(
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

  it("answers the guest's /phase?scope=organization, /capabilities?limit=5 and /domains?limit=5, polled together about once a second, with 200s until all three say stale after a failed run, then /phase with 200s until it is fresh again", async () => {
    const before = await get('/phase?scope=organization');
    expect(before.status).toBe(200);
    expect(before.body.stale).toBe(false);

    catalogPostgres.stop();
    const down = Date.now();
    // Every answer to the guest, while the catalog is down and while it
    // comes back.
    const statuses: number[] = [];
    const during = await waitFor(
      async saw => {
        const answers = await Promise.all([
          get('/phase?scope=organization'),
          get('/capabilities?limit=5'),
          get('/domains?limit=5'),
        ]);
        statuses.push(...answers.map(a => a.status));
        saw(answers.map(a => ({ status: a.status, stale: a.body.stale })));
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
      async saw => {
        const answer = await get('/phase?scope=organization');
        statuses.push(answer.status);
        saw({
          status: answer.status,
          stale: answer.body.stale,
          computedAt: answer.body.computedAt,
        });
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
      )} s (then ${during[1].body.items.length} capabilities and ${
        during[2].body.items.length
      } domains listed), all ${
        statuses.length
      } answers to the guest 200; fresh again ${Math.round(
        (Date.parse(recovered.body.computedAt) - back) / 1000,
      )} s after it came back\n`,
    );
  });
});
