import { AppError } from '../../../shared/errors.ts';
import { currentAuditHead } from '../audit/chain-check.ts';
import type { Core } from '../core.ts';
import { writeTx } from '../db/tx.ts';
import { makeSlot } from './keyring.ts';
import { newRecoveryKey } from './recovery-key.ts';
import { bindRecoverySlot } from './slot-owners.ts';
import { updateVaultFile } from './vault-file.ts';

/**
 * Replaces the recovery slot with one for a new key (the old printed key stops working: the
 * database now names the new slot as the recovery slot). vault.json is re-read and written inside
 * the transaction, so a failed write changes neither.
 * The data key is unchanged: a copy of the database made earlier still opens with the old key.
 */
export async function replaceRecoveryKey(core: Core, userId: string, now: Date): Promise<string> {
  return core.exclusive(async () => {
    const recoveryKey = newRecoveryKey();
    const slot = await makeSlot(core.heldDataKey(), recoveryKey.replace(/-/g, ''), {
      kind: 'recovery',
      userId: null,
      now,
      cost: core.kdfCost,
    });
    // Still unlocked after the slow KDF? A lock meanwhile closed the database: change nothing.
    const db = core.database();
    writeTx(
      db,
      { at: now, userId },
      (audit) => {
        bindRecoverySlot(db, slot.id);
        audit({ action: 'vault.newRecoveryKey' });
      },
      () =>
        updateVaultFile(core.vaultPath, (vault) => {
          const slots = vault.slots.filter((s) => s.kind !== 'recovery').concat(slot);
          if (!slots.some((s) => s.kind === 'password')) throw new AppError('INTERNAL', 'The vault has no password slot.');
          return { ...vault, slots, auditHead: currentAuditHead(db) };
        }),
    );
    return recoveryKey;
  });
}
