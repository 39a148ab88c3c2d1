import { closeSync, fsyncSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors.ts';
import { copyDatabase, dataTables, rowCounts } from './copy.ts';
import { BACKUP_FORMAT, META_TABLE, rawKeyLiteral, sqlName, sqlText, type BackupMeta } from './format.ts';
import { saltOfFile } from './key.ts';

// What the worker does to a backup file: open it with its passphrase and prove it whole. Shared by
// the verify step of a new backup, inspect, and restore.

type Db = Database.Database;
const PAGE = 4096;

/** Opens an existing or new file in the SQLCipher 4 scheme; the caller keys it. */
export function sqlcipher(file: string, opts: { readonly?: boolean; create?: boolean } = {}): Db {
  const db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: !opts.create });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma('temp_store = MEMORY'); // temp files would not be encrypted
    // The driver turns foreign keys on by default; a copy inserts tables in name order, not in
    // the order their references need, and copies rows that were consistent in the source.
    db.pragma('foreign_keys = OFF');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

const code = (e: unknown) => String((e as { code?: unknown }).code ?? '');

/** The file's shape before any key is tried: a plain SQLite file or a few bytes is no backup. */
function checkShape(file: string): void {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new AppError('BACKUP_NOT_A_BACKUP', `${file} is not a file.`);
    size = st.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('NOT_FOUND', `Cannot read ${file}: ${(e as Error).message}`);
  }
  if (size < PAGE) throw new AppError('BACKUP_NOT_A_BACKUP', `${file} is too small to be a Haven backup.`);
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'SQLite format 3\0') {
    throw new AppError('BACKUP_NOT_A_BACKUP', `${file} is an unencrypted SQLite database, not a Haven backup.`);
  }
  if (size % PAGE !== 0)
    throw new AppError('BACKUP_DAMAGED', `${file} is cut short (${size} bytes is not whole pages).`);
}

const damaged = (file: string, why: string) => new AppError('BACKUP_DAMAGED', `${file} is damaged: ${why}`);

function readMeta(db: Db, schema: string, file: string): BackupMeta {
  const s = sqlName(schema);
  const has = db.prepare(`SELECT 1 FROM ${s}.sqlite_master WHERE type = 'table' AND name = ?`).get(META_TABLE);
  if (!has) throw new AppError('BACKUP_NOT_A_BACKUP', `${file} opens, but holds no Haven backup metadata.`);
  const rows = db.prepare(`SELECT key, value FROM ${s}.${META_TABLE}`).all() as { key: string; value: string }[];
  const meta = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown])) as unknown as BackupMeta;
  if (meta.format !== BACKUP_FORMAT || typeof meta.counts !== 'object' || meta.counts === null) {
    throw new AppError('BACKUP_NOT_A_BACKUP', `${file} is not in the Haven backup format.`);
  }
  return meta;
}

/** integrity_check reads every page (SQLCipher checks each page's HMAC as it reads it). */
export function requireIntegrity(db: Db, file: string, schema = 'main'): void {
  const result = (db.pragma(`${sqlName(schema)}.integrity_check(5)`) as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  if (result.length !== 1 || result[0] !== 'ok') throw damaged(file, result.join('; '));
}

/** Every table named in `expected` holds exactly that many rows in `schema`, and no other table exists. */
export function requireCounts(
  db: Db,
  schema: string,
  expected: Record<string, number>,
  fail: (why: string) => AppError,
): void {
  const tables = dataTables(db, schema);
  const names = Object.keys(expected).sort();
  if (tables.join('\n') !== names.join('\n')) throw fail(`tables differ (${tables.join(', ')} vs ${names.join(', ')})`);
  const actual = rowCounts(db, schema, tables);
  for (const t of tables)
    if (actual[t] !== expected[t]) throw fail(`${t} holds ${actual[t]} rows, expected ${expected[t]}`);
}

/** The salt a backup's key is derived with (its first 16 bytes), once its shape is checked. */
export function backupSalt(file: string): Buffer {
  checkShape(file);
  return saltOfFile(file);
}

/**
 * Proves the backup in `schema` whole: every page intact, the metadata there, and every table
 * holding the rows the metadata lists. Returns the metadata.
 */
export function proveBackup(db: Db, schema: string, file: string): BackupMeta {
  try {
    requireIntegrity(db, file, schema);
    const meta = readMeta(db, schema, file);
    requireCounts(db, schema, meta.counts, (why) => damaged(file, why));
    return meta;
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (/^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code(e))) throw damaged(file, (e as Error).message);
    throw e;
  }
}

/** The first read: what fails with a wrong key (page 1 does not decrypt). */
function requireKeyFits(db: Db, schema: string, file: string): void {
  try {
    db.prepare(`SELECT count(*) FROM ${sqlName(schema)}.sqlite_master`).get();
  } catch (e) {
    throw unreadable(e, file);
  }
}

function unreadable(e: unknown, file: string): AppError {
  if (code(e) === 'SQLITE_NOTADB') {
    return new AppError(
      'BACKUP_WRONG_PASSPHRASE',
      `The passphrase does not open ${file} (or its first page is damaged).`,
    );
  }
  return damaged(file, (e as Error).message);
}

/** Opens a backup read-only with its key (backupKey) and proves it whole; the caller closes it. */
export function openBackup(file: string, key: Uint8Array): { db: Db; meta: BackupMeta } {
  const db = sqlcipher(file, { readonly: true });
  try {
    db.pragma(`key=${rawKeyLiteral(key)}`);
    requireKeyFits(db, 'main', file);
    return { db, meta: proveBackup(db, 'main', file) };
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Attaches a backup as `schema` to `db` with its key (backupKey); proveBackup proves it whole. */
export function attachBackup(db: Db, file: string, key: Uint8Array, schema: string): void {
  try {
    db.exec(`ATTACH DATABASE ${sqlText(file)} AS ${sqlName(schema)} KEY ${rawKeyLiteral(key)}`);
  } catch (e) {
    throw unreadable(e, file);
  }
  requireKeyFits(db, schema, file);
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function fsyncFolderOf(file: string): void {
  if (process.platform === 'win32') return; // NTFS journals its metadata; a folder cannot be fsync'd there
  const fd = openSync(dirname(file), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export { copyDatabase };
