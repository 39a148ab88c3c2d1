// Stable error codes that cross the IPC boundary. The renderer translates them by code
// (i18n key `errors.<CODE>`); the message is for logs and tests, never shown as is.
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'NO_SESSION',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'WRONG_CREDENTIALS',
  'WRONG_RECOVERY_KEY',
  'THROTTLED',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'VAULT_CORRUPT',
  'VAULT_MISSING',
  'DATABASE_MISSING',
  'WRONG_KEY',
  'DATABASE_DAMAGED',
  'DATABASE_TOO_NEW',
  'FOLDER_IN_USE',
  'ACCOUNT_INACTIVE',
  'LAST_ADMIN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
  'BACKUP_TARGET_MISSING',
  'BACKUP_TARGET_READ_ONLY',
  'BACKUP_TARGET_FULL',
  'BACKUP_WRITE_FAILED',
  'BACKUP_VERIFY_FAILED',
  'BACKUP_WRONG_PASSPHRASE',
  'BACKUP_NOT_A_BACKUP',
  'BACKUP_DAMAGED',
  'BACKUP_BUSY',
  'BACKUP_NO_KEPT_PASSPHRASE',
  'RESTORE_FAILED',
  'BACKUP_NO_ADMIN',
  'NOT_AN_ACTIVE_ADMIN',
  'ACTIVITY_ARCHIVED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Field path (dotted) → message key or text, for VALIDATION. */
  fields?: Record<string, string>;
  /** Extra data a screen needs to explain the error (e.g. `retryAt` for THROTTLED). */
  details?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown inside the core; dispatch turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  readonly details?: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: Record<string, string>; details?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.details = extra.details;
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, message: this.message };
    if (this.fields) shape.fields = this.fields;
    if (this.details) shape.details = this.details;
    return shape;
  }
}
