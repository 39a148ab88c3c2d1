// Entry of the backup worker thread: one job per worker, its own database connections, progress
// and the outcome posted back. The data key arrives in workerData and the backup file's key in the
// one message the core sends when the work may start (both copied into this thread only); both
// are wiped once the job is over.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors.ts';
import type { WorkerJob, WorkerMessage, WorkerStart } from './jobs.ts';
import { readBackupAccounts } from './accounts.ts';
import { runJob } from './work.ts';

const job = workerData as WorkerJob;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const wipe = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).fill(0);

parentPort!.once('message', ({ backupKey }: WorkerStart) => {
  try {
    const meta = runJob(job, backupKey, (stage, done, total) => post({ type: 'progress', stage, done, total }));
    // Disaster recovery also needs the backup's accounts; only once the file proved whole.
    if (job.kind === 'open' && job.accounts) {
      post({ type: 'done', meta, accounts: readBackupAccounts(job.file, backupKey) });
    } else post({ type: 'done', meta });
  } catch (e) {
    const error =
      e instanceof AppError
        ? e.toShape()
        : { code: 'INTERNAL' as const, message: `Backup worker failed: ${(e as Error).message}` };
    post({ type: 'failed', error });
  } finally {
    wipe(backupKey);
    if ('key' in job) wipe(job.key);
  }
});
