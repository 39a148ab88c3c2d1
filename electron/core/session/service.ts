import type { AuditWarning, Language, SessionView } from '../../../shared/domain.ts';
import { AppError } from '../../../shared/errors.ts';
import { takeAuditWarning } from '../audit/chain-check.ts';
import { auditedAs, signedInUser, type Actor } from '../actor.ts';
import type { KeyHolder, Session, SessionHolder, Throttle, VaultDoor } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import {
  findUserById,
  findUserByUsername,
  markPasswordChanged,
  recordSignIn,
  setUserLanguage,
  type User,
} from '../users/queries.ts';
import { normalisePassword } from '../vault/kdf.ts';
import { burnKdfTime, openSlot, recoverySlot } from '../vault/keyring.ts';
import { requireAcceptablePassword } from '../vault/password-policy.ts';
import { writePasswordSlot } from '../vault/password-slot.ts';
import { normaliseRecoveryKey } from '../vault/recovery-key.ts';
import { isRecoverySlot, slotOfUser, slotOwner } from '../vault/slot-owners.ts';
import { readVaultFile, type Slot, type VaultFile } from '../vault/vault-file.ts';
import { sessionView, startSession } from './view.ts';

const WRONG = 'Wrong username or password.';

/** Refuses while this name, or the whole install (password spraying), has failed too often. */
function refuseWhileThrottled(throttle: Throttle, username: string, now: Date): void {
  const retryAt = throttle.retryAt(username, now);
  if (retryAt) {
    throw new AppError('THROTTLED', 'Too many failed attempts; wait before trying again.', {
      details: { retryAt: retryAt.toISOString() },
    });
  }
}

/**
 * Starts the session of an active account whose slot just opened the database. The login's audit
 * row is committed first: if it cannot be written, there is no session. A recovery-key sign-in,
 * or a temporary password an administrator gave, allows nothing but choosing a new password.
 */
function begin(door: VaultDoor, client: SessionHolder, user: User, now: Date, how: 'password' | 'recoveryKey'): void {
  if (!user.active) {
    door.releaseIfUnused();
    throw new AppError('ACCOUNT_INACTIVE', 'This account is not active. Ask an administrator.');
  }
  const db = door.database();
  const failedBefore = door.throttle.succeeded(user.username);
  const mustChangePassword = how === 'recoveryKey' || user.mustChangePassword;
  let auditWarning: AuditWarning | null = null;
  try {
    writeTx(db, { at: now, userId: user.id }, (audit) => {
      if (user.role === 'admin') auditWarning = takeAuditWarning(db);
      recordSignIn(db, user.id, now);
      audit({
        action: how === 'recoveryKey' ? 'session.loginWithRecoveryKey' : 'session.login',
        recordType: 'user',
        recordId: user.id,
        detail: auditWarning ? { failedBefore, auditWarningShown: auditWarning } : { failedBefore },
      });
    });
  } catch (e) {
    door.releaseIfUnused();
    throw e;
  }
  startSession(client, user, now, mustChangePassword, auditWarning);
  door.saveAuditHead();
}

/**
 * A slot opened with the typed password, but the database does not say it is that user's: a
 * vault.json edited to move a slot to another account. Answered like a wrong password (and
 * counted as one), and audited without naming the account it claimed.
 */
function refuseUnboundSlot(door: VaultDoor, db: Db, slot: Slot, username: string, now: Date): never {
  try {
    writeTx(db, { at: now, userId: null }, (audit) =>
      audit({ action: 'session.slotRefused', recordType: 'keySlot', recordId: slot.id }),
    );
  } finally {
    door.throttle.failed(username, now);
    door.releaseIfUnused();
  }
  throw new AppError('WRONG_CREDENTIALS', WRONG);
}

/**
 * The slots vault.json lists under this username, tried in turn (normally there is one): a copy
 * planted under someone's name must not stop their own password from working.
 */
async function openPasswordSlot(
  vault: VaultFile,
  username: string,
  password: string,
): Promise<{ slot: Slot; key: Buffer } | null> {
  const secret = normalisePassword(password);
  for (const slot of vault.slots) {
    if (slot.kind !== 'password' || slot.username !== username) continue;
    const key = await openSlot(slot, secret);
    if (key) return { slot, key };
  }
  return null;
}

/**
 * Signs a window in with a password. Attempts run one at a time: in parallel they would all pass
 * the throttle check before the first failure is counted.
 */
export async function login(
  door: VaultDoor,
  client: SessionHolder,
  username: string,
  password: string,
  now: Date,
): Promise<SessionView> {
  await door.exclusive(() => openWithPassword(door, client, username, password, now));
  return sessionView(door.database(), client.session);
}

async function openWithPassword(
  door: VaultDoor,
  client: SessionHolder,
  username: string,
  password: string,
  now: Date,
): Promise<void> {
  door.holdFolder();
  const vault = door.readyVault();
  refuseWhileThrottled(door.throttle, username, now);
  if (!vault.slots.some((s) => s.kind === 'password' && s.username === username)) {
    await burnKdfTime(vault); // an unknown name takes as long as a wrong password
  }
  const opened = await openPasswordSlot(vault, username, password);
  if (!opened) {
    door.loginFailed(username, 'password', now); // an unknown name is counted too, under the name typed
    throw new AppError('WRONG_CREDENTIALS', WRONG);
  }
  const db = door.unlock(opened.key);
  // Identity and role come from the database: the user with the typed name, who must own the slot.
  const user = findUserByUsername(db, username);
  if (!user || slotOwner(db, opened.slot.id) !== user.id) refuseUnboundSlot(door, db, opened.slot, username, now);
  begin(door, client, user, now, 'password');
}

