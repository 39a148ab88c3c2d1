import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

// slot_owners_backfill, recovery_slot: vault/slot-owners.ts; audit_warning: audit/chain-check.ts.
// backup_*: backup/settings.ts.
export type SettingKey =
  | 'organisation'
  | 'slot_owners_backfill'
  | 'recovery_slot'
  | 'audit_warning'
  | 'idleLockMinutes'
  | 'backup_keep'
  | 'backup_warn_days'
  | 'backup_last'
  | 'backup_history'
  | 'backup_passphrase';

export function getSetting(db: Db, key: SettingKey): string | undefined {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setSetting(db: Db, key: SettingKey, value: string): void {
  prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function deleteSetting(db: Db, key: SettingKey): void {
  prepared(db, 'DELETE FROM settings WHERE key = ?').run(key);
}
