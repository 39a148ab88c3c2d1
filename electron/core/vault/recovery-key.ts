import { createHash, randomBytes } from 'node:crypto';

// RFC 4648 base32: no 0/1/8/9, so the printed key has no O/0 or I/1 confusion to resolve.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const DATA_CHARS = 26; // 128 bits → 26 characters (the last carries 3 bits)
const CHECK_CHARS = 4; // 20 bits of SHA-256: a mistyped key is caught before the slow KDF runs
export const RECOVERY_GROUP_SIZE = 5;
export const RECOVERY_GROUP_COUNT = (DATA_CHARS + CHECK_CHARS) / RECOVERY_GROUP_SIZE;

function toBase32(bytes: Buffer, chars: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (out.length < chars && bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function checksum(data: string): string {
  return toBase32(createHash('sha256').update(data).digest(), CHECK_CHARS);
}

/** A new recovery key, e.g. `ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345`. */
export function newRecoveryKey(): string {
  const data = toBase32(randomBytes(16), DATA_CHARS);
  const key = data + checksum(data);
  return key.match(new RegExp(`.{${RECOVERY_GROUP_SIZE}}`, 'g'))!.join('-');
}

/**
 * The KDF input for the recovery slot: separators removed, upper-cased (ARCHITECTURE.md).
 * Digits that look like letters are read as those letters. Returns null when the checksum fails.
 */
export function normaliseRecoveryKey(typed: string): string | null {
  const key = typed
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  if (key.length !== DATA_CHARS + CHECK_CHARS || /[^A-Z2-7]/.test(key)) return null;
  const data = key.slice(0, DATA_CHARS);
  return checksum(data) === key.slice(DATA_CHARS) ? key : null;
}
