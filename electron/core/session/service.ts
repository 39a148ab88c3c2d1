import { AppError } from '../../../shared/errors.ts';
import type { Client, Core } from '../core.ts';
import { writeTx } from '../db/tx.ts';
import { findUserById, markPasswordChanged, type User } from '../users/queries.ts';
import { normalisePassword } from '../vault/kdf.ts';
import { burnKdfTime, makeSlot, openSlot, passwordSlotFor, recoverySlot } from '../vault/keyring.ts';
import { normaliseRecoveryKey } from '../vault/recovery-key.ts';
import { readVaultFile, writeVaultFile, type Slot } from '../vault/vault-file.ts';
import { startSession } from './view.ts';

const WRONG = 'Wrong username or password.';

function refuseWhileThrottled(core: Core, now: Date): void {
  const retryAt = core.throttle.retryAt(now);
  if (retryAt) {
    throw new AppError('THROTTLED', 'Too many failed attempts; wait before trying again.', {
      details: { retryAt: retryAt.toISOString() },
    });
  }
}

/** Starts the session of an active account whose slot just opened the database. */
function begin(core: Core, client: Client, user: User | undefined, now: Date, mustChangePassword: boolean): void {
  if (!user || !user.active) {
    core.releaseIfUnused();
    throw new AppError('ACCOUNT_INACTIVE', 'This account is not active. Ask an administrator.');
  }
  const failedBefore = core.throttle.succeeded();
  startSession(client, user, now, mustChangePassword);
  const db = core.database();
  writeTx(db, { at: now, userId: user.id }, (audit) =>
    audit({
      action: mustChangePassword ? 'session.loginWithRecoveryKey' : 'session.login',
      recordType: 'user',
      recordId: user.id,
      detail: { failedBefore },
    }),
  );
}

export async function login(core: Core, client: Client, username: string, password: string, now: Date): Promise<void> {
  const vault = core.readyVault();
  refuseWhileThrottled(core, now);
  const slot = passwordSlotFor(vault, username);
  if (!slot) {
    await burnKdfTime(vault); // an unknown name takes as long as a wrong password
    core.throttle.failed(now);
    throw new AppError('WRONG_CREDENTIALS', WRONG);
  }
  const key = await openSlot(slot, normalisePassword(password));
  if (!key) {
    core.throttle.failed(now);
    throw new AppError('WRONG_CREDENTIALS', WRONG);
  }
  const db = core.unlock(key);
  begin(core, client, slot.userId ? findUserById(db, slot.userId) : undefined, now, false);
}

/** "Forgot password": the recovery key opens the vault for an administrator, who must then pick a new password. */
export async function loginWithRecoveryKey(
  core: Core,
  client: Client,
  username: string,
  typedKey: string,
  now: Date,
): Promise<void> {
  const vault = core.readyVault();
  refuseWhileThrottled(core, now);
  const secret = normaliseRecoveryKey(typedKey);
  if (!secret) {
    throw new AppError('WRONG_RECOVERY_KEY', 'This is not a valid recovery key; check it for typing mistakes.', {
      fields: { recoveryKey: 'validation.recoveryKeyTypo' },
    });
  }
  const slot = recoverySlot(vault);
  const key = slot ? await openSlot(slot, secret) : null;
  if (!key) {
    core.throttle.failed(now);
    throw new AppError('WRONG_RECOVERY_KEY', 'This recovery key does not open this Haven.');
  }
  const userSlot = passwordSlotFor(vault, username);
  const db = core.unlock(key);
  const user = userSlot?.userId ? findUserById(db, userSlot.userId) : undefined;
  if (!user || user.role !== 'admin') {
    core.releaseIfUnused();
    throw new AppError('FORBIDDEN', 'The recovery key can only reset the password of an active administrator.', {
      fields: { username: 'validation.notAnAdmin' },
    });
  }
  begin(core, client, user, now, true);
}

/** Re-wraps the caller's slot under a new password. The data key (and so the database) is unchanged. */
export async function changePassword(
  core: Core,
  client: Client,
  input: { currentPassword?: string; newPassword: string },
  now: Date,
): Promise<void> {
  const session = client.session!;
  await core.exclusive(async () => {
    const vault = readVaultFile(core.vaultPath);
    const old = vault.slots.find((s) => s.kind === 'password' && s.userId === session.userId);
    if (!session.mustChangePassword) {
      if (!input.currentPassword) {
        throw new AppError('VALIDATION', 'Type your current password.', { fields: { currentPassword: 'validation.required' } });
      }
      // Guessing someone's password at an unattended, unlocked screen counts like a failed login.
      refuseWhileThrottled(core, now);
      const key = old ? await openSlot(old, normalisePassword(input.currentPassword)) : null;
      if (!key) {
        core.throttle.failed(now);
        throw new AppError('WRONG_CREDENTIALS', 'The current password is wrong.', {
          fields: { currentPassword: 'validation.currentPasswordWrong' },
        });
      }
      key.fill(0);
    }
    const slot: Slot = await makeSlot(core.heldDataKey(), normalisePassword(input.newPassword), {
      kind: 'password',
      userId: session.userId,
      username: session.username,
      now,
      cost: core.kdfCost,
    });
    const slots = vault.slots.filter((s) => s !== old).concat(slot);
    // Still unlocked after the slow KDF? A lock meanwhile closed the database: change nothing.
    const db = core.database();
    writeVaultFile(core.vaultPath, { ...vault, slots });
    writeTx(db, { at: now, userId: session.userId }, (audit) => {
      markPasswordChanged(db, session.userId, now);
      audit({ action: 'session.changePassword', recordType: 'user', recordId: session.userId });
    });
  });
  session.mustChangePassword = false;
}
