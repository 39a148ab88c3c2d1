import type { Actor } from '../actor.ts';
import type { AuditInput } from '../audit/log.ts';
import { currentAuditHead } from '../audit/chain-check.ts';
import type { KeyHolder } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { normalisePassword } from './kdf.ts';
import { makeSlot } from './keyring.ts';
import { bindSlot } from './slot-owners.ts';
import { updateVaultFile, type Slot } from './vault-file.ts';

export interface SlotUser {
  id: string;
  username: string;
}

/**
 * Gives `user` a new password slot, bound to them inside the database, in place of any slot they
 * had. `inTx` runs in the same transaction (inserting the user, marking the password changed, its
 * audit row). vault.json is rewritten inside that transaction, after the audit rows: if the file
 * cannot be written, nothing is committed. Only a failure of COMMIT itself after the rename could
 * leave the new slot unbound (that user then signs in with the recovery key or gets a new password).
 *
 * Call inside `keys.exclusive` (see addPasswordSlot for the stand-alone form).
 */
export async function writePasswordSlot(
  keys: KeyHolder,
  user: SlotUser,
  password: string,
  actor: Actor,
  inTx: (db: Db, audit: (entry: AuditInput) => void) => void,
): Promise<Slot> {
  const slot = await makeSlot(keys.heldDataKey(), normalisePassword(password), {
    kind: 'password',
    // Informational only: login trusts the binding in the database, never this field.
    userId: user.id,
    username: user.username,
    now: actor.now,
    cost: keys.kdfCost,
  });
  // Still unlocked after the slow KDF? A lock meanwhile closed the database: change nothing.
  const db = keys.database();
  writeTx(
    db,
    { at: actor.now, userId: actor.userId },
    (audit) => {
      inTx(db, audit);
      bindSlot(db, slot.id, user.id, actor.now);
    },
    () =>
      updateVaultFile(keys.vaultPath, (vault) => ({
        ...vault,
        // Any other slot claiming this username goes too: there is one password slot per user.
        slots: vault.slots
          .filter((s) => !(s.kind === 'password' && (s.userId === user.id || s.username === user.username)))
          .concat(slot),
        auditHead: currentAuditHead(db),
      })),
  );
  return slot;
}

/**
 * A new password slot for an existing user, audited as `users.setPassword`. The accounts feature
 * (create user, reset password) builds on this; tests use it to make a second account.
 */
export function addPasswordSlot(keys: KeyHolder, user: SlotUser, password: string, actor: Actor): Promise<Slot> {
  return keys.exclusive(() =>
    writePasswordSlot(keys, user, password, actor, (_db, audit) =>
      audit({ action: 'users.setPassword', recordType: 'user', recordId: user.id }),
    ),
  );
}
