/*
 * Starts the portal's real backend (packages/backend) as a child process, the
 * same way `yarn start` does, on its own port and its own SQLite folder, so
 * end-to-end tests run against exactly what an adopter runs.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Root of the repository. */
// This package only runs from source in this repository; it is never built.
// eslint-disable-next-line no-restricted-syntax
export const repoRoot = path.resolve(__dirname, '../..');

/** A running backend and the means to talk to it and stop it. */
export interface RunningBackend {
  baseUrl: string;
  /** A user token for the guest user, as the frontend would get one. */
  getGuestToken(): Promise<string>;
  /** Everything the backend printed so far, for failure messages. */
  output(): string;
  /**
   * The process id of the backend itself (the CLI starts it as a child of
   * its own), for reading its memory; undefined when it is not running.
   */
  serverPid(): number | undefined;
  stop(): Promise<void>;
}

/** Options for {@link startBackend}. */
export interface StartBackendOptions {
  port: number;
  /** Extra app-config, merged over app-config.yaml. */
  extraConfig?: Record<string, unknown>;
  /** `backend.database` config; default: SQLite in a fresh folder. */
  database?: Record<string, unknown>;
  /** How long to wait for the backend to answer, in milliseconds. */
  startTimeoutMs?: number;
  /**
   * Config files of the repository loaded after app-config.yaml and before
   * the test's own, e.g. `app-config.production.yaml`.
   */
  configFiles?: string[];
  /** NODE_ENV of the backend; default development, as `yarn start`. */
  nodeEnv?: 'development' | 'production';
  /** Further environment variables, e.g. what a config file substitutes. */
  env?: Record<string, string>;
  /**
   * Modules (absolute paths) the backend process loads before its own code,
   * through the CLI's `--require`: only the backend loads them, not yarn or
   * the CLI around it. Benchmarks use this to measure the backend from the
   * inside without touching its code.
   */
  require?: string[];
}

/**
 * Extra config for suites that read the first full recompute within
 * seconds of the start and must not see a second one while they run: the
 * next is ten minutes away.
 */
