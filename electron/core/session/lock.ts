import type { LockReason } from '../../../shared/session.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';

// Every lock is recorded: the one the user asked for (button, Ctrl+L) as `session.lock`, and the
// ones that happened to them (no activity, the day's limit, the computer locking or sleeping) under
// their own action, so that an administrator can tell how each session ended.
const ACTION: Record<LockReason, string> = {
  user: 'session.lock',
  os: 'session.osLock',
  idle: 'session.idleLock',
  absolute: 'session.absoluteLock',
  // Never audited as a lock: the restore's own entry, in the restored log, says it.
  restore: 'backup.restore',
};

/**
 * The audit row of a lock. A lock must happen even if this write fails (a full disk, say): the
 * failure is logged and the session is dropped all the same.
 */
export function auditLock(db: Db, userId: string, at: Date, reason: LockReason, minutes: number | null): void {
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
