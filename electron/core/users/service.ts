import { uuidv7 } from '../ids.ts';
import type { Language } from '../../../shared/domain.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Core } from '../core.ts';
import { writeTx } from '../db/tx.ts';
import { normalisePassword } from '../vault/kdf.ts';
import { makeSlot, passwordSlotFor } from '../vault/keyring.ts';
import { readVaultFile, writeVaultFile } from '../vault/vault-file.ts';
import { insertUser } from './queries.ts';

export interface NewUser {
  username: string;
  fullName: string;
  role: Role;
  password: string;
  language?: Language;
}

/**
 * Adds a staff account: its row, then its key slot. Needs the database open (someone signed in),
 * because the new slot wraps the data key held by the core.
 */
export async function addUser(core: Core, u: NewUser, byUserId: string, now: Date): Promise<string> {
  return core.exclusive(async () => {
    const vault = readVaultFile(core.vaultPath);
    if (passwordSlotFor(vault, u.username)) {
      throw new AppError('CONFLICT', `The username ${u.username} is taken.`, { fields: { username: 'validation.usernameTaken' } });
    }
    const id = uuidv7();
    const slot = await makeSlot(core.heldDataKey(), normalisePassword(u.password), {
      kind: 'password',
      userId: id,
      username: u.username,
      now,
      cost: core.kdfCost,
    });
    const db = core.database();
    writeTx(db, { at: now, userId: byUserId }, (audit) => {
      insertUser(db, { id, username: u.username, fullName: u.fullName, role: u.role, language: u.language ?? 'en' }, now);
      audit({ action: 'users.create', recordType: 'user', recordId: id, detail: { role: u.role } });
    });
    writeVaultFile(core.vaultPath, { ...vault, slots: [...vault.slots, slot] });
    return id;
  });
}
