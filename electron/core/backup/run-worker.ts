import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackupStage } from '../../../shared/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import type { BackupMeta } from './format.ts';
import type { WorkerJob, WorkerMessage, WorkerStart } from './jobs.ts';

/**
 * Where the worker's entry is. Under Node (tests, scripts) it is worker.ts beside this file, run by
 * Node's own type stripping; the Electron build bundles it separately and main.ts passes its path
 * (electron-vite's `?modulePath`) as the core's `backupWorker` option.
 */
export const DEFAULT_BACKUP_WORKER = join(import.meta.dirname, 'worker.ts');

export type Progress = (stage: BackupStage, done: number, total: number) => void;

/**
 * Runs one job in its own worker thread, so the window stays responsive while it works. The worker
 * starts loading at once; meanwhile `ready` runs the caller's checks and `backupKey` (the KDF, on
 * the thread pool) is derived. Only when both are through is the key sent and the work begun: a
 * check that fails stops the worker before it has touched any file.
 */
export async function runInWorker(
  entry: string | URL,
  job: WorkerJob,
  backupKey: Promise<Buffer>,
  ready: () => Promise<void> | void,
  onProgress: Progress,
): Promise<BackupMeta> {
  return (await runWorker(entry, job, backupKey, ready, onProgress)).meta;
}

type Done = Extract<WorkerMessage, { type: 'done' }>;

/** runInWorker with the whole answer (a disaster recovery's inspect also reads the accounts). */
export async function runWorker(
  entry: string | URL,
  job: WorkerJob,
  backupKey: Promise<Buffer>,
  ready: () => Promise<void> | void,
  onProgress: Progress,
): Promise<Done> {
  // Only the keys' bytes go to the worker (copied by structured clone), never the core's buffers.
  const worker = new Worker(entry, { workerData: job });
  const result = new Promise<Done>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.stage, m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(m));
      else finish(() => reject(new AppError(m.error.code, m.error.message)));
    });
    worker.on('error', (e) =>
      finish(() => reject(new AppError('INTERNAL', `The backup worker stopped: ${e.message}`))),
    );
    worker.on('exit', (exitCode) =>
      finish(() => reject(new AppError('INTERNAL', `The backup worker exited (${exitCode}) without an answer.`))),
    );
  });
  result.catch(() => {}); // answered below, or the worker is stopped before it had anything to say
  let key: Buffer;
  try {
    await ready();
    key = await backupKey;
  } catch (e) {
    void backupKey.then(
      (k) => k.fill(0),
      () => {},
    );
    await worker.terminate();
    throw e;
  }
  const start: WorkerStart = { backupKey: new Uint8Array(key) };
  worker.postMessage(start);
  start.backupKey.fill(0);
  key.fill(0);
  return result;
}
