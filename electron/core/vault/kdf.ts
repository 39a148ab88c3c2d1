import { randomBytes, scrypt } from 'node:crypto';

export interface KdfParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string; // base64, 16 bytes
}

/** The production cost (ARCHITECTURE.md). Tests may pass cheaper ones; each slot stores its own. */
export const DEFAULT_KDF_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
export type KdfCost = { N: number; r: number; p: number };

export function newKdfParams(cost: KdfCost = DEFAULT_KDF_COST): KdfParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

/** Derives the 32-byte wrapping key. Runs on libuv's thread pool, so the main thread stays free. */
export function deriveKey(secret: string, params: KdfParams): Promise<Buffer> {
  const input = Buffer.from(secret, 'utf8');
  const salt = Buffer.from(params.salt, 'base64');
  // scrypt needs 128·N·r bytes; allow twice that so the default cost never trips maxmem.
  const maxmem = 256 * params.N * params.r;
  return new Promise((resolve, reject) => {
    scrypt(input, salt, 32, { N: params.N, r: params.r, p: params.p, maxmem }, (err, key) => {
      input.fill(0);
      if (err) reject(err);
      else resolve(key);
    });
  });
}

/** Password slots: NFKC so that the same password typed on another keyboard layout still opens. */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}
