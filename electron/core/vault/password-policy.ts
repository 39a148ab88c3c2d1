import { checkNewPassword, type PasswordOwner } from '../../../shared/password-policy.ts';
import { AppError } from '../../../shared/errors.ts';

/** Refuses a new password that breaks the shared policy, naming the form field it came from. */
export async function requireAcceptablePassword(password: string, owner: PasswordOwner, field: string): Promise<void> {
  const problem = await checkNewPassword(password, owner);
  if (problem) {
    throw new AppError('VALIDATION', 'The new password is too short, too easy to guess or contains the name.', {
      fields: { [field]: problem },
    });
  }
}