export const FIRST_RECOMPUTE_AT_ONCE = {
  dataMesh: {
    schedule: {
      initialDelay: { seconds: 1 },
      frequency: { minutes: 10 },
    },
  },
};

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** Starts packages/backend and resolves once it serves requests. */
export async function startBackend(
  options: StartBackendOptions,
): Promise<RunningBackend> {
  const { port, extraConfig = {}, startTimeoutMs = 180_000 } = options;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-e2e-'));
  const baseUrl = `http://localhost:${port}`;
  const { backend: extraBackend, ...otherConfig } = extraConfig as {
    backend?: Record<string, unknown>;
  };
  const config = {
    app: { baseUrl },
    backend: {
      baseUrl,
      listen: { port },
      database: options.database ?? {
        client: 'better-sqlite3',
        connection: { directory: path.join(workDir, 'sqlite') },
      },
      ...extraBackend,
    },
    ...otherConfig,
  };
  const configFile = path.join(workDir, 'app-config.e2e.json');
  fs.writeFileSync(configFile, JSON.stringify(config));

  let log = '';
  const child: ChildProcess = spawn(
    'yarn',
    [
      'backstage-cli',
      'package',
      'start',
      ...['app-config.yaml', ...(options.configFiles ?? [])].flatMap(file => [
        '--config',
        path.join(repoRoot, file),
      ]),
      '--config',
      configFile,
      // One argument each: the CLI drops exactly these from what it passes
      // on to the backend as its own arguments.
      ...(options.require ?? []).map(file => `--require=${file}`),
    ],
    {
      cwd: path.join(repoRoot, 'packages/backend'),
      env: {
        ...process.env,
        // What templates create lands in a folder of this backend's own
        // (app-config.yaml), not among the developer's in .data/.
        DM_SCAFFOLDED_DIR: path.join(workDir, 'scaffolded'),
        ...options.env,
        NODE_ENV: options.nodeEnv ?? 'development',
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', chunk => (log += chunk.toString()));
  child.stderr?.on('data', chunk => (log += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      // The CLI starts the backend as its own child; end the whole group.
      process.kill(-child.pid, 'SIGTERM');
      for (let i = 0; i < 50 && child.exitCode === null; i++) {
        await sleep(100);
      }
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`Backend exited with ${child.exitCode}:\n${log}`);
    }
    // A failed start can leave the process waiting instead of exiting.
    if (log.includes('Backend startup failed')) {
      await stop();
      throw new Error(`Backend did not start:\n${log}`);
    }
    try {
      const res = await fetch(`${baseUrl}/.backstage/health/v1/readiness`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Backend did not become ready in time:\n${log}`);
    }
    await sleep(500);
  }

  return {
    baseUrl,
    output: () => log,
    serverPid: () => findServerPid(configFile),
    stop,
    async getGuestToken() {
      const res = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
        method: 'POST',
      });
      if (!res.ok) {
        throw new Error(`Guest sign-in failed with ${res.status}`);
      }
      const body = await res.json();
      return body.backstageIdentity.token as string;
    },
  };
}

/** The backend process started with this config file: it runs src/index. */
function findServerPid(configFile: string): number | undefined {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs
        .readFileSync(`/proc/${entry}/cmdline`, 'utf8')
        .split('\0');
      if (args.includes(configFile) && args.includes('src/index')) {
        return Number(entry);
      }
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}

/**
 * Polls `probe` every second until it returns a value other than undefined.
 * After `timeoutMs` it fails naming `what` it waited for, what the probe
 * last reported through `saw` (e.g. the status it read) and the last error.
 */
export async function waitFor<T>(
  probe: (saw: (value: unknown) => void) => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const started = Date.now();
  let lastError: unknown;
  let lastSeen: unknown;
  let seenAnything = false;
  const saw = (value: unknown) => {
    lastSeen = value;
    seenAnything = true;
  };
  for (;;) {
    try {
      const value = await probe(saw);
      if (value !== undefined) return value;
      // An error that a later poll got past is not what the wait ends on.
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - started > timeoutMs) {
      const seen = seenAnything ? `; last saw ${JSON.stringify(lastSeen)}` : '';
      const failed = lastError ? `; last error: ${lastError}` : '';
      throw new Error(
        `Timed out after ${Math.round(
          (Date.now() - started) / 1000,
        )} s waiting for ${what}${seen}${failed}`,
      );
    }
    await sleep(1000);
  }
}

/**
 * Waits until a full read of the catalog covers the whole example
 * organisation, asking for one while the catalog is still ingesting it or
 * the last run applied told changes only.
 */
export async function waitForExamplePortfolio(
  backend: RunningBackend,
  token: string,
  /** Entities a test added to the example's, per kind. */
  extra: Partial<
    Record<'domains' | 'dataProducts' | 'useCases' | 'capabilities', number>
  > = {},
): Promise<any> {
  const expected = {
    domains: 12 + (extra.domains ?? 0),
    dataProducts: 15 + (extra.dataProducts ?? 0),
    useCases: 8 + (extra.useCases ?? 0),
    capabilities: 11 + (extra.capabilities ?? 0),
  };
  const api = (route: string, init: RequestInit = {}) =>
    fetch(`${backend.baseUrl}/api/data-mesh${route}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}` },
    });
  return waitFor(
    async () => {
      // The whole organisation is in the snapshot only once the catalog
      // has ingested every file: check what the last run read. A full read
      // also works out again whom the example contract's breaking version
      // reaches, which the first run may have seen before its readers.
      const status = await api('/status');
      const run = status.status === 200 ? (await status.json()).lastRun : null;
      const complete =
        run?.read === 'catalog' &&
        run.entities.domains === expected.domains &&
        run.entities.dataProducts === expected.dataProducts &&
        run.entities.useCases === expected.useCases &&
        run.entities.capabilities === expected.capabilities;
      const res = await api('/phase?scope=organization');
      if (complete && res.status === 200) return res.json();
      await api('/refresh', { method: 'POST' });
      return undefined;
    },
    180_000,
    'the portfolio of the whole example organisation',
  );
}

/**
 * Waits until a complementary search has covered the snapshot computed at
 * `computedAt` or a later one (the search runs on its own schedule, every
 * 15 s in the local config), and returns what `/status` says of it.
 */
export async function waitForComplementarySearch(
  backend: RunningBackend,
  token: string,
  computedAt: string,
): Promise<{ searchedAt: string; snapshotComputedAt: string }> {
  return waitFor(
    async () => {
      const res = await fetch(`${backend.baseUrl}/api/data-mesh/status`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const search = res.ok ? (await res.json()).complementarySearch : null;
      return search &&
        Date.parse(search.snapshotComputedAt) >= Date.parse(computedAt)
        ? search
        : undefined;
    },
    120_000,
    `a complementary search of the snapshot of ${computedAt}`,
  );
}
