import { z } from 'zod';
import { ROLES } from './roles.ts';
import { lockReasonSchema } from './session.ts';
import { requiredTextSchema } from './text.ts';

// Messages are i18n keys under `validation.`; the renderer translates them.
export const LANGUAGES = ['en', 'sr-Latn'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'validation.usernameLength')
  .max(40, 'validation.usernameLength')
  .regex(/^[a-z0-9._-]+$/, 'validation.usernameChars');

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, 'validation.passwordLength')
  .max(MAX_PASSWORD_LENGTH, 'validation.passwordTooLong');

/** What a login form sends: any non-empty password, so an old short one still reaches the check. */
export const loginPasswordSchema = z.string().min(1, 'validation.required').max(MAX_PASSWORD_LENGTH);

export const nameSchema = requiredTextSchema(120);

export const recoveryKeySchema = requiredTextSchema(100);

export const userViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  language: languageSchema,
});
export type UserView = z.infer<typeof userViewSchema>;

/**
 * The audit log did not match what Haven last saw when this database was opened: an entry edited
 * or removed (`broken`, at the first entry that does not follow), or the log ending before the
 * entry recorded in vault.json (`truncated`). Shown to administrators only.
 */
export const auditWarningSchema = z.object({ kind: z.enum(['broken', 'truncated']), seq: z.number().int() });
export type AuditWarning = z.infer<typeof auditWarningSchema>;

export const sessionViewSchema = z.object({
  user: userViewSchema,
  organisation: z.string(),
  premises: z.string(),
  mustChangePassword: z.boolean(),
  /** Why a new password must be chosen first: a recovery-key sign-in, or a temporary password. */
  passwordChangeReason: z.enum(['recoveryKey', 'temporaryPassword']).nullable(),
  /** Always null for anyone but an administrator. */
  auditWarning: auditWarningSchema.nullable(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const setupInputSchema = z.object({
  organisation: nameSchema,
  premises: nameSchema,
  username: usernameSchema,
  fullName: nameSchema,
  password: passwordSchema,
  language: languageSchema,
});
export type SetupInput = z.infer<typeof setupInputSchema>;

export const vaultStatusSchema = z.object({
  /** `new`: no vault yet, the set-up wizard runs. `ready`: log in. `broken`: see `problem`. */
  state: z.enum(['new', 'ready', 'broken']),
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** Who was signed in on this window before it was locked, to fill the login form. */
  lockedUsername: z.string().nullable(),
  /** Why that window was locked, and after how many idle minutes when it was the idle lock. */
  lockReason: lockReasonSchema.nullable(),
  lockMinutes: z.number().int().nullable(),
  /** With lockReason `restore`: when the backup that was restored had been made (ISO timestamp). */
  restoredBackupAt: z.string().nullable(),
  /** ISO timestamp before which a login attempt is refused (too many failures), or null. */
  retryAt: z.string().nullable(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;
