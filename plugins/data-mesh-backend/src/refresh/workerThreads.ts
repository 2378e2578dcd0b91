import { Worker, isMainThread, workerData } from 'node:worker_threads';

/*
 * What the backend's worker threads share: how one is started from the
 * file that is both its entry and what the backend calls, and how that
 * file knows it runs as the worker. Backstage's build keeps one file per
 * module, so an entry that is its caller's own file ships next to it.
 */

/**
 * The Node options of a worker whose entry is `file`: TypeScript
 * (development and tests) loads through the transform the Backstage CLI
 * loads in the backend; built JavaScript needs none. The backend's own
 * preloads (a tracer, a probe) are not worth loading in a thread that
 * works on plain data.
 */
function workerExecArgv(file: string): string[] {
  if (!file.endsWith('.ts')) return [];
  return [
    '--require',
    require.resolve('@backstage/cli/config/nodeTransform.cjs'),
  ];
}

/**
 * Starts `file` as a worker thread for `job`, with `input` copied to it.
 * The file tells it is that worker with {@link inputOfWorkerJob}.
 */
export function startWorkerThread(
  file: string,
  job: string,
  input: unknown,
): Worker {
  return new Worker(file, {
    workerData: { job, input },
    execArgv: workerExecArgv(file),
  });
}

/**
 * The input of `job` when this thread is a worker started for it by
 * {@link startWorkerThread}; otherwise undefined.
 */
export function inputOfWorkerJob<T>(job: string): T | undefined {
  if (isMainThread || workerData?.job !== job) return undefined;
  return workerData.input as T;
}
