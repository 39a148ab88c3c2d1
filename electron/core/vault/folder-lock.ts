import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors.ts';
import { createPrivateFile } from '../platform/private-files.ts';

/**
 * One process per data folder. Two Haven processes on one folder would each hold their own view of
 * vault.json and the database, and their changes would overwrite each other.
 *
 * The lock is SQLite's own: an empty, unencrypted `haven.lock` database opened in EXCLUSIVE locking
 * mode, whose exclusive lock is taken once and held until the connection closes. That is an OS file
 * lock (fcntl on Linux and macOS, LockFileEx on Windows), so the OS drops it when the process dies,
 * even under kill -9: no stale lock file to clean up, and no extra dependency.
 */
export class FolderLock {
  private readonly path: string;
  private held: Database.Database | null = null;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'haven.lock');
  }

  /** Takes the lock, or throws FOLDER_IN_USE at once (no waiting) if another process has it. */
  acquire(): void {
    if (this.held) return;
    createPrivateFile(this.path); // SQLite would create it with the umask's mode
    const db = new Database(this.path, { timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = MEMORY'); // nothing worth a journal file beside it
      // A write transaction takes the exclusive lock; in EXCLUSIVE mode it is kept after COMMIT.
      db.exec('BEGIN EXCLUSIVE; COMMIT');
    } catch (e) {
      db.close();
      if (isBusy(e)) {
        throw new AppError('FOLDER_IN_USE', `Another Haven program is using the data folder ${join(this.path, '..')}.`);
      }
      throw e;
    }
    this.held = db;
  }

  release(): void {
    this.held?.close();
    this.held = null;
  }
}

export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
