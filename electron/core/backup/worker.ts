// Entry of the backup worker thread: one job per worker, its own database connections, progress
// and the outcome posted back. The data key arrives in workerData (copied into this thread only)
// and is wiped once the job is over.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors.ts';
import type { WorkerJob, WorkerMessage } from './jobs.ts';
import { runJob } from './work.ts';

const job = workerData as WorkerJob;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
try {
  const meta = runJob(job, (stage, done, total) => post({ type: 'progress', stage, done, total }));
  post({ type: 'done', meta });
} catch (e) {
  const error =
    e instanceof AppError
      ? e.toShape()
      : { code: 'INTERNAL' as const, message: `Backup worker failed: ${(e as Error).message}` };
  post({ type: 'failed', error });
} finally {
  if ('key' in job) Buffer.from(job.key.buffer, job.key.byteOffset, job.key.byteLength).fill(0);
}
