import type { BackupProgress, BackupStage } from '../../../shared/backup.ts';
import { AppError } from '../../../shared/errors.ts';

// The one backup or restore job a core runs at a time, and how far it is (for backup.progress).
// Keyed by the core (any object standing for it: the site handed to the backup services).

const jobs = new WeakMap<object, NonNullable<BackupProgress>>();

export function currentJob(core: object): BackupProgress {
  return jobs.get(core) ?? null;
}

export async function withJob<T>(
  core: object,
  kind: 'create' | 'restore',
  work: (report: (stage: BackupStage, done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  if (jobs.has(core)) throw new AppError('BACKUP_BUSY', 'A backup or restore is already running.');
  jobs.set(core, { kind, stage: kind === 'create' ? 'snapshot' : 'read', done: 0, total: 1 });
  try {
    return await work((stage, done, total) => jobs.set(core, { kind, stage, done: Math.min(done, total), total }));
  } finally {
    jobs.delete(core);
  }
}
