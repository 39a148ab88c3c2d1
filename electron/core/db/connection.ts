import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors.ts';
import { createPrivateFile } from '../platform/private-files.ts';

export type Db = Database.Database;

/** How long a write waits for another connection's transaction before giving up (SQLITE_BUSY). */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the SQLCipher database with the raw 256-bit data key (SQLCipher 4 scheme, so that stock
 * SQLCipher 4 can open the file with the same key). Creates the file when `create` is set.
 */
export function openDatabase(file: string, dataKey: Buffer, { create = false } = {}): Db {
  if (create) createPrivateFile(file);
  const db = new Database(file, { fileMustExist: !create, timeout: BUSY_TIMEOUT_MS });
  try {
    // Order matters: cipher and legacy before the key, on every open, outside any transaction.
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    try {
      // PRAGMA key always answers ok; the first read is what fails on a wrong key.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (e) {
      // A wrong key garbles page 1, the header: "not a database". A damaged page further on (the
      // schema spans several) reads as "malformed" with a key that is right.
      if (isDamage(e) && sqliteCode(e) !== 'SQLITE_NOTADB') throw damaged((e as Error).message);
      throw new AppError('WRONG_KEY', `The database could not be opened with this key: ${(e as Error).message}`);
    }
    requireIntact(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // WAL's NORMAL can lose the last transaction on power loss
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY'); // temp files would not be encrypted
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * A second connection to the database the core has open, for a worker thread (threads/serve.ts):
 * keyed the same way, read-only, and not read through page by page (the core's own connection did
 * that at unlock). `query_only` as well, so that not even a temp table is written.
 */
export function openDatabaseReadOnly(file: string, dataKey: Uint8Array): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${Buffer.from(dataKey.buffer, dataKey.byteOffset, dataKey.byteLength).toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (e) {
      throw new AppError('WRONG_KEY', `The database could not be opened with this key: ${(e as Error).message}`);
    }
    db.pragma('temp_store = MEMORY'); // temp files would not be encrypted
    db.pragma('query_only = ON');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Reads every page once. SQLCipher checks each page's HMAC as it is read, so a damaged page deep in
 * the file fails here, at open, as DATABASE_DAMAGED, rather than later as a random error. (The key
 * was already proven by the first read, so this is damage, not a wrong key.)
 */
function requireIntact(db: Db): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (e) {
    if (!isDamage(e)) throw e;
    problems = [(e as Error).message];
  }
  if (problems.length !== 1 || problems[0] !== 'ok') throw damaged(problems.join('; '));
}

const sqliteCode = (e: unknown) => (e as { code?: unknown }).code;

function isDamage(e: unknown): boolean {
  const code = sqliteCode(e);
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(code);
}

const damaged = (detail: string) => new AppError('DATABASE_DAMAGED', `The database file is damaged: ${detail}`);
