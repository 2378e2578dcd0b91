import { parentPort } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { CatalogClient } from '@backstage/catalog-client';
import {
  PORTFOLIO_ENTITY_FIELDS,
  PORTFOLIO_ENTITY_KINDS,
  PortfolioFacts,
  addEntityToFacts,
  emptyFacts,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { inputOfWorkerJob, startWorkerThread } from './workerThreads';

/*
 * Why a thread of its own: a full read takes the catalog's pages of
 * entities, tens of kilobytes each, and keeps only their facts. Parsed on
 * the backend's event loop, every page waits for the catalog's own work
 * for the next one, and leaves its parsed entities as garbage in the heap
 * that serves every plugin. In a worker thread the pages are fetched and
 * parsed on another core while the catalog answers, and only the facts
 * of each page are copied back. The thread, and its heap, end with the
 * read.
 *
 * This file is both the worker's entry and what the backend calls
 * (workerThreads.ts).
 */

/** Marks the data of a worker started here, so that only it reads. */
const JOB = 'data-mesh-portfolio/catalog-read';

/** What the thread needs to read the catalog as the plugin. */
export interface CatalogReadThreadInput {
  /** The catalog's base URL, as discovery gives it. */
  baseUrl: string;
  /** A token for the catalog, on behalf of the plugin itself. */
  token: string;
  /** Entities per page. */
  pageSize: number;
}

/** One page of the catalog, as facts. */
export interface FactsPage {
  /** The page's facts. */
  facts: PortfolioFacts;
  /** How many entities the page held, facts or not. */
  entities: number;
}

/**
 * The thread failed, not the read: it could not start, load its code, or
 * it ended without finishing. The caller can read on the event loop
 * instead.
 */
export class CatalogReadThreadFailure extends Error {
  name = 'CatalogReadThreadFailure';
}

/** From the thread to the caller. */
type ThreadMessage =
  | ({ type: 'page' } & FactsPage)
  | { type: 'done' }
  | { type: 'failed'; name: string; message: string };

/** What the caller waits for next. */
type ThreadEvent = ThreadMessage | { type: 'broken'; error: Error };

/**
 * The thread's messages, and its failures, in order, for an async loop
 * that also stops once `signal` fires.
 */
function threadEvents(worker: Worker, signal?: AbortSignal) {
  const queued: ThreadEvent[] = [];
  let wake: (() => void) | undefined;
  const push = (event: ThreadEvent) => {
    queued.push(event);
    wake?.();
  };
  worker.on('message', (message: ThreadMessage) => push(message));
  worker.on('error', (error: Error) =>
    push({
      type: 'broken',
      error: new CatalogReadThreadFailure(error.message, { cause: error }),
    }),
  );
  worker.on('exit', code =>
    push({
      type: 'broken',
      error: new CatalogReadThreadFailure(
        `The catalog read's worker thread ended (exit code ${code}) before the read was done`,
      ),
    }),
  );
  const woken = () =>
    new Promise<void>(resolve => {
      wake = resolve;
    });
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    async next(): Promise<ThreadEvent> {
      while (queued.length === 0) {
        signal?.throwIfAborted();
        await woken();
        wake = undefined;
      }
      return queued.shift()!;
    },
    stop() {
      signal?.removeEventListener('abort', onAbort);
      worker.removeAllListeners();
    },
  };
}

/**
 * Reads the portfolio's entities from the catalog in a worker thread of
 * its own, page by page, as facts. The thread fetches the next page while
 * the caller takes this one, and no further: at most two pages are held.
 * Throws the catalog's error as the catalog gave it (its name and
 * message), a {@link CatalogReadThreadFailure} when the thread itself
 * fails, or `signal`'s reason once it fires. The thread ends with the
 * read, however it ends.
 */
export async function* readPagesInWorkerThread(
  input: CatalogReadThreadInput,
  signal?: AbortSignal,
): AsyncGenerator<FactsPage> {
  signal?.throwIfAborted();
  const worker = startWorkerThread(__filename, JOB, input);
  const events = threadEvents(worker, signal);
  try {
    for (;;) {
      signal?.throwIfAborted();
      const event = await events.next();
      if (event.type === 'page') {
        yield { facts: event.facts, entities: event.entities };
        worker.postMessage('next');
      } else if (event.type === 'done') {
        return;
      } else if (event.type === 'failed') {
        const error = new Error(event.message);
        error.name = event.name;
        throw error;
      } else {
        throw event.error;
      }
    }
  } finally {
    events.stop();
    await worker.terminate();
  }
}

/** The worker's side: reads, and posts each page once the last is taken. */
async function readAndPost(input: CatalogReadThreadInput) {
  const port = parentPort!;
  let taken = 1;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    taken++;
    wake?.();
  });
  const woken = () =>
    new Promise<void>(resolve => {
      wake = resolve;
    });
  const post = async (message: ThreadMessage) => {
    while (taken === 0) await woken();
    taken--;
    port.postMessage(message);
  };
  const catalog = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => input.baseUrl },
  });
  try {
    const pages = catalog.streamEntities(
      {
        filter: { kind: PORTFOLIO_ENTITY_KINDS },
        fields: PORTFOLIO_ENTITY_FIELDS,
        pageSize: input.pageSize,
      },
      { token: input.token },
    );
    for await (const page of pages) {
      const facts = emptyFacts();
      for (const entity of page) addEntityToFacts(facts, entity);
      await post({ type: 'page', facts, entities: page.length });
    }
    await post({ type: 'done' });
  } catch (error) {
    const { name, message } =
      error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'failed', name, message });
  }
  // The thread lives on, listening, until the caller ends it.
}

const input = inputOfWorkerJob<CatalogReadThreadInput>(JOB);
if (input) readAndPost(input);
