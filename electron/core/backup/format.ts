// The .havenbak format (docs/backup.md): a SQLCipher 4 database keyed by the backup passphrase
// with SQLCipher's own key derivation, holding every table of haven.db plus one metadata table.
// Loaded by the backup worker too: plain Node strips the types, so only erasable TypeScript here.

export const META_TABLE = 'haven_backup';
export const BACKUP_FORMAT = 'havenbak';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupMeta {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  createdBy: string;
  createdById: string;
  installId: string;
  organisation: string;
  premises: string;
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string } | null;
}

/** SQL string literal: the passphrase goes into ATTACH … KEY and PRAGMA key as text. */
export function sqlText(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function sqlName(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** SQLCipher 4 with a raw 256-bit key (the data key): the x'…' form, never the bytes as a passphrase. */
export function rawKeyLiteral(key: Uint8Array): string {
  return `"x'${Buffer.from(key).toString('hex')}'"`;
}

/** "Safe House Đurđevak" → "safe-house-djurdjevak": ASCII that every file system takes. */
export function premisesSlug(name: string): string {
  const slug = name
    .replace(/[đĐ]/g, 'dj')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'premises';
}

const two = (n: number) => String(n).padStart(2, '0');

/** `haven-<premises>-<YYYYMMDD-HHmm>.havenbak`, in the computer's local time (what a person reads). */
export function backupFileName(premises: string, at: Date, suffix = 0): string {
  const stamp = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  return `haven-${premisesSlug(premises)}-${stamp}${suffix ? `-${suffix + 1}` : ''}.havenbak`;
}
