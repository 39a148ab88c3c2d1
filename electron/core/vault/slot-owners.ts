import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { writeTx } from '../db/tx.ts';
import { deleteSetting, getSetting, setSetting } from '../settings/queries.ts';
import { listUsers } from '../users/queries.ts';
import type { VaultFile } from './vault-file.ts';

/** The user a password slot belongs to, as the encrypted database says (never as vault.json says). */
export function slotOwner(db: Db, slotId: string): string | undefined {
  const row = prepared(db, 'SELECT user_id FROM key_slot_owners WHERE slot_id = ?').get(slotId) as
    { user_id: string } | undefined;
  return row?.user_id;
}

export function slotOfUser(db: Db, userId: string): string | undefined {
  const row = prepared(db, 'SELECT slot_id FROM key_slot_owners WHERE user_id = ?').get(userId) as
    { slot_id: string } | undefined;
  return row?.slot_id;
}

/**
 * The recovery slot is bound too (setting `recovery_slot`): otherwise a staff member could choose
 * a recovery-key-shaped password, relabel their own slot "recovery" in vault.json and reset an
 * administrator's password.
 */
export function isRecoverySlot(db: Db, slotId: string): boolean {
  return getSetting(db, 'recovery_slot') === slotId;
}

export function bindRecoverySlot(db: Db, slotId: string): void {
  setSetting(db, 'recovery_slot', slotId);
}

/**
 * Makes `slotId` the one password slot of `userId`, dropping any earlier binding of that user.
 * Call it inside the write transaction that creates the user or changes the slot.
 */
export function bindSlot(db: Db, slotId: string, userId: string, at: Date): void {
  prepared(db, 'DELETE FROM key_slot_owners WHERE user_id = ? OR slot_id = ?').run(userId, slotId);
  prepared(db, 'INSERT INTO key_slot_owners (slot_id, user_id, bound_at) VALUES (?, ?, ?)').run(
    slotId,
    userId,
    at.toISOString(),
  );
}

/**
 * Binds the slots of a vault made before schema 4, once, at its first unlock.
 *
 * Limits: there is nothing older than vault.json to check it against, so this trusts the file as
 * it stands at that moment. A user's slot is bound only when exactly one password slot carries
 * that username AND the same userId (both fields agree with the database); anything else (two
 * slots claiming one name, a slot whose userId and username disagree) binds nothing for that user
 * and is audited, and that user cannot sign in until an administrator gives them a new password
 * (an administrator can always come back through the recovery key and then change password).
 * A slot forged before the upgrade by rewriting BOTH fields of a slot while removing the real
 * owner's slot would still be bound; the owner would then find their own password refused, which
 * shows. The recovery slot is bound when there is exactly one. From the first unlock on, vault.json edits no longer move a slot to another user.
 */
export function backfillSlotOwners(db: Db, vault: VaultFile, now: Date): void {
  if (getSetting(db, 'slot_owners_backfill') === undefined) return;
  const passwordSlots = vault.slots.filter((s) => s.kind === 'password');
  writeTx(db, { at: now, userId: null }, (audit) => {
    for (const user of listUsers(db)) {
      const named = passwordSlots.filter((s) => s.username === user.username);
      const slot = named.length === 1 && named[0]!.userId === user.id ? named[0]! : undefined;
      if (slot) bindSlot(db, slot.id, user.id, now);
      audit({
        action: slot ? 'vault.slotBound' : 'vault.slotNotBound',
        recordType: 'user',
        recordId: user.id,
        detail: slot ? { slotId: slot.id, how: 'upgrade' } : { slotsWithThisUsername: named.length },
      });
    }
    const recovery = vault.slots.filter((s) => s.kind === 'recovery');
    if (recovery.length === 1) bindRecoverySlot(db, recovery[0]!.id);
    audit({
      action: recovery.length === 1 ? 'vault.slotBound' : 'vault.slotNotBound',
      recordType: 'keySlot',
      ...(recovery.length === 1 ? { recordId: recovery[0]!.id } : {}),
      detail: { kind: 'recovery', how: 'upgrade', recoverySlots: recovery.length },
    });
    deleteSetting(db, 'slot_owners_backfill');
  });
}

/** Drops the binding of a user's password slot (deactivation): no slot opens their account any more. */
export function unbindSlotsOf(db: Db, userId: string): void {
  db.prepare('DELETE FROM key_slot_owners WHERE user_id = ?').run(userId);
}
