import { rmSync } from 'node:fs';
import type { BackupStage } from '../../../shared/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  attachBackup,
  copyDatabase,
  fsyncFile,
  fsyncFolderOf,
  openBackup,
  proveBackup,
  requireCounts,
  sqlcipher,
} from './checks.ts';
import { dataTables, rowCounts } from './copy.ts';
import { META_TABLE, rawKeyLiteral, sqlText, type BackupMeta } from './format.ts';
import { rawKeyWithSaltLiteral, saltOfFile } from './key.ts';
import type { WorkerJob } from './jobs.ts';
import { createPrivateFile } from '../platform/private-files.ts';

type Database = ReturnType<typeof sqlcipher>;

// The slow part of a backup or restore, run in the worker thread (worker.ts) on its own connections.

export type Report = (stage: BackupStage, done: number, total: number) => void;

const code = (e: unknown) => String((e as { code?: unknown }).code ?? '');

/** A failure while writing the target, as the person at the drive understands it. */
export function writeError(e: unknown, target: string): AppError {
  if (e instanceof AppError) return e;
  const c = code(e);
  const why = (e as Error).message;
  if (c === 'SQLITE_FULL' || c === 'ENOSPC') return new AppError('BACKUP_TARGET_FULL', `The drive is full: ${why}`);
  if (c.startsWith('SQLITE_READONLY') || c === 'EROFS' || c === 'EACCES' || c === 'EPERM') {
    return new AppError('BACKUP_TARGET_READ_ONLY', `Cannot write to ${target}: ${why}`);
  }
  if (c === 'ENOENT' || c === 'SQLITE_CANTOPEN')
    return new AppError('BACKUP_TARGET_MISSING', `${target} is not there: ${why}`);
  return new AppError('BACKUP_WRITE_FAILED', `Writing ${target} failed: ${why}`);
}

/** Page cache of each connection while copying, in KiB: a database of this size is read only once. */
const COPY_CACHE_KIB = 128 * 1024;

/**
 * A new file the worker fills in one transaction and then fsyncs itself: no rollback journal
 * (on any failure the file is deleted, there is nothing to roll back to) and no fsync by SQLite
 * at commit (one fsync of the file, and of its folder, once it is closed).
 */
function forOneWrite(db: Database): void {
  // Named `main.`: unnamed, journal_mode would apply to attached databases too (the live one).
  db.pragma('main.journal_mode = OFF');
  db.pragma('main.synchronous = OFF');
  db.pragma(`main.cache_size = -${COPY_CACHE_KIB}`);
}

function removeWithJournal(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}

