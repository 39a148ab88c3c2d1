import { closeSync, openSync, readSync } from 'node:fs';
import { pbkdf2 } from 'node:crypto';

// SQLCipher 4's own key derivation, done once per job by the core instead of by SQLCipher at every
// open (each open with the passphrase would run it again); the worker gets the key, not the passphrase. The file is exactly what SQLCipher writes
// when keyed with the passphrase: same key, the salt in its first 16 bytes, so stock SQLCipher 4
// opens it with the passphrase alone. Loaded by the backup worker: only erasable TypeScript here.

/** SQLCipher 4 defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 16-byte salt, a 256-bit key. */
export const BACKUP_KDF = { digest: 'sha512', iterations: 256_000, saltBytes: 16, keyBytes: 32 } as const;

/**
 * The key SQLCipher 4 derives from `passphrase` for a file with this salt (the passphrase as NFKC
 * UTF-8). Runs on libuv's thread pool: the backup worker starts meanwhile.
 */
export function deriveBackupKey(passphrase: string, salt: Uint8Array): Promise<Buffer> {
  if (salt.length !== BACKUP_KDF.saltBytes) throw new Error(`A SQLCipher salt is ${BACKUP_KDF.saltBytes} bytes.`);
  const { iterations, keyBytes, digest } = BACKUP_KDF;
  const secret = Buffer.from(passphrase.normalize('NFKC'), 'utf8');
  return new Promise((resolve, reject) =>
    pbkdf2(secret, salt, iterations, keyBytes, digest, (e, key) => {
      secret.fill(0);
      if (e) reject(e);
      else resolve(key);
    }),
  );
}

/** The salt of a SQLCipher 4 file: its first 16 bytes. */
export function saltOfFile(file: string): Buffer {
  const salt = Buffer.alloc(BACKUP_KDF.saltBytes);
  const fd = openSync(file, 'r');
  try {
    if (readSync(fd, salt, 0, salt.length, 0) !== salt.length) throw new Error(`${file} is shorter than a salt.`);
  } finally {
    closeSync(fd);
  }
  return salt;
}

/**
 * PRAGMA key for a new file: the derived key and the salt SQLCipher is to write (SQLCipher's
 * x'<64 hex key><32 hex salt>' form). For an existing file the 64-hex form (rawKeyLiteral) is
 * used: SQLCipher reads the salt from the file.
 */
export function rawKeyWithSaltLiteral(key: Uint8Array, salt: Uint8Array): string {
  return `"x'${Buffer.from(key).toString('hex')}${Buffer.from(salt).toString('hex')}'"`;
}
