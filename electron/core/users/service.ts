import { uuidv7 } from '../ids.ts';
import type { Language } from '../../../shared/domain.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Role } from '../../../shared/roles.ts';
import type { KeyHolder } from '../context.ts';
import { writePasswordSlot } from '../vault/password-slot.ts';
import { findUserByUsername, insertUser } from './queries.ts';

export interface NewUser {
  username: string;
  fullName: string;
  role: Role;
  password: string;
  language?: Language;
}

/**
 * Adds a staff account: its row, its key slot and the slot's binding, in one transaction. Needs
 * the database open (someone signed in), because the new slot wraps the data key held by the core.
 */
export async function addUser(keys: KeyHolder, u: NewUser, byUserId: string, now: Date): Promise<string> {
  return keys.exclusive(async () => {
    if (findUserByUsername(keys.database(), u.username)) {
      throw new AppError('CONFLICT', `The username ${u.username} is taken.`, {
        fields: { username: 'validation.usernameTaken' },
      });
    }
    const id = uuidv7();
    await writePasswordSlot(keys, { id, username: u.username }, u.password, { now, userId: byUserId }, (db, audit) => {
      insertUser(
        db,
        { id, username: u.username, fullName: u.fullName, role: u.role, language: u.language ?? 'en' },
        now,
      );
      audit({ action: 'users.create', recordType: 'user', recordId: id, detail: { role: u.role } });
    });
    return id;
  });
}
