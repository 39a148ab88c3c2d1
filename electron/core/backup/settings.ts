import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  DEFAULT_BACKUP_KEEP,
  DEFAULT_BACKUP_WARN_DAYS,
  MAX_BACKUP_KEEP,
  MAX_BACKUP_WARN_DAYS,
  type BackupStatus,
} from '../../../shared/backup.ts';
import type { Db } from '../db/connection.ts';
import { getSetting, setSetting, type SettingKey } from '../settings/queries.ts';

// What the backup module keeps in the settings table: how many backups to keep and when to warn,
// the last verified backup, the files this install wrote (to prune only its own), and the kept
// passphrase, wrapped by the data key.

function whole(db: Db, key: SettingKey, fallback: number, max: number): number {
  const n = Number(getSetting(db, key));
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

export const keepCount = (db: Db) => whole(db, 'backup_keep', DEFAULT_BACKUP_KEEP, MAX_BACKUP_KEEP);
export const warnAfterDays = (db: Db) => whole(db, 'backup_warn_days', DEFAULT_BACKUP_WARN_DAYS, MAX_BACKUP_WARN_DAYS);

const lastSchema = z.object({ file: z.string(), dir: z.string(), createdAt: z.string(), by: z.string() });
export type LastBackup = z.infer<typeof lastSchema>;

function readJson<T>(db: Db, key: SettingKey, schema: z.ZodType<T>): T | null {
  const text = getSetting(db, key);
  if (text === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const lastBackup = (db: Db) => readJson(db, 'backup_last', lastSchema);
export const setLastBackup = (db: Db, last: LastBackup) => setSetting(db, 'backup_last', JSON.stringify(last));

/** A file this install wrote: its folder, name and SQLCipher salt (the first 16 bytes), to know it again. */
const historySchema = z.array(z.object({ dir: z.string(), name: z.string(), salt: z.string(), createdAt: z.string() }));
export type BackupRecord = z.infer<typeof historySchema>[number];
const MAX_HISTORY = 500;

export const backupHistory = (db: Db) => readJson(db, 'backup_history', historySchema) ?? [];
export const setBackupHistory = (db: Db, records: BackupRecord[]) =>
  setSetting(db, 'backup_history', JSON.stringify(records.slice(-MAX_HISTORY)));

export function backupStatus(db: Db, now: Date, hasKept: boolean): BackupStatus {
  const last = lastBackup(db);
  const days = warnAfterDays(db);
  const stale = !last || now.getTime() - new Date(last.createdAt).getTime() > days * 86_400_000;
  return { last, keep: keepCount(db), warnAfterDays: days, stale, hasKeptPassphrase: hasKept };
}

// The kept passphrase: AES-256-GCM under the data key, so it is readable only with the database open.
const AAD = Buffer.from('haven-backup-passphrase', 'utf8');
const wrappedSchema = z.object({ iv: z.string(), ciphertext: z.string(), tag: z.string() });

export function keepPassphrase(db: Db, dataKey: Buffer, passphrase: string): void {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  cipher.setAAD(AAD);
  const ciphertext = Buffer.concat([cipher.update(passphrase, 'utf8'), cipher.final()]);
  const wrapped = {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
  setSetting(db, 'backup_passphrase', JSON.stringify(wrapped));
}

export function hasKeptPassphrase(db: Db): boolean {
  return getSetting(db, 'backup_passphrase') !== undefined;
}

/** The kept passphrase, or null when none is kept (or it was wrapped under another data key). */
export function keptPassphrase(db: Db, dataKey: Buffer): string | null {
  const w = readJson(db, 'backup_passphrase', wrappedSchema);
  if (!w) return null;
  try {
    const d = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(w.iv, 'base64'));
    d.setAAD(AAD);
    d.setAuthTag(Buffer.from(w.tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(w.ciphertext, 'base64')), d.final()]).toString('utf8');
  } catch {
    return null;
  }
}
