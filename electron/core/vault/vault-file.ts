import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors.ts';

const MAX_KDF_MEMORY = 512 * 1024 * 1024;

const b64 = (bytes: number) =>
  z.string().refine((s) => Buffer.from(s, 'base64').length === bytes, `must be ${bytes} bytes of base64`);

export const slotSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['password', 'recovery']),
  userId: z.uuid().nullable(),
  username: z.string().optional(),
  kdf: z
    .object({
      name: z.literal('scrypt'),
      N: z
        .number()
        .int()
        .min(2 ** 10)
        .max(2 ** 22),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
      salt: b64(16),
    })
    // scrypt needs 128·N·r bytes: a tampered file must not be able to ask for gigabytes.
    .refine((k) => 128 * k.N * k.r <= MAX_KDF_MEMORY, 'scrypt parameters need too much memory'),
  wrap: z.object({ alg: z.literal('A256GCM'), iv: b64(12), ciphertext: b64(32), tag: b64(16) }),
  createdAt: z.string(),
});
export type Slot = z.infer<typeof slotSchema>;

// Unknown fields are kept (passthrough): a later format may add some, and we must not drop them.
export const vaultFileSchema = z
  .object({
    format: z.literal('haven-vault'),
    version: z.literal(1),
    installId: z.uuid(),
    slots: z.array(slotSchema.loose()).min(1),
  })
  .loose();
export type VaultFile = z.infer<typeof vaultFileSchema>;

/**
 * Optional `auditHead` field of vault.json: the last audit entry (seq and hash) the app saw, kept
 * outside the database so that a database rolled back or cut short is noticed at the next unlock
 * (audit/chain-check.ts). Not part of the strict schema: a damaged or missing head only means the
 * check has nothing to compare with, never that the vault cannot be opened.
 */
export const auditHeadSchema = z.object({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) });
export type AuditHead = z.infer<typeof auditHeadSchema>;

export function auditHeadOf(vault: VaultFile): AuditHead | null {
  const parsed = auditHeadSchema.safeParse(vault.auditHead);
  return parsed.success ? parsed.data : null;
}

/** Reads and checks vault.json. A damaged file is reported, never repaired or overwritten here. */
export function readVaultFile(path: string): VaultFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new AppError('VAULT_CORRUPT', `Cannot read the key file ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VAULT_CORRUPT', `The key file ${path} is damaged (not valid JSON).`);
  }
  const parsed = vaultFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'top level';
    throw new AppError('VAULT_CORRUPT', `The key file ${path} is damaged or of an unknown format (at ${where}).`);
  }
  return parsed.data;
}

/** Atomic replace: temp file, fsync, rename, fsync the folder. A crash leaves the old or the new file. */
export function writeFileAtomic(path: string, contents: string): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, contents);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(dirname(path));
}

export function fsyncDir(dir: string): void {
  // Windows cannot open a folder for fsync; NTFS metadata is journalled there anyway.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeVaultFile(path: string, vault: VaultFile): void {
  writeFileAtomic(path, `${JSON.stringify(vault, null, 2)}\n`);
}

/**
 * Read-modify-write of vault.json with no await in between, so that nothing else in this process
 * can write in the middle (and the folder lock keeps other processes out): a change made meanwhile
 * (another window's slot, the audit head) is read here, never overwritten with a stale copy.
 */
export function updateVaultFile(path: string, change: (vault: VaultFile) => VaultFile): VaultFile {
  const next = change(readVaultFile(path));
  writeVaultFile(path, next);
  return next;
}
