import { AppError } from '../../../shared/errors.ts';
import type { Core } from '../core.ts';
import { writeTx } from '../db/tx.ts';
import { makeSlot } from './keyring.ts';
import { newRecoveryKey } from './recovery-key.ts';
import { readVaultFile, writeVaultFile } from './vault-file.ts';

/**
 * Replaces the recovery slot with one for a new key (the old printed key stops working).
 * The data key is unchanged: a copy of the database made earlier still opens with the old key.
 */
export async function replaceRecoveryKey(core: Core, userId: string, now: Date): Promise<string> {
  return core.exclusive(async () => {
    const vault = readVaultFile(core.vaultPath);
    const recoveryKey = newRecoveryKey();
    const slot = await makeSlot(core.heldDataKey(), recoveryKey.replace(/-/g, ''), {
      kind: 'recovery',
      userId: null,
      now,
      cost: core.kdfCost,
    });
    const slots = vault.slots.filter((s) => s.kind !== 'recovery').concat(slot);
    if (!slots.some((s) => s.kind === 'password')) throw new AppError('INTERNAL', 'The vault has no password slot.');
    // Still unlocked after the slow KDF? A lock meanwhile closed the database: change nothing.
    const db = core.database();
    writeVaultFile(core.vaultPath, { ...vault, slots });
    writeTx(db, { at: now, userId }, (audit) => audit({ action: 'vault.newRecoveryKey' }));
    return recoveryKey;
  });
}
