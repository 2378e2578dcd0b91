/*
 * The real backend loaded with a synthetic organisation, on SQLite or
 * PostgreSQL. Databases are kept between runs (named after the size), so a
 * large organisation is ingested once and measured many times.
 */
import path from 'node:path';
import {
  RunningBackend,
  repoRoot,
  startBackend,
  waitFor,
} from '../backendProcess';
import { requireSharedPostgres } from '../testDatabases';
import {
  ORGANISATION_LAYOUT,
  OrganisationFiles,
  fileLocations,
  scaleDataDir,
  writeOrganisationFiles,
} from './organisationFiles';

/**
 * A static service token the scale backend accepts, for what must see the
 * whole catalog (counting ingested entities, timing the catalog stream).
 * Everything measured as a user uses the guest's token.
 */
export const SCALE_SERVICE_TOKEN = 'scale-run-service-token';

/**
 * A module for `ScaleBackendOptions.require` that keeps the CLI from
 * restarting the backend when a source file changes (noRestartOnEdit.cjs),
 * for runs whose figures must all come from one process.
 */
export const NO_RESTART_ON_EDIT_MODULE = path.join(
  repoRoot,
  'e2e-tests/src/scale/noRestartOnEdit.cjs',
);

/** The databases a scale run can use. */
export type ScaleDatabase = 'sqlite' | 'postgres';

/** The NODE_ENVs a scale backend runs under. */
export const NODE_ENVS = ['development', 'production'] as const;

/** NODE_ENV of a scale backend. */
export type NodeEnv = (typeof NODE_ENVS)[number];

/** Options of {@link startScaleBackend}. */
export interface ScaleBackendOptions {
  dataProducts: number;
  database: ScaleDatabase;
  port: number;
  /** Extra config merged over the scale config. */
  extraConfig?: Record<string, unknown>;
  /**
   * `catalog.processingInterval`, e.g. `{ seconds: 30 }`; by default a day
   * (see below). Phases that edit catalog files need the catalog to read
   * them again.
   */
  processingInterval?: Record<string, number>;
  /** Modules the backend process loads first (`StartBackendOptions.require`). */
  require?: string[];
  /** Further environment variables of the backend. */
  env?: Record<string, string>;
  /**
   * NODE_ENV of the backend; default development, as `yarn start`. In
   * production Backstage answers compact JSON (development indents it)
   * and logs JSON lines, as a deployed portal does.
   */
  nodeEnv?: NodeEnv;
}

/** A backend serving a synthetic organisation. */
export interface ScaleBackend extends RunningBackend {
  organisation: OrganisationFiles;
}

function databaseConfig(database: ScaleDatabase, dataProducts: number) {
  if (database === 'sqlite') {
    return {
      client: 'better-sqlite3',
      connection: {
        directory: path.join(
          scaleDataDir,
          `sqlite-${dataProducts}-${ORGANISATION_LAYOUT}`,
        ),
      },
    };
  }
  const connection = requireSharedPostgres();
  return {
    client: 'pg',
    connection,
    prefix: `dm_scale_${dataProducts}_${ORGANISATION_LAYOUT.replace(
      /-/g,
      '_',
    )}_`,
  };
}

/** Starts the backend on the organisation's files. */
export async function startScaleBackend(
  options: ScaleBackendOptions,
): Promise<ScaleBackend> {
  const organisation = writeOrganisationFiles(options.dataProducts);
  const backend = await startBackend({
    port: options.port,
    database: databaseConfig(options.database, options.dataProducts),
    startTimeoutMs: 600_000,
    require: options.require,
    env: options.env,
    nodeEnv: options.nodeEnv,
    extraConfig: {
      // The benchmark measures as a signed-in user: the guest stands for
      // one, in production too.
      ...(options.nodeEnv === 'production' && {
        auth: {
          providers: { guest: { dangerouslyAllowOutsideDevelopment: true } },
        },
      }),
      backend: {
        auth: {
          externalAccess: [
            {
              type: 'static',
              options: { token: SCALE_SERVICE_TOKEN, subject: 'scale-run' },
            },
          ],
        },
      },
      catalog: {
        locations: fileLocations(organisation.files),
        // New entities are processed at once; refreshing every entity every
        // few seconds, as local development does, would keep two cores
        // busy for the whole run at this size. Measurements are taken on a
        // settled catalog.
        processingInterval: options.processingInterval ?? { hours: 24 },
      },
      // app-config.yaml indexes search every 30 seconds for the example
      // organisation; at this size each run would stream the whole catalog
      // and build an in-memory index while pages are timed. No suite here
      // searches, so indexing waits a day.
      search: {
        collators: {
          catalog: {
            schedule: {
              frequency: { hours: 24 },
              timeout: { minutes: 15 },
              initialDelay: { hours: 24 },
            },
          },
        },
      },
      ...options.extraConfig,
    },
  });
  return { ...backend, organisation };
}

/**
 * Waits until the catalog holds the organisation's data products and use
 * cases and has stitched their relations, printing progress. Should the
 * counts stop moving short of the whole (the catalog retries entities
 * whose processing failed only at their next refresh), it goes on once
 * they have not moved for `stallMs`, and says how many are missing.
 */
export async function waitForIngestion(
  backend: ScaleBackend,
  log: (line: string) => void,
  options: { timeoutMs?: number; stallMs?: number } = {},
): Promise<{ dataProducts: number; useCases: number }> {
  const { timeoutMs = 3 * 60 * 60 * 1000, stallMs = 180_000 } = options;
  // A service token: the guest may not read restricted entities.
  const count = async (filter: string) => {
    const res = await fetch(
      `${backend.baseUrl}/api/catalog/entities/by-query?limit=0&${filter}`,
      { headers: { Authorization: `Bearer ${SCALE_SERVICE_TOKEN}` } },
    );
    if (!res.ok) throw new Error(`catalog answered ${res.status}`);
    return (await res.json()).totalItems as number;
  };
  const expected = backend.organisation.byKind;
  const started = Date.now();
  let last = '';
  let lastChange = Date.now();
  return waitFor(
    async saw => {
      const products = await count('filter=kind=dataproduct');
      const useCases = await count('filter=kind=usecase');
      // Stitched: the relation the processor emits is searchable.
      const stitched = await count('filter=kind=dataproduct,relations.partOf');
      const now = `${products}/${useCases}/${stitched}`;
      saw(
        `${products} data products, ${useCases} use cases, ${stitched} stitched`,
      );
      if (now !== last) {
        last = now;
        lastChange = Date.now();
        log(
          `ingested ${products}/${
            expected.DataProduct
          } data products, ${useCases}/${
            expected.UseCase
          } use cases, ${stitched} stitched (${Math.round(
            (Date.now() - started) / 1000,
          )} s)`,
        );
      }
      const complete =
        products === expected.DataProduct &&
        useCases === expected.UseCase &&
        stitched === expected.DataProduct;
      const stalled = products > 0 && Date.now() - lastChange > stallMs;
      if (stalled && !complete) {
        log(
          `going on with ${expected.DataProduct - products} data products and ${
            expected.UseCase - useCases
          } use cases still in the catalog's queue`,
        );
      }
      return complete || stalled
        ? { dataProducts: products, useCases }
        : undefined;
    },
    timeoutMs,
    `the catalog to ingest the organisation's ${expected.DataProduct} data products and ${expected.UseCase} use cases`,
  );
}
