import type { Account, NewAccount } from '../../../shared/users.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Actor } from '../actor.ts';
import { currentAuditHead } from '../audit/chain-check.ts';
import type { KeyHolder } from '../context.ts';
import type { LoginThrottle } from '../vault/throttle.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { uuidv7 } from '../ids.ts';
import { writePasswordSlot } from '../vault/password-slot.ts';
import { unbindSlotsOf } from '../vault/slot-owners.ts';
import { updateVaultFile } from '../vault/vault-file.ts';
import {
  countActiveAdmins,
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers,
  markPasswordChanged,
  setUserActive,
  setUserRole,
  type User,
} from './queries.ts';
import { temporaryPassword } from './temporary-password.ts';

/** What account changes need: key slots (the held data key, vault.json) and the sign-in counters. */
export type AccountKeys = KeyHolder & { readonly throttle: Pick<LoginThrottle, 'failuresOf' | 'succeeded'> };

export function listAccounts(keys: AccountKeys): Account[] {
  return listUsers(keys.database()).map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    active: u.active,
    createdAt: u.createdAt,
    lastSignInAt: u.lastSignInAt,
    failedAttemptsSince: keys.throttle.failuresOf(u.username),
    mustChangePassword: u.mustChangePassword,
  }));
}

function requireUser(db: Db, id: string): User {
  const user = findUserById(db, id);
  if (!user) throw new AppError('NOT_FOUND', 'No such account.');
  return user;
}

/** Haven must always keep one active administrator: nobody else can manage accounts or restore. */
function refuseLosingLastAdmin(db: Db, user: User): void {
  if (user.active && user.role === 'admin' && countActiveAdmins(db) <= 1) {
    throw new AppError(
      'LAST_ADMIN',
      `${user.username} is the last active administrator; make someone else an administrator first.`,
    );
  }
}

/** A new account with a temporary password, which its holder must replace at their first sign-in. */
export function createAccount(
  keys: AccountKeys,
  input: NewAccount,
  actor: Actor,
): Promise<{ id: string; temporaryPassword: string }> {
  return keys.exclusive(async () => {
    if (findUserByUsername(keys.database(), input.username)) {
      throw new AppError('CONFLICT', `The username ${input.username} is taken.`, {
        fields: { username: 'validation.usernameTaken' },
      });
    }
    const id = uuidv7();
    const password = temporaryPassword();
    await writePasswordSlot(keys, { id, username: input.username }, password, actor, (db, audit) => {
      insertUser(db, { ...input, id, language: 'en', mustChangePassword: true }, actor.now);
      audit({ action: 'users.create', recordType: 'user', recordId: id, detail: { role: input.role } });
    });
    return { id, temporaryPassword: password };
  });
}

export function setRole(keys: AccountKeys, id: string, role: Role, actor: Actor): Promise<void> {
  return keys.exclusive(async () => {
    const db = keys.database();
    const user = requireUser(db, id);
    if (user.role === role) return;
    if (role !== 'admin') refuseLosingLastAdmin(db, user);
    writeTx(db, { at: actor.now, userId: actor.userId }, (audit) => {
      setUserRole(db, id, role);
      audit({ action: 'users.setRole', recordType: 'user', recordId: id, detail: { from: user.role, to: role } });
    });
  });
}

/**
 * Deactivates an account: the row stays (their name stays on what they wrote), their key slot
 * leaves vault.json and its binding leaves the database in the same transaction. Their open
 * session ends at its next call (dispatch re-reads the account every call).
 */
export function deactivate(keys: AccountKeys, id: string, actor: Actor): Promise<void> {
  return keys.exclusive(async () => {
    const db = keys.database();
    const user = requireUser(db, id);
    if (!user.active) return;
    refuseLosingLastAdmin(db, user);
    writeTx(
      db,
      { at: actor.now, userId: actor.userId },
      (audit) => {
        setUserActive(db, id, false);
        unbindSlotsOf(db, id);
        audit({ action: 'users.deactivate', recordType: 'user', recordId: id });
      },
      () =>
        updateVaultFile(keys.vaultPath, (vault) => ({
          ...vault,
          slots: vault.slots.filter(
            (s) => !(s.kind === 'password' && (s.userId === id || s.username === user.username)),
          ),
          auditHead: currentAuditHead(db),
        })),
    );
  });
}

/** A new temporary password slot (old one removed), and the account active again if it was not. */
function giveTemporaryPassword(keys: AccountKeys, user: User, action: string, actor: Actor): Promise<string> {
  const password = temporaryPassword();
  return writePasswordSlot(keys, user, password, actor, (db, audit) => {
    if (!user.active) setUserActive(db, user.id, true);
    markPasswordChanged(db, user.id, actor.now, true);
    audit({ action, recordType: 'user', recordId: user.id });
  }).then(() => password);
}

export function reactivate(keys: AccountKeys, id: string, actor: Actor): Promise<{ temporaryPassword: string }> {
  return keys.exclusive(async () => {
    const user = requireUser(keys.database(), id);
    if (user.active) throw new AppError('CONFLICT', `${user.username} is already active.`);
    const password = await giveTemporaryPassword(keys, user, 'users.reactivate', actor);
    // A new password is a fresh start: earlier failures under the name must not hold its holder back.
    keys.throttle.succeeded(user.username);
    return { temporaryPassword: password };
  });
}

/** A forgotten password: a new temporary one, the old slot removed; any open session of theirs ends. */
export function resetPassword(keys: AccountKeys, id: string, actor: Actor): Promise<{ temporaryPassword: string }> {
  return keys.exclusive(async () => {
    const user = requireUser(keys.database(), id);
    if (!user.active) throw new AppError('CONFLICT', `${user.username} is not active; reactivate the account instead.`);
    const password = await giveTemporaryPassword(keys, user, 'users.resetPassword', actor);
    keys.throttle.succeeded(user.username);
    return { temporaryPassword: password };
  });
}
