import { AppError } from '../../../shared/errors.ts';
import { currentAuditHead } from '../audit/chain-check.ts';
import { auditedAs, type Actor } from '../actor.ts';
import type { KeyHolder } from '../context.ts';
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
export async function replaceRecoveryKey(keys: KeyHolder, actor: Actor): Promise<string> {
  return keys.exclusive(async () => {
    const recoveryKey = newRecoveryKey();
    const slot = await makeSlot(keys.heldDataKey(), recoveryKey.replace(/-/g, ''), {
      kind: 'recovery',
      userId: null,
      now: actor.now,
      cost: keys.kdfCost,
    });
    // Still unlocked after the slow KDF? A lock meanwhile closed the database: change nothing.
    const db = keys.database();
    writeTx(
      db,
      auditedAs(actor),
      (audit) => {
        bindRecoverySlot(db, slot.id);
        audit({ action: 'vault.newRecoveryKey' });
      },
      () =>
        updateVaultFile(keys.vaultPath, (vault) => {
          const slots = vault.slots.filter((s) => s.kind !== 'recovery').concat(slot);
          if (!slots.some((s) => s.kind === 'password'))
            throw new AppError('INTERNAL', 'The vault has no password slot.');
          return { ...vault, slots, auditHead: currentAuditHead(db) };
        }),
    );
    return recoveryKey;
  });
}
