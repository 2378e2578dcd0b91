/*
 * Faults, with real processes: the backend's PostgreSQL server stops and
 * comes back while the backend runs. Nothing is restarted by hand; the
 * portfolio keeps answering from what it holds, marked stale, and the next
 * scheduled recompute succeeds once the database is back.
 */
import {
  RunningBackend,
  startBackend,
  waitFor,
  waitForExamplePortfolio,
} from './backendProcess';
import { PrivatePostgres, startPrivatePostgres } from './privatePostgres';

jest.setTimeout(300_000);

describe('the backend when its PostgreSQL server restarts', () => {
  let postgres: PrivatePostgres;
  let backend: RunningBackend;
  let token: string;

  beforeAll(async () => {
    postgres = startPrivatePostgres(5491);
    backend = await startBackend({
      port: 7141,
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
