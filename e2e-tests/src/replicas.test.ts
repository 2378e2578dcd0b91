/*
 * Two replicas of the real backend on one PostgreSQL database, as in a
 * production deployment: the scheduled recompute runs on one replica at a
 * time, both serve the same stored snapshot, and a catalog edit, told by
 * whichever replica's catalog processed it, shows on both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

describe('two backend replicas on PostgreSQL', () => {
  // Each run gets its own databases, dropped afterwards.
  const prefix = `dm_e2e_${Date.now()}_`;
  const replicas: RunningBackend[] = [];
  // A catalog folder both replicas read, as they would one git location.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-replicas-'));
  const file = path.join(dir, 'replicated', 'catalog-info.yaml');
  const productFile = (
    capability: string,
  ) => `apiVersion: data-mesh-portfolio.io/v1alpha1
kind: DataProduct
metadata: { name: replicated-returns }
spec:
  owner: group:checkout-team
  domain: orders
  lifecycle: active
  outputPorts: [{ name: returns, type: table }]
  requiresCapabilities: [${capability}]
`;

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, productFile('stream-ingestion'));
    requireSharedPostgres();
    const database = { client: 'pg', connection: connectionString, prefix };
    const extraConfig = {
      dataMesh: {
        // Late enough for both replicas to be up when the first run is due.
        schedule: { initialDelay: { seconds: 25 }, frequency: { minutes: 30 } },
      },
    };
    // One after the other, as a rollout does: Backstage's own migrations
    // are not meant to race on an empty database.
    for (const port of [E2E_PORTS.replicas.first, E2E_PORTS.replicas.second]) {
      replicas.push(
        await startBackend({
          port,
          database,
          extraConfig,
          env: { DM_SCAFFOLDED_DIR: dir },
        }),
      );
    }
  });

  afterAll(async () => {
    await Promise.all(replicas.map(r => r.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
    if (!connectionString) return;
    await dropDatabases(connectionString, prefix);
  });

  it('never overlaps recomputes across replicas, and serves the same snapshot from both', async () => {
    const [a, b] = replicas;
    const tokenA = await a.getGuestToken();
    const tokenB = await b.getGuestToken();
    // Both replicas are asked to recompute at the same moment as well.
    const refreshes = await Promise.all(
      [
        [a, tokenA],
        [b, tokenB],
      ].map(([r, t]) =>
        fetch(`${(r as RunningBackend).baseUrl}/api/data-mesh/refresh`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${t}` },
        }),
      ),
    );
    expect(refreshes.map(r => r.status)).toEqual([202, 202]);
    const phase = await waitForExamplePortfolio(a, tokenA, {
      dataProducts: 1,
    });
    expect(phase.phase).toBe('scale');

    // An edit shows on both replicas without a full recompute (the next
    // is 30 minutes away), whichever replica's catalog processed it.
    fs.writeFileSync(file, productFile('replicated-capability'));
    for (const [replica, token] of [
      [a, tokenA],
      [b, tokenB],
    ] as const) {
      await waitFor(
        async () => {
          const res = await fetch(
            `${replica.baseUrl}/api/data-mesh/entities/DataProduct/default/replicated-returns/capabilities`,
            { headers: { Authorization: `Bearer ${token}` } },
          );
          const answer = res.ok ? await res.json() : { needs: [] };
          return answer.needs.some(
            (need: { ref: string }) =>
              need.ref === 'platformcapability:default/replicated-capability',
          )
            ? true
            : undefined;
        },
        120_000,
        'the edit on both replicas',
      );
    }

    // Then, twice: both replicas asked at the same moment, twice each.
    // Every round must end in a new run, and no two runs may overlap.
    const lastSuccess = async () =>
      (
        await (
          await fetch(`${a.baseUrl}/api/data-mesh/status`, {
            headers: { Authorization: `Bearer ${tokenA}` },
          })
        ).json()
      ).lastSuccessAt as string;
    for (let round = 0; round < 2; round++) {
      const before = await lastSuccess();
      const answers = await Promise.all(
        [a, b, a, b].map((r, i) =>
          fetch(`${r.baseUrl}/api/data-mesh/refresh`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${i % 2 ? tokenB : tokenA}` },
          }),
        ),
      );
      expect(answers.map(r => r.status)).toEqual([202, 202, 202, 202]);
      await waitFor(
        async () => ((await lastSuccess()) !== before ? true : undefined),
        60_000,
        `recompute round ${round + 1}`,
      );
    }
    const latest = await lastSuccess();

    // B loads what A stored (it looks at the store once a second).
    await waitFor(
      async () => {
        const fromB = await fetch(
          `${b.baseUrl}/api/data-mesh/phase?scope=organization`,
          { headers: { Authorization: `Bearer ${tokenB}` } },
        );
        return (await fromB.json()).computedAt === latest ? true : undefined;
      },
      30_000,
      'replica B to serve the newest snapshot',
    );

    // Every run logs its end and duration on the replica that ran it; no
    // two runs, on either replica, may overlap in time.
    const runs = replicas.flatMap(r =>
      [
        ...r
          .output()
          .matchAll(
            /(\d{4}-\d\d-\d\dT[\d:.]+Z).*?Computed the data-mesh portfolio(?: from \d+ changes told)? in (\d+) ms/g,
          ),
      ].map(m => {
        const end = Date.parse(m[1]);
        return { start: end - Number(m[2]), end };
      }),
    );
    // The first run, and one per round at least.
    expect(runs.length).toBeGreaterThanOrEqual(3);
    runs.sort((x, y) => x.start - y.start);
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i].start).toBeGreaterThanOrEqual(runs[i - 1].end);
    }

    // The newest stored snapshot is the one both replicas serve.
    const client = new Client({
      connectionString: `${connectionString}/${prefix}data-mesh`,
    });
    await client.connect();
    const { rows } = await client.query(
      'SELECT max(computed_at) AS latest FROM data_mesh_snapshots',
    );
    await client.end();
    expect(new Date(rows[0].latest).toISOString()).toBe(latest);
  });
});
