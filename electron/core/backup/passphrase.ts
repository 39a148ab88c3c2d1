import { AppError } from '../../../shared/errors.ts';
import type { Core, Session } from '../core.ts';
import { getPremisesName } from '../premises/queries.ts';
import { getSetting } from '../settings/queries.ts';
import { findUserById } from '../users/queries.ts';
import { requireAcceptablePassword } from '../vault/password-policy.ts';
import { keptPassphrase } from './settings.ts';

/** The passphrase a backup or restore uses: the one typed, or the one kept for this install. */
export async function choosePassphrase(
  core: Core,
  session: Session,
  input: { passphrase?: string | undefined; useKeptPassphrase: boolean },
  { isNew }: { isNew: boolean },
): Promise<string> {
  const db = core.database();
  if (input.useKeptPassphrase) {
    const kept = keptPassphrase(db, core.heldDataKey());
    if (kept === null)
      throw new AppError('BACKUP_NO_KEPT_PASSPHRASE', 'No backup passphrase is kept for this install.');
    return kept;
  }
  const typed = input.passphrase ?? '';
  if (!typed)
    throw new AppError('VALIDATION', 'Type the backup passphrase.', { fields: { passphrase: 'validation.required' } });
  if (isNew) {
    // Whoever holds the drive can try passphrases offline at leisure: the same policy as passwords.
    const fullName = findUserById(db, session.userId)?.fullName ?? '';
    const related = [getSetting(db, 'organisation') ?? '', getPremisesName(db) ?? ''];
    await requireAcceptablePassword(typed, { username: session.username, fullName, related }, 'passphrase');
  }
  return typed;
}
