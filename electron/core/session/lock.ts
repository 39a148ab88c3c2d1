import type { LockReason } from '../../../shared/session.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';

// A lock the user asked for is like signing out and is not recorded; a lock that happened to them
// (no activity, the day's limit, the computer locking or sleeping) is, so that an administrator can
// tell why a session ended.
const ACTION: Record<Exclude<LockReason, 'user'>, string> = {
  os: 'session.osLock',
  idle: 'session.idleLock',
  absolute: 'session.absoluteLock',
};

/**
 * The audit row of a lock. A lock must happen even if this write fails (a full disk, say): the
 * failure is logged and the session is dropped all the same.
 */
export function auditLock(db: Db, userId: string, at: Date, reason: LockReason, minutes: number | null): void {
  if (reason === 'user') return;
  try {
    writeTx(db, { at, userId }, (audit) =>
      audit({
        action: ACTION[reason],
        recordType: 'user',
        recordId: userId,
        detail: minutes === null ? { reason } : { reason, minutes },
      }),
    );
  } catch (e) {
    console.error('[haven] could not record a lock in the audit log', e);
  }
}