/** "Forgot password": the recovery key opens the vault for an administrator, who must then pick a new password. */
export async function loginWithRecoveryKey(
  door: VaultDoor,
  client: SessionHolder,
  username: string,
  typedKey: string,
  now: Date,
): Promise<SessionView> {
  await door.exclusive(() => openWithRecoveryKey(door, client, username, typedKey, now));
  return sessionView(door.database(), client.session);
}

async function openWithRecoveryKey(
  door: VaultDoor,
  client: SessionHolder,
  username: string,
  typedKey: string,
  now: Date,
): Promise<void> {
  door.holdFolder();
  const vault = door.readyVault();
  refuseWhileThrottled(door.throttle, username, now);
  const secret = normaliseRecoveryKey(typedKey);
  if (!secret) {
    throw new AppError('WRONG_RECOVERY_KEY', 'This is not a valid recovery key; check it for typing mistakes.', {
      fields: { recoveryKey: 'validation.recoveryKeyTypo' },
    });
  }
  const slot = recoverySlot(vault);
  const key = slot ? await openSlot(slot, secret) : null;
  if (!slot || !key) {
    door.loginFailed(username, 'recoveryKey', now);
    throw new AppError('WRONG_RECOVERY_KEY', 'This recovery key does not open this Haven.');
  }
  const db = door.unlock(key);
  // A password slot relabelled "recovery" in vault.json is not the recovery slot the database knows.
  if (!isRecoverySlot(db, slot.id)) {
    door.loginFailed(username, 'recoveryKey', now);
    door.releaseIfUnused();
    throw new AppError('WRONG_RECOVERY_KEY', 'This recovery key does not open this Haven.');
  }
  const user = findUserByUsername(db, username);
  if (!user || user.role !== 'admin') {
    door.releaseIfUnused();
    throw new AppError('FORBIDDEN', 'The recovery key can only reset the password of an active administrator.', {
      fields: { username: 'validation.notAnAdmin' },
    });
  }
  begin(door, client, user, now, 'recoveryKey');
}

/** Re-wraps the caller's slot under a new password. The data key (and so the database) is unchanged. */
export async function changePassword(
  door: KeyHolder & { readonly throttle: Throttle },
  session: Session,
  input: { currentPassword?: string; newPassword: string },
  now: Date,
): Promise<SessionView> {
  await door.exclusive(async () => {
    const fullName = findUserByUsername(door.database(), session.username)?.fullName ?? '';
    await requireAcceptablePassword(input.newPassword, { username: session.username, fullName }, 'newPassword');
    if (!session.mustChangePassword) {
      if (!input.currentPassword) {
        throw new AppError('VALIDATION', 'Type your current password.', {
          fields: { currentPassword: 'validation.required' },
        });
      }
      // Guessing someone's password at an unattended, unlocked screen counts like a failed login.
      refuseWhileThrottled(door.throttle, session.username, now);
      // The slot the database says is this user's, whatever vault.json's labels say.
      const boundId = slotOfUser(door.database(), session.userId);
      const old = readVaultFile(door.vaultPath).slots.find((s) => s.kind === 'password' && s.id === boundId);
      const key = old ? await openSlot(old, normalisePassword(input.currentPassword)) : null;
      if (!key) {
        door.throttle.failed(session.username, now);
        throw new AppError('WRONG_CREDENTIALS', 'The current password is wrong.', {
          fields: { currentPassword: 'validation.currentPasswordWrong' },
        });
      }
      key.fill(0);
    }
    if (findUserById(door.database(), session.userId)?.mustChangePassword)
      await refuseTemporaryAgain(door, session.userId, input.newPassword);
    const user = { id: session.userId, username: session.username };
    const before = session.passwordVersion;
    try {
      await writePasswordSlot(door, user, input.newPassword, { now, userId: session.userId }, (db, audit) => {
        markPasswordChanged(db, session.userId, now);
        // Set inside the transaction: dispatch ends a session whose password changed under it, and
        // another call of this window may run as soon as this one commits.
        session.passwordVersion = findUserById(db, session.userId)!.passwordVersion;
        audit({ action: 'session.changePassword', recordType: 'user', recordId: session.userId });
      });
    } catch (e) {
      session.passwordVersion = before;
      throw e;
    }
  });
  session.mustChangePassword = false;
  return sessionView(door.database(), session);
}

export function setLanguage(db: Db, session: Session | null, language: Language, actor: Actor): SessionView {
  const userId = signedInUser(actor);
  writeTx(db, auditedAs(actor), (audit) => {
    setUserLanguage(db, userId, language);
    audit({ action: 'session.setLanguage', recordType: 'user', recordId: userId, detail: { language } });
  });
  return sessionView(db, session);
}

/** The temporary password an administrator handed over is known to them: it cannot become one's own. */
async function refuseTemporaryAgain(keys: KeyHolder, userId: string, newPassword: string): Promise<void> {
  const boundId = slotOfUser(keys.database(), userId);
  const slot = readVaultFile(keys.vaultPath).slots.find((s) => s.kind === 'password' && s.id === boundId);
  const key = slot ? await openSlot(slot, normalisePassword(newPassword)) : null;
  if (!key) return;
  key.fill(0);
  throw new AppError('VALIDATION', 'Choose a password of your own, not the temporary one.', {
    fields: { newPassword: 'validation.sameAsTemporary' },
  });
}
