/*
 * A PostgreSQL server of a test's own, in a temporary folder, that the test
 * may stop and start at will without disturbing the shared one. Uses the
 * server binaries scripts/postgres.sh installs; as root, runs them as the
 * postgres user (PostgreSQL refuses to run as root).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

/** A running private server. */
export interface PrivatePostgres {
  connectionString: string;
  stop(): void;
  start(): void;
  /** Stops the server and removes its folder. */
  destroy(): void;
}

function run(command: string, args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const quoted = [command, ...args].map(a => `'${a.replace(/'/g, `'\\''`)}'`);
  if (asRoot) {
    execFileSync('su', ['postgres', '-c', quoted.join(' ')], {
      stdio: 'pipe',
    });
  } else {
    execFileSync(command, args, { stdio: 'pipe' });
  }
}

/** Creates and starts a server on a port of its own. */
export function startPrivatePostgres(port: number): PrivatePostgres {
  if (!fs.existsSync(path.join(BIN, 'initdb'))) {
    throw new Error(
      `PostgreSQL 15 server binaries are missing in ${BIN}; source scripts/postgres.sh first`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    fs.mkdirSync(data, { mode: 0o700 });
    fs.chownSync(data, uid, gid);
  }
  run(path.join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust']);
  const start = () =>
    run(path.join(BIN, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=localhost`,
      '-w',
      'start',
    ]);
  const stop = () =>
    run(path.join(BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    connectionString: `postgresql://postgres@localhost:${port}`,
    start,
    stop,
    destroy() {
      try {
        stop();
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
