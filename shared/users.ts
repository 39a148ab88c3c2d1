import { z } from 'zod';
import { nameSchema, usernameSchema } from './domain.ts';
import { ROLES } from './roles.ts';

export const roleSchema = z.enum(ROLES);

/** One account as the Users page lists it. Never a password or a key slot. */
export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  active: z.boolean(),
  createdAt: z.string(),
  /** ISO timestamp of the latest sign-in, or null for an account never used. */
  lastSignInAt: z.string().nullable(),
  /** Failed sign-ins under this username since its last successful one. */
  failedAttemptsSince: z.number().int().min(0),
  /** Still holds a temporary password given by an administrator. */
  mustChangePassword: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

export const newAccountSchema = z.object({ username: usernameSchema, fullName: nameSchema, role: roleSchema }).strict();
export type NewAccount = z.infer<typeof newAccountSchema>;

const accountId = z.string().min(1).max(100);
export const accountIdSchema = z.object({ id: accountId }).strict();
export const setRoleSchema = z.object({ id: accountId, role: roleSchema }).strict();

export const temporaryPasswordSchema = z.object({ temporaryPassword: z.string() });

/**
 * Temporary passwords: groups of an alphabet without look-alikes (no 0/O, 1/I), so that one can be
 * read off paper and typed without doubt. 4 groups of 4 from 32 symbols: 80 bits.
 */
export const TEMPORARY_PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const TEMPORARY_PASSWORD_GROUPS = 4;
export const TEMPORARY_PASSWORD_GROUP_LENGTH = 4;

/**
 * An active account as any staff member may see it: who can be made responsible for a plan's
 * action or go with a resident to a hearing. Id and full name only, never the role or username.
 */
export const activeUserSchema = z.object({ id: z.string(), fullName: z.string() });
export type ActiveUser = z.infer<typeof activeUserSchema>;
