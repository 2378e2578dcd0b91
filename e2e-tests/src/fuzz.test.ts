/*
 * Fuzzing through the real catalog: at least 500 malformed and hostile
 * entities of the data-mesh kinds and Domains (e2e-tests/src/fuzz), mixed
 * with good ones in the files of a real backend's catalog with the
 * data-mesh module, beside the example organisation. Good and bad are
 * what the generator made them (as the catalog keeps them): every good
 * entity is ingested unchanged; every bad one is held back with a
 * processing error naming its field; the backend keeps answering and the
 * recompute succeeds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'yaml';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  FuzzedEntity,
  fuzzedEntities,
  problemsOf,
} from './fuzz/hostileEntities';
import { heapAfterGarbageCollection } from './heapInspector';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitFor,
} from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(600_000);

const SEED = 20261125;
const BAD = 500;
const FILES = 10;
const SERVICE_TOKEN = 'fuzz-run-service-token';

/** An entity as the catalog keeps it: without __proto__ keys. */
const asKept = (entity: unknown) =>
  JSON.parse(JSON.stringify(entity), (key, value) =>
    key === '__proto__' ? undefined : value,
  );

describe('fuzzed entities through the real catalog', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-fuzz-'));
  const sqliteDir = path.join(workDir, 'sqlite');
  let fuzzed: FuzzedEntity[];
  /** What the validators say of each entity as the catalog keeps it. */
  const problems = new Map<FuzzedEntity, string[]>();
  let backend: RunningBackend;

  beforeAll(async () => {
    fuzzed = fuzzedEntities(SEED, BAD + 60);
    // A __proto__ key never reaches a processor or the stored entity (the
    // catalog drops it): the validators' messages are those of the entity
    // as the catalog keeps it.
    for (const f of fuzzed) {
      problems.set(f, await problemsOf(asKept(f.entity)));
    }
    const files = Array.from({ length: FILES }, (_, i) =>
      path.join(workDir, `fuzz-${i}.yaml`),
    );
    files.forEach((file, i) =>
      fs.writeFileSync(
        file,
        fuzzed
          .filter((_, j) => j % FILES === i)
          .map(f => JSON.stringify(f.entity))
          .join('\n---\n'),
      ),
    );
    const { catalog } = parse(
      fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
    );
    backend = await startBackend({
      port: E2E_PORTS.fuzz.backend,
      database: {
        client: 'better-sqlite3',
        connection: { directory: sqliteDir },
      },
      extraConfig: {
        backend: {
          auth: {
            externalAccess: [
              {
                type: 'static',
                options: { token: SERVICE_TOKEN, subject: 'fuzz-run' },
              },
            ],
          },
        },
        catalog: {
          // Every entity is processed again and again while the test runs,
          // so that a leak in processing shows in the memory figures.
          processingInterval: { seconds: 10 },
          locations: [
            ...catalog.locations,
            ...files.map(target => ({ type: 'file', target })),
          ],
        },
        dataMesh: { schedule: { initialDelay: { seconds: 1 } } },
      },
    });
  });

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  const good = () => fuzzed.filter(f => f.expectedInCatalog === 'valid');
  const bad = () => fuzzed.filter(f => f.expectedInCatalog === 'invalid');
  const refOf = (f: FuzzedEntity) => stringifyEntityRef(f.entity);

  it('generates at least 500 bad entities and some good ones, which the validators judge as made', () => {
    expect(bad().length).toBeGreaterThanOrEqual(BAD);
    expect(good().length).toBeGreaterThanOrEqual(100);
    const misjudged = fuzzed
      .filter(
        f =>
          problems.get(f)!.length > 0 !== (f.expectedInCatalog === 'invalid'),
      )
      .map(
        f =>
          `${refOf(f)}: made ${f.expectedInCatalog} (${f.reasonsInCatalog.join(
            '; ',
          )}), validators said ${JSON.stringify(problems.get(f))}`,
      );
    expect(misjudged).toEqual([]);
    process.stdout.write(
      `fuzzed ${fuzzed.length} entities: ${good().length} good, ${
        bad().length
      } bad (seed ${SEED})\n`,
    );
  });

  /** The catalog's own record of each entity's processing. */
  const catalogState = () => {
    const db = new Database(path.join(sqliteDir, 'catalog.sqlite'), {
      readonly: true,
    });
    const rows = db
      .prepare(
        `SELECT r.entity_ref AS ref, r.errors AS errors,
                f.final_entity IS NOT NULL AS final
           FROM refresh_state r
           LEFT JOIN final_entities f ON f.entity_id = r.entity_id
          WHERE r.entity_ref LIKE '%:default/fuzz-%'`,
      )
      .all() as Array<{ ref: string; errors: string | null; final: number }>;
    db.close();
    return new Map(rows.map(r => [r.ref, r]));
  };
  const hasErrors = (errors: string | null) =>
    Boolean(errors && errors !== '[]');

  it('settles: every entity is either in the catalog or has an error', async () => {
    const started = Date.now();
    const allSettled = await waitFor(
      async () => {
        const state = catalogState();
        const settled = fuzzed.every(f => {
          const row = state.get(refOf(f));
          return row && (row.final || hasErrors(row.errors));
        });
        return settled ? true : undefined;
      },
      300_000,
      'the catalog to process every fuzzed entity',
    );
    expect(allSettled).toBe(true);
    process.stdout.write(
      `the catalog settled ${fuzzed.length} fuzzed entities in ${Math.round(
        (Date.now() - started) / 1000,
      )} s\n`,
    );
  });

  it('ingests every good entity unchanged', async () => {
    const res = await fetch(`${backend.baseUrl}/api/catalog/entities/by-refs`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${SERVICE_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        entityRefs: good().map(refOf),
        fields: ['metadata.title', 'metadata.description', 'spec'],
      }),
    });
    const { items } = await res.json();
    const lost = good()
      .filter((_, i) => !items[i])
      .map(refOf);
    expect(lost).toEqual([]);
    good().forEach((f, i) => {
      expect(items[i].metadata.title).toEqual(f.entity.metadata.title);
      expect(items[i].metadata.description).toEqual(
        f.entity.metadata.description,
      );
      // The processor may add nothing to what the author wrote.
      expect(items[i].spec).toEqual(asKept(f.entity).spec);
    });
  });

  it('holds back every bad entity with a processing error naming its field', async () => {
    const state = catalogState();
    const unnamed: string[] = [];
    const accepted: string[] = [];
    for (const f of bad()) {
      const row = state.get(refOf(f))!;
      if (row.final) {
        accepted.push(`${refOf(f)}: ${f.reasonsInCatalog.join('; ')}`);
      }
      const messages = JSON.parse(row.errors ?? '[]')
        .map((e: any) => e.message ?? '')
        .join('\n');
      // Ours name the field path; Backstage's own checks their schema path.
      // The processor reports the validators' first problem.
      const first = problems.get(f)![0] ?? 'a problem the validators name';
      if (!messages.includes(first.slice(0, 60))) {
        unnamed.push(`${refOf(f)}: ${messages.slice(0, 200)}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(unnamed).toEqual([]);
  });

  it('keeps answering and recomputes the portfolio with the good entities', async () => {
    const token = await backend.getGuestToken();
    const status = await waitFor(
      async () => {
        await fetch(`${backend.baseUrl}/api/data-mesh/refresh`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
        });
        const res = await fetch(`${backend.baseUrl}/api/data-mesh/status`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        const body = await res.json();
        const expected =
          15 + good().filter(f => f.entity.kind === 'DataProduct').length;
        return body.lastRun?.entities.dataProducts === expected
          ? body
          : undefined;
      },
      120_000,
      'a recompute that read every good data product',
    );
    expect(status.lastError).toBeNull();
    expect(status.stale).toBe(false);
    const health = await fetch(`${backend.baseUrl}/api/data-mesh/health`);
    expect(health.status).toBe(200);
  });

  it('holds its live heap steady over repeated processing and recomputes', async () => {
    const pid = backend.serverPid()!;
    expect(pid).toBeDefined();
    const token = await backend.getGuestToken();
    const lastSuccess = async () =>
      (
        await (
          await fetch(`${backend.baseUrl}/api/data-mesh/status`, {
            headers: { Authorization: `Bearer ${token}` },
          })
        ).json()
      ).lastSuccessAt;
    let runs = 0;
    /** Recomputes, one after the other, for `ms`; the catalog meanwhile
     * processes every fuzzed entity again every 10 s. */
    const work = async (ms: number) => {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const before = await lastSuccess();
        await fetch(`${backend.baseUrl}/api/data-mesh/refresh`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
        });
        await waitFor(
          async () => ((await lastSuccess()) !== before ? true : undefined),
          60_000,
          `recompute ${runs + 1}`,
        );
        runs++;
        await new Promise(r => setTimeout(r, 1000));
      }
    };
    // Caches fill while everything is processed the first times.
    await work(30_000);
    const early = await heapAfterGarbageCollection(pid);
    const runsBefore = runs;
    const MEASURE_MS = 90_000;
    await work(MEASURE_MS);
    const late = await heapAfterGarbageCollection(pid);
    const peak = Number(
      /VmHWM:\s+(\d+) kB/.exec(
        fs.readFileSync(`/proc/${pid}/status`, 'utf8'),
      )![1],
    );
    process.stdout.write(
      `live heap after garbage collection: ${early.toFixed(
        1,
      )} MiB, then ${late.toFixed(1)} MiB after ${
        runs - runsBefore
      } recomputes and ${
        MEASURE_MS / 1000
      } s of reprocessing every fuzzed entity every 10 s; peak RSS ${Math.round(
        peak / 1024,
      )} MiB\n`,
    );
    // The same process served throughout: it never crashed or restarted.
    expect(backend.serverPid()).toBe(pid);
    // A retained copy of each entity the processor sees adds 38 MiB here.
    expect(late - early).toBeLessThan(16);
  });
});
