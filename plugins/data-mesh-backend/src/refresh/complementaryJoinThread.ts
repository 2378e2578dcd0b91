import { availableParallelism } from 'node:os';
import {
  Worker,
  isMainThread,
  parentPort,
  workerData,
} from 'node:worker_threads';
import {
  ComplementaryJoinInput,
  ComplementaryJoinResult,
  JoinShare,
  complementaryJoin,
  mergeJoinResults,
  runSteps,
} from '@data-mesh-portfolio/plugin-data-mesh-common/complementaryJoin';

/*
 * Why threads of its own: the complementary join takes about three seconds
 * of one core at 100,000 data products (docs/benchmarks.md). Run in slices
 * on the backend's event loop, it shares that thread with every plugin's
 * requests and stretches further, and its reads, bound by memory, share
 * the caches with the catalog's work. In worker threads it runs straight
 * through on other cores over a few typed arrays, while the event loop
 * answers requests.
 *
 * This file is both the worker's entry and what the backend calls, so
 * that a build that keeps one file per module (as Backstage's does) ships
 * the entry next to its caller. It imports only the join, so that a
 * worker starts in a tenth of a second.
 */

/** Marks the data of a worker started here, so that only it runs the join. */
const JOB = 'data-mesh-portfolio/complementary-join';

/**
 * The Node options of the worker: TypeScript (development and tests)
 * loads through the transform the Backstage CLI loads in the backend;
 * built JavaScript needs none. The backend's own preloads (a tracer, a
 * probe) are not worth loading in a thread that only computes.
 */
function workerExecArgv(file: string): string[] {
  if (!file.endsWith('.ts')) return [];
  return [
    '--require',
    require.resolve('@backstage/cli/config/nodeTransform.cjs'),
  ];
}

/**
 * The most threads that share a join. Each builds the whole index (a
 * tenth of the join's time at 40,000 use cases) and probes its share of
 * the use cases, so two halve the probing at the cost of one more index;
 * more would take cores from the backend's own work (and, in a container
 * with a CPU quota, spend the quota sooner) for less and less.
 */
const MAX_JOIN_THREADS = 2;

/**
 * How many threads share a join on this machine: one per core, at most
 * two (Node counts at least one core).
 */
function joinThreadCount(): number {
  return Math.min(MAX_JOIN_THREADS, availableParallelism());
}

/**
 * Runs one share of {@link complementaryJoin} in a worker thread of its
 * own, which ends with it. Rejects with the thread's error, or with
 * `signal`'s reason once it fires (the thread is then stopped).
 */
function joinShareInWorkerThread(
  input: ComplementaryJoinInput,
  share: JoinShare,
  signal: AbortSignal,
): Promise<ComplementaryJoinResult> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const worker = new Worker(__filename, {
      workerData: { job: JOB, input, share },
      execArgv: workerExecArgv(__filename),
    });
    const stop = () => {
      worker.terminate();
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
    const settle = () => signal.removeEventListener('abort', stop);
    worker.once('message', (result: ComplementaryJoinResult) => {
      settle();
      resolve(result);
    });
    worker.once('error', error => {
      settle();
      reject(error);
    });
    worker.once('exit', code => {
      settle();
      // After an answer or an error this changes nothing.
      reject(
        new Error(
          `The complementary join's worker thread ended (exit code ${code}) without an answer`,
        ),
      );
    });
  });
}

/**
 * Runs {@link complementaryJoin} in `threads` worker threads (by default
 * {@link joinThreadCount}), each on its own share of the use cases, and
 * merges what they find: exactly what one join finds. Rejects with a
 * thread's error (the others are then stopped), or with `signal`'s reason
 * once it fires (every thread is then stopped). The input is copied to
 * the threads, so the caller can still use it, to run the join itself
 * should the threads fail.
 */
export async function joinInWorkerThreads(
  input: ComplementaryJoinInput,
  signal?: AbortSignal,
  threads: number = joinThreadCount(),
): Promise<ComplementaryJoinResult> {
  signal?.throwIfAborted();
  if (!(Number.isSafeInteger(threads) && threads >= 1)) {
    throw new RangeError(
      `threads must be a whole number of 1 or more, got ${threads}`,
    );
  }
  // Stops every thread when the caller's signal fires or one thread fails.
  const stopAll = new AbortController();
  const stopOnAbort = () => stopAll.abort(signal?.reason);
  signal?.addEventListener('abort', stopOnAbort, { once: true });
  try {
    const results = await Promise.all(
      Array.from({ length: threads }, (_, part) =>
        joinShareInWorkerThread(
          input,
          { part, parts: threads },
          stopAll.signal,
        ),
      ),
    );
    return mergeJoinResults(results, input.limit);
  } catch (error) {
    stopAll.abort(error);
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopOnAbort);
  }
}

if (!isMainThread && workerData?.job === JOB) {
  parentPort?.postMessage(
    runSteps(complementaryJoin(workerData.input, workerData.share)),
  );
}
