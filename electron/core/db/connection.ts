import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors.ts';

export type Db = Database.Database;

/** How long a write waits for another connection's transaction before giving up (SQLITE_BUSY). */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the SQLCipher database with the raw 256-bit data key (SQLCipher 4 scheme, so that stock
 * SQLCipher 4 can open the file with the same key). Creates the file when `create` is set.
 */
export function openDatabase(file: string, dataKey: Buffer, { create = false } = {}): Db {
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
      throw new AppError('WRONG_KEY', `The database could not be opened with this key: ${(e as Error).message}`);
    }
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
