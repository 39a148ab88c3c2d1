// Messages between the core and the backup worker (worker.ts). Plain data: they cross threads.
import type { BackupStage } from '../../../shared/backup.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import type { BackupAccounts } from './accounts.ts';
import type { BackupMeta } from './format.ts';

/** A fault a test asks for, so that a write failing half-way is exercised for real. */
export type BackupFault = 'write';

export type WorkerJob =
  | {
      kind: 'create';
      dbPath: string;
      key: Uint8Array;
      tmpFile: string;
      /** The salt the backup key was derived with: SQLCipher writes it as the file's first 16 bytes. */
      salt: Uint8Array;
      meta: Omit<BackupMeta, 'counts' | 'schemaVersion' | 'auditHead'>;
      fault?: BackupFault;
    }
  | { kind: 'open'; file: string; accounts?: boolean }
  | { kind: 'prepare'; file: string; key: Uint8Array; outFile: string };

/**
 * The one message the core sends: the backup file's key (derived from the passphrase while the
 * worker started), once the checks before any work have passed. `key` in a job is the data key.
 */
export interface WorkerStart {
  backupKey: Uint8Array;
}

export type WorkerMessage =
  | { type: 'progress'; stage: BackupStage; done: number; total: number }
  | { type: 'done'; meta: BackupMeta; accounts?: BackupAccounts }
  | { type: 'failed'; error: AppErrorShape };
