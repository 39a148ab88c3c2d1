import type { Client, Core } from '../core.ts';
import { writeTx } from '../db/tx.ts';
import { findUserById } from '../users/queries.ts';

/**
 * Brings a session in line with its account as the database says now, on every call: the role is
 * re-read (a change applies to the very next call), and a session whose account was deactivated,
 * or whose password was replaced by an administrator, ends here. The session's own copy is a cache.
 */
export function refreshSession(core: Core, client: Client): void {
  const session = client.session;
  if (!session) return;
  const db = core.database();
  const user = findUserById(db, session.userId);
  const reason = !user?.active
    ? 'deactivated'
    : user.passwordVersion !== session.passwordVersion
      ? 'passwordReplaced'
      : null;
  if (!reason) {
    session.role = user!.role;
    return;
  }
  try {
    writeTx(db, { at: core.clock(), userId: session.userId }, (audit) =>
      audit({ action: 'session.ended', recordType: 'user', recordId: session.userId, detail: { reason } }),
    );
  } catch (e) {
    // The session ends all the same.
    console.error('[haven] could not record the end of a session', e);
  }
  client.session = null;
  // A deactivated account is not offered to the next person at this window's login screen.
  client.lockedUsername = reason === 'deactivated' ? null : session.username;
  client.lockReason = null;
  client.lockMinutes = null;
  core.releaseIfUnused();
}
