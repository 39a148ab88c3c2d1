import { randomInt } from 'node:crypto';
import {
  TEMPORARY_PASSWORD_ALPHABET,
  TEMPORARY_PASSWORD_GROUP_LENGTH,
  TEMPORARY_PASSWORD_GROUPS,
} from '../../../shared/users.ts';

/** A temporary password an administrator can read out or hand over on paper, e.g. `K7QD-M2XH-9PTA-CW4N`. */
export function temporaryPassword(): string {
  const group = () =>
    Array.from(
      { length: TEMPORARY_PASSWORD_GROUP_LENGTH },
      () => TEMPORARY_PASSWORD_ALPHABET[randomInt(TEMPORARY_PASSWORD_ALPHABET.length)],
    ).join('');
  return Array.from({ length: TEMPORARY_PASSWORD_GROUPS }, group).join('-');
}