/** `key` is the passphrase's key for `job.salt`, derived once: the write and the verify both use it. */
function createBackup(job: Extract<WorkerJob, { kind: 'create' }>, key: Uint8Array, report: Report): BackupMeta {
  let meta: BackupMeta;
  const salt = Buffer.from(job.salt);
  try {
    createPrivateFile(job.tmpFile); // SQLite would create it with the umask's mode
    const db = sqlcipher(job.tmpFile, { create: true });
    try {
      db.pragma(`key=${rawKeyWithSaltLiteral(key, salt)}`);
      forOneWrite(db);
      db.exec(`ATTACH DATABASE ${sqlText(job.dbPath)} AS src KEY ${rawKeyLiteral(job.key)}`);
      // One transaction: the counts, the metadata and every copied row come from the same snapshot.
      db.exec('BEGIN'); // deferred: an IMMEDIATE one would take the live database's write lock too
      const tables = dataTables(db, 'src');
      const total = tables.length + 4;
      report('snapshot', 1, total);
      const counts = rowCounts(db, 'src', tables);
      const head = db.prepare('SELECT seq, hash FROM src.audit_log ORDER BY seq DESC LIMIT 1').get() as
        BackupMeta['auditHead'] | undefined;
      meta = {
        ...job.meta,
        schemaVersion: db.pragma('src.user_version', { simple: true }) as number,
        counts,
        auditHead: head ?? null,
      };
      copyDatabase(db, (done) => {
        report('write', 1 + done, total);
        if (job.fault === 'write' && done === 1) {
          throw Object.assign(new Error('disk I/O error (injected)'), { code: 'SQLITE_IOERR_WRITE' });
        }
      });
      db.exec(`CREATE TABLE main.${META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      const put = db.prepare(`INSERT INTO main.${META_TABLE} (key, value) VALUES (?, ?)`);
      for (const [k, v] of Object.entries(meta)) put.run(k, JSON.stringify(v));
      db.exec('COMMIT');
      db.exec('DETACH DATABASE src');
    } finally {
      db.close();
    }
    const total = Object.keys(meta.counts).length + 4;
    report('flush', total - 2, total);
    fsyncFile(job.tmpFile);
    fsyncFolderOf(job.tmpFile);
    report('verify', total - 1, total);
    // Read back from the target, as a restore on another PC would: SQLCipher derives the key from
    // the passphrase and the salt in the file, so with the salt read back unchanged it is this key.
    if (!saltOfFile(job.tmpFile).equals(salt)) {
      throw new AppError('BACKUP_VERIFY_FAILED', 'The salt read back from the drive is not the one written.');
    }
    const { db: check, meta: written } = openBackup(job.tmpFile, key);
    check.close();
    for (const [t, n] of Object.entries(meta.counts)) {
      if (written.counts[t] !== n)
        throw new AppError(
          'BACKUP_VERIFY_FAILED',
          `${t}: ${written.counts[t]} rows on the drive, ${n} in the snapshot`,
        );
    }
  } catch (e) {
    removeWithJournal(job.tmpFile);
    if (
      e instanceof AppError &&
      e.code !== 'BACKUP_VERIFY_FAILED' &&
      e.code.startsWith('BACKUP_') &&
      !e.code.startsWith('BACKUP_TARGET')
    ) {
      // The file just written did not read back: the drive lost or changed it.
      throw new AppError('BACKUP_VERIFY_FAILED', e.message);
    }
    throw writeError(e, job.tmpFile);
  }
  return meta;
}

function inspect(job: Extract<WorkerJob, { kind: 'open' }>, key: Uint8Array, report: Report): BackupMeta {
  report('read', 1, 2);
  const { db, meta } = openBackup(job.file, key);
  db.close();
  return meta;
}

/**
 * Copies the backup into a new file keyed with this install's data key, in one pass: the backup
 * is attached with the key derived once, proven whole (integrity, metadata, counts) and copied in
 * the same transaction, so its pages are read from the drive and decrypted once. The copy's counts
 * are checked here; every page of it is read again (quick_check) when the core opens it next.
 */
function prepareRestore(job: Extract<WorkerJob, { kind: 'prepare' }>, key: Uint8Array, report: Report): BackupMeta {
  report('read', 1, 6);
  try {
    createPrivateFile(job.outFile);
    const db = sqlcipher(job.outFile, { create: true });
    try {
      db.pragma(`key=${rawKeyLiteral(job.key)}`);
      forOneWrite(db);
      attachBackup(db, job.file, key, 'src');
      db.pragma(`src.cache_size = -${COPY_CACHE_KIB}`);
      db.exec('BEGIN'); // deferred: the backup file is only read
      const meta = proveBackup(db, 'src', job.file);
      report('prepare', 2, 6);
      copyDatabase(db);
      requireCounts(
        db,
        'main',
        meta.counts,
        (why) => new AppError('RESTORE_FAILED', `The copy differs from the backup: ${why}`),
      );
      db.exec('COMMIT');
      db.exec('DETACH DATABASE src');
      return meta;
    } finally {
      db.close();
    }
  } catch (e) {
    removeWithJournal(job.outFile);
    if (e instanceof AppError) throw e;
    throw new AppError('RESTORE_FAILED', `Preparing the restored database failed: ${(e as Error).message}`);
  }
}

/** `backupKey` opens the backup file: SQLCipher 4's key for its passphrase, derived by the core. */
export function runJob(job: WorkerJob, backupKey: Uint8Array, report: Report): BackupMeta {
  if (job.kind === 'create') return createBackup(job, backupKey, report);
  if (job.kind === 'open') return inspect(job, backupKey, report);
  return prepareRestore(job, backupKey, report);
}
