import type { BackupProgress, BackupStage } from '../../../shared/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Core } from '../core.ts';

// The one backup or restore job a core runs at a time, and how far it is (for backup.progress).

const jobs = new WeakMap<Core, NonNullable<BackupProgress>>();

export function currentJob(core: Core): BackupProgress {
  return jobs.get(core) ?? null;
}

export async function withJob<T>(
  core: Core,
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
