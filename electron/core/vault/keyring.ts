import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { deriveKey, newKdfParams, type KdfCost } from './kdf.ts';
import type { Slot, VaultFile } from './vault-file.ts';

/*
 * Every slot, whoever's password it is, wraps the SAME data key: any one password opens the whole
 * database. Roles are enforced by Haven (dispatch, and the slot → user binding kept inside the
 * encrypted database, vault/slot-owners.ts), not by cryptography: a person with any password and the
 * files can read and change everything with an outside SQLCipher tool. Protecting the data folder
 * (owner-only permissions) is what keeps out everyone who should not hold the data.
 */
export const DATA_KEY_BYTES = 32;

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/** Wraps the data key under a key derived from `secret` (AES-256-GCM, the slot id as AAD). */
export async function makeSlot(
  dataKey: Buffer,
  secret: string,
  fields: { kind: Slot['kind']; userId: string | null; username?: string; now: Date; cost?: KdfCost },
): Promise<Slot> {
  const id = randomUUID();
  const kdf = newKdfParams(fields.cost);
  // Copy before the slow KDF: the core wipes its key buffer if the session locks meanwhile, and
  // wrapping those zeros would write a slot that opens nothing.
  const key = Buffer.from(dataKey);
  const kek = await deriveKey(secret, kdf).catch((e: unknown) => {
    key.fill(0);
    throw e;
  });
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(Buffer.from(id, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
    const slot: Slot = {
      id,
      kind: fields.kind,
      userId: fields.userId,
      kdf,
      wrap: {
        alg: 'A256GCM',
        iv: iv.toString('base64'),
        ciphertext: ciphertext.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
      },
      createdAt: fields.now.toISOString(),
    };
    if (fields.username !== undefined) slot.username = fields.username;
    return slot;
  } finally {
    kek.fill(0);
    key.fill(0);
  }
}

/** The data key, or null when `secret` is not this slot's (GCM authentication fails). */
export async function openSlot(slot: Slot, secret: string): Promise<Buffer | null> {
  const kek = await deriveKey(secret, slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.wrap.iv, 'base64'));
    decipher.setAAD(Buffer.from(slot.id, 'utf8'));
    decipher.setAuthTag(Buffer.from(slot.wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(slot.wrap.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export function passwordSlotFor(vault: VaultFile, username: string): Slot | undefined {
  return vault.slots.find((s) => s.kind === 'password' && s.username === username);
}

export function recoverySlot(vault: VaultFile): Slot | undefined {
  return vault.slots.find((s) => s.kind === 'recovery');
}

/** A slot of the same cost that no secret opens: login for an unknown name costs the same time. */
export async function burnKdfTime(vault: VaultFile): Promise<void> {
  const any = vault.slots[0];
  if (any) await deriveKey(randomUUID(), any.kdf).then((k) => k.fill(0));
}
