import type { IssuedTemporaryPassword } from '../../../shared/backup.ts';
import type { SessionView, SetupInput, VaultStatus } from '../../../shared/domain.ts';
import type { SessionHolder, SetupSite, VaultDoor } from '../context.ts';
import { sessionView, startSession } from '../session/view.ts';
import { findUserById } from '../users/queries.ts';
import { normalisePassword } from './kdf.ts';
import { openSlot, passwordSlotFor } from './keyring.ts';
import { restoreForRecovery, type RecoverySite } from './from-backup.ts';
import { setUpVault } from './setup.ts';

/** What the first screen needs: is there a vault, is it sound, and who was this window before a lock. */
export function vaultStatus(
  door: SetupSite & Pick<VaultDoor, 'holdFolder' | 'throttle'> & { readonly restoredBackupAt: string | null },
  client: SessionHolder,
  now: Date,
): VaultStatus {
  door.holdFolder();
  const s = door.vaultState();
  return {
    state: s.state,
    problem: s.state === 'broken' ? { code: s.problem.code, message: s.problem.message } : null,
    lockedUsername: client.lockedUsername,
    lockReason: client.lockReason,
    lockMinutes: client.lockMinutes,
    restoredBackupAt: client.lockReason === 'restore' ? door.restoredBackupAt : null,
    // Failures are counted per name: only the install-wide ceiling, or the name this window had.
    retryAt: s.state === 'ready' ? (door.throttle.retryAt(client.lockedUsername, now)?.toISOString() ?? null) : null,
  };
}

/** First run, then the new administrator signed in with the slot just written: the same path as any later login. */
export async function setUpAndSignIn(
  door: SetupSite & VaultDoor,
  client: SessionHolder,
  input: SetupInput,
  now: Date,
): Promise<{ recoveryKey: string; session: SessionView }> {
  door.holdFolder();
  const { recoveryKey, userId } = await door.exclusive(() => setUpVault(door, input, now));
  const slot = passwordSlotFor(door.readyVault(), input.username)!;
  const key = (await openSlot(slot, normalisePassword(input.password)))!;
  const user = findUserById(door.unlock(key), userId)!;
  startSession(client, user, now, false);
  return { recoveryKey, session: sessionView(door.database(), client.session) };
}

/** Disaster recovery, then the chosen administrator signed in with the password just set, as after set-up. */
export async function restoreAndSignIn(
  door: RecoverySite & VaultDoor,
  client: SessionHolder,
  input: Parameters<typeof restoreForRecovery>[1],
  now: Date,
): Promise<{ recoveryKey: string; session: SessionView; temporaryPasswords: IssuedTemporaryPassword[] }> {
  door.holdFolder();
  const done = await door.exclusive(() => restoreForRecovery(door, input, now));
  const admin = door.readyVault().slots.find((s) => s.kind === 'password' && s.userId === done.userId)!;
  const key = (await openSlot(admin, normalisePassword(input.password)))!;
  const user = findUserById(door.unlock(key), done.userId)!;
  startSession(client, user, now, false);
  return {
    recoveryKey: done.recoveryKey,
    session: sessionView(door.database(), client.session),
    temporaryPasswords: done.temporaryPasswords,
  };
}
