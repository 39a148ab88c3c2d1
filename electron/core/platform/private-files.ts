import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

// Haven's data folder and files are for the signed-in OS user alone. On Linux and macOS that is
// the mode bits below; on Windows the per-user %APPDATA% folder is private already, and a
// per-machine install sets ACLs itself (docs/install.md).

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Every file Haven keeps in its data folder (SQLite names -wal and -shm after the database). */
export const DATA_FILES = [
  'haven.db',
  'haven.db-wal',
  'haven.db-shm',
  'vault.json',
  'login-throttle.json',
  'login-failures.json',
  'haven.lock',
] as const;

const usesModes = process.platform !== 'win32';

/**
 * Creates the data folder if needed and tightens it and the files already in it to the owner only:
 * a folder made by an older version, by Electron (with the umask's mode) or by hand is fixed here.
 */
export function makeDataFolderPrivate(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!usesModes) return;
  tighten(dir, PRIVATE_DIR_MODE);
  for (const name of DATA_FILES) {
    const file = join(dir, name);
    if (existsSync(file)) tighten(file, PRIVATE_FILE_MODE);
  }
}

/**
 * Makes sure a file exists and is readable by the owner only, before SQLite opens it as a new
 * database: SQLite would create it with the umask's mode, and gives -wal and -shm the database's.
 */
export function createPrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  if (usesModes) tighten(file, PRIVATE_FILE_MODE);
}

function tighten(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch (e) {
    // A file system without Unix modes (a FAT stick given with --data-dir) refuses chmod: nothing to tighten.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP') throw e;
  }
}
