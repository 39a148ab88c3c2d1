import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, passwordSchema } from './domain.ts';
import { roleSchema } from './users.ts';

// Backups to a removable drive or a chosen folder, and restoring one (electron/core/backup/).

export const BACKUP_EXTENSION = '.havenbak';
export const DEFAULT_BACKUP_KEEP = 5;
export const MAX_BACKUP_KEEP = 50;
export const DEFAULT_BACKUP_WARN_DAYS = 7;
export const MAX_BACKUP_WARN_DAYS = 90;

const pathSchema = z.string().trim().min(1, 'validation.required').max(4096);
/** A passphrase as typed to open a backup: any non-empty text (the policy applies only to new ones). */
const typedPassphraseSchema = z.string().min(1, 'validation.required').max(MAX_PASSWORD_LENGTH);

export const backupCreateInputSchema = z
  .object({
    targetDir: pathSchema,
    /** A new passphrase, checked by the password policy; omitted with `useKeptPassphrase`. */
    passphrase: z.string().max(MAX_PASSWORD_LENGTH).optional(),
    /** Keep this passphrase (wrapped by the data key) for later backups on this install. */
    keepPassphrase: z.boolean().default(false),
    useKeptPassphrase: z.boolean().default(false),
  })
  .strict();

export const countsSchema = z.record(z.string(), z.number().int().min(0));

export const backupCreateOutputSchema = z.object({
  file: z.string(),
  verified: z.literal(true),
  counts: countsSchema,
  /** Older backups of this install removed from the target to keep the last N. */
  removed: z.array(z.string()),
});

export const backupOpenInputSchema = z
  .object({
    file: pathSchema,
    passphrase: typedPassphraseSchema.optional(),
    useKeptPassphrase: z.boolean().default(false),
  })
  .strict();

export const backupInfoSchema = z.object({
  createdAt: z.string(),
  createdBy: z.string(),
  organisation: z.string(),
  premises: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  counts: countsSchema,
  /** Made by this install (same installId), or brought from another. */
  sameInstall: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupRestoreInputSchema = backupOpenInputSchema.extend({ confirm: z.string().max(200) }).strict();

export const BACKUP_STAGES = [
  'snapshot',
  'write',
  'flush',
  'verify',
  'finish',
  'read',
  'prepare',
  'safetyCopy',
  'swap',
] as const;
export const backupStageSchema = z.enum(BACKUP_STAGES);
export type BackupStage = z.infer<typeof backupStageSchema>;

export const backupProgressSchema = z
  .object({
    kind: z.enum(['create', 'restore']),
    stage: backupStageSchema,
    /** Steps of the whole job done so far, out of `total` (tables count as steps while copying). */
    done: z.number().int().min(0),
    total: z.number().int().min(1),
  })
  .nullable();
export type BackupProgress = z.infer<typeof backupProgressSchema>;

export const driveSchema = z.object({
  path: z.string(),
  label: z.string(),
  freeBytes: z.number().nullable(),
  totalBytes: z.number().nullable(),
});
export type Drive = z.infer<typeof driveSchema>;

export const folderInfoSchema = z.object({
  exists: z.boolean(),
  freeBytes: z.number().nullable(),
  /** On the same file system as the data folder: a backup there dies with the disk. */
  systemDisk: z.boolean(),
});

export const backupStatusSchema = z.object({
  last: z.object({ file: z.string(), dir: z.string(), createdAt: z.string(), by: z.string() }).nullable(),
  keep: z.number().int(),
  warnAfterDays: z.number().int(),
  /** No verified backup, or the last one is older than `warnAfterDays`. */
  stale: z.boolean(),
  hasKeptPassphrase: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const backupSettingsInputSchema = z
  .object({
    keep: z
      .number({ error: 'validation.backupKeep' })
      .int('validation.backupKeep')
      .min(1, 'validation.backupKeep')
      .max(MAX_BACKUP_KEEP, 'validation.backupKeep'),
    warnAfterDays: z
      .number({ error: 'validation.backupWarnDays' })
      .int('validation.backupWarnDays')
      .min(1, 'validation.backupWarnDays')
      .max(MAX_BACKUP_WARN_DAYS, 'validation.backupWarnDays'),
  })
  .strict();

// Disaster recovery: a new install (no vault yet) set up from a backup, in the set-up wizard.

export const recoveryInspectInputSchema = z.object({ file: pathSchema, passphrase: typedPassphraseSchema }).strict();

/** An active administrator of the backup, who can become this install's first account. */
export const backupAdminSchema = z.object({ id: z.string(), username: z.string(), fullName: z.string() });
export type BackupAdmin = z.infer<typeof backupAdminSchema>;

export const recoveryInspectOutputSchema = z.object({
  info: backupInfoSchema,
  admins: z.array(backupAdminSchema),
  /** Other active accounts, each of which will get a temporary password. */
  otherUsers: z.number().int().min(0),
});

export const recoveryRestoreInputSchema = recoveryInspectInputSchema
  .extend({ adminId: z.string().min(1).max(100), password: passwordSchema })
  .strict();

/** A temporary password handed out after a disaster recovery, shown once. */
export const issuedPasswordSchema = z.object({
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  temporaryPassword: z.string(),
});
export type IssuedTemporaryPassword = z.infer<typeof issuedPasswordSchema>;
