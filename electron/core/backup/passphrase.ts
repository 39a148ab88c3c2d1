import { AppError } from '../../../shared/errors.ts';
import { signedInUser, type Actor } from '../actor.ts';
import type { BackupSite } from '../context.ts';
import { getPremisesName } from '../premises/queries.ts';
import { getSetting } from '../settings/queries.ts';
import type { Db } from '../db/connection.ts';
import { findUserById, type User } from '../users/queries.ts';
import { requireAcceptablePassword } from '../vault/password-policy.ts';
import { keptPassphrase } from './settings.ts';

/** The account of whoever is signed in (backup and restore are for administrators, never public). */
export function signedInAccount(db: Db, actor: Actor): User {
  const user = findUserById(db, signedInUser(actor));
  if (!user) throw new AppError('NO_SESSION', 'Sign in first.');
  return user;
}

/** The passphrase a backup or restore uses: the one typed, or the one kept for this install. */
export function choosePassphrase(
  site: Pick<BackupSite, 'database' | 'heldDataKey'>,
  input: { passphrase?: string | undefined; useKeptPassphrase: boolean },
): string {
  if (input.useKeptPassphrase) {
    const kept = keptPassphrase(site.database(), site.heldDataKey());
    if (kept === null)
      throw new AppError('BACKUP_NO_KEPT_PASSPHRASE', 'No backup passphrase is kept for this install.');
    return kept;
  }
  const typed = input.passphrase ?? '';
  if (!typed)
    throw new AppError('VALIDATION', 'Type the backup passphrase.', { fields: { passphrase: 'validation.required' } });
  return typed;
}

/** A new passphrase passes the password policy: whoever holds the drive can try passphrases offline at leisure. */
export async function requireStrongPassphrase(db: Db, passphrase: string, actor: Actor): Promise<void> {
  const user = signedInAccount(db, actor);
  const related = [getSetting(db, 'organisation') ?? '', getPremisesName(db) ?? ''];
  await requireAcceptablePassword(
    passphrase,
    { username: user.username, fullName: user.fullName, related },
    'passphrase',
  );
}
