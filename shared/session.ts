import { z } from 'zod';

/**
 * Why a window went back to its login screen: the button or Ctrl+L, no activity, the day's limit, the
 * OS, or a restore that replaced the data under every session.
 */
export const LOCK_REASONS = ['user', 'idle', 'absolute', 'os', 'restore'] as const;
export const lockReasonSchema = z.enum(LOCK_REASONS);
export type LockReason = z.infer<typeof lockReasonSchema>;

export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 60;
export const DEFAULT_IDLE_MINUTES = 5;
/** No session outlives a working day, however busy. */
export const ABSOLUTE_SESSION_HOURS = 12;
/** The renderer reports typing and clicking at most this often. */
export const ACTIVITY_REPORT_MS = 30_000;

export const idleMinutesSchema = z
  .number({ error: 'validation.idleMinutes' })
  .int('validation.idleMinutes')
  .min(MIN_IDLE_MINUTES, 'validation.idleMinutes')
  .max(MAX_IDLE_MINUTES, 'validation.idleMinutes');

export const sessionSettingsSchema = z.object({
  idleLockMinutes: z.number().int(),
  absoluteLimitHours: z.number().int(),
});
export type SessionSettings = z.infer<typeof sessionSettingsSchema>;
