import {
  Worker,
  isMainThread,
  parentPort,
  workerData,
} from 'node:worker_threads';
import {
  ComplementaryJoinInput,
  ComplementaryJoinResult,
  complementaryJoin,
  runSteps,
} from '@data-mesh-portfolio/plugin-data-mesh-common/complementaryJoin';

/*
 * Why a thread of its own: the complementary join takes about two seconds
 * of one core at 100,000 data products (docs/benchmarks.md). Run in slices
 * on the backend's event loop, it shares that thread with every plugin's
 * requests and stretches to three seconds, and its reads, bound by memory,
 * share the caches with the catalog's work. In a worker thread it runs
 * straight through on another core over a few typed arrays, while the
 * event loop answers requests.
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
 * Runs {@link complementaryJoin} in a worker thread of its own, which ends
 * with it. Rejects with the thread's error, or with `signal`'s reason once
 * it fires (the thread is then stopped). The input is copied to the
 * thread, so the caller can still use it, to run the join itself should
 * the thread fail.
 */
export function joinInWorkerThread(
  input: ComplementaryJoinInput,
  signal?: AbortSignal,
): Promise<ComplementaryJoinResult> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = new Worker(__filename, {
      workerData: { job: JOB, input },
      execArgv: workerExecArgv(__filename),
    });
    const stop = () => {
      worker.terminate();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
    const settle = () => signal?.removeEventListener('abort', stop);
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

if (!isMainThread && workerData?.job === JOB) {
  parentPort?.postMessage(runSteps(complementaryJoin(workerData.input)));
}
