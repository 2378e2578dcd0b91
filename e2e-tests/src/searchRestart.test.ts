/*
 * Search across a restart: the backend as app-config.yaml configures it (the
 * built-in engine, which keeps its index in the process's memory) started on
 * a SQLite database, stopped, and started again on the same database, as a
 * developer does with ./scripts/start.sh.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunningBackend, startBackend } from './backendProcess';
import { E2E_PORTS } from './ports';

jest.setTimeout(400_000);

/** How soon search must find the example organisation after a start. */
const WITHIN_MS = 60_000;

/** One answer of the search API while waiting for a result. */
interface Answer {
  /** Milliseconds since the backend answered its readiness check. */
  at: number;
  status: number;
  /** The first result's title, when there is one. */
  first?: string;
}

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/**
 * Searches for "Order History" twice a second until it is the first result
 * or `WITHIN_MS` has passed, and returns every answer on the way.
 */
async function searchUntilFound(backend: RunningBackend): Promise<Answer[]> {
  const token = await backend.getGuestToken();
  const start = Date.now();
  const answers: Answer[] = [];
  while (Date.now() - start <= WITHIN_MS) {
    const res = await fetch(
      `${backend.baseUrl}/api/search/query?${new URLSearchParams({
        term: 'Order History',
      })}`,
      { headers: { Authorization: `Bearer ${token}` } },
    ).catch(error => {
      throw new Error(
        `Search failed: ${error.cause ?? error}\n${backend
          .output()
          .slice(-3000)}`,
      );
    });
    const body = await res.json();
    const answer: Answer = {
      at: Date.now() - start,
      status: res.status,
      first: body.results?.[0]?.document?.title,
    };
    answers.push(answer);
    if (answer.first === 'Order History') break;
    await sleep(500);
  }
  return answers;
}

/** The answers' statuses with how many times each came, for messages. */
function tally(answers: Answer[]) {
  const counts = new Map<number, number>();
  for (const { status } of answers) {
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return Object.fromEntries(counts);
}

describe('search after a restart on the same database', () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-search-restart-'));
  // Both starts share this folder: the catalog, the scheduler's task table
  // and everything else the backend stores survive the restart.
  const database = {
    client: 'better-sqlite3',
    connection: { directory: path.join(workDir, 'sqlite') },
  };
  let backend: RunningBackend | undefined;

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('finds the example organisation within a minute of a first start and of a restart, never answering an error', async () => {
    backend = await startBackend({
      port: E2E_PORTS.searchRestart.first,
      database,
    });
    const first = await searchUntilFound(backend);
    const firstFound = first.find(a => a.first === 'Order History');
    if (!firstFound) {
      throw new Error(
        `"Order History" not found within a minute of a first start; answers: ${JSON.stringify(
          tally(first),
        )}`,
      );
    }
    await backend.stop();
    backend = undefined;

    // The second start reads what the first stored, on another port so
    // that nothing of the first process can answer.
    backend = await startBackend({
      port: E2E_PORTS.searchRestart.restarted,
      database,
    });
    const second = await searchUntilFound(backend);
    const found = second.find(a => a.first === 'Order History');
    // Every answer until the result appears is a success, possibly empty
    // while the index is built; never an error.
    expect({
      foundWithinAMinute: found !== undefined,
      answers: tally(second),
    }).toEqual({ foundWithinAMinute: true, answers: { 200: second.length } });
    // The figures the README quotes.
    process.stdout.write(
      `search found "Order History" ${
        firstFound.at
      } ms after a first start ${JSON.stringify(tally(first))} and ${
        found!.at
      } ms after a restart ${JSON.stringify(tally(second))}\n`,
    );
  });
});
