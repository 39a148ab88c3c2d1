// Messages between the core and the backup worker (worker.ts). Plain data: they cross threads.
import type { BackupStage } from '../../../shared/backup.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import type { BackupMeta } from './format.ts';

/** A fault a test asks for, so that a write failing half-way is exercised for real. */
export type BackupFault = 'write';

export type WorkerJob =
  | {
      kind: 'create';
      dbPath: string;
      key: Uint8Array;
      tmpFile: string;
      passphrase: string;
      meta: Omit<BackupMeta, 'counts' | 'schemaVersion' | 'auditHead'>;
      fault?: BackupFault;
    }
  | { kind: 'open'; file: string; passphrase: string }
  | { kind: 'prepare'; file: string; passphrase: string; key: Uint8Array; outFile: string };

export type WorkerMessage =
  | { type: 'progress'; stage: BackupStage; done: number; total: number }
  | { type: 'done'; meta: BackupMeta }
  | { type: 'failed'; error: AppErrorShape };
