import type { BackupAdmin } from '../../../shared/backup.ts';
import { sqlcipher } from './checks.ts';
import { rawKeyLiteral } from './format.ts';

// Who a backup's accounts are, for disaster recovery: the wizard lists the active administrators
// to choose from before anything is written. Runs in the backup worker with the backup's key (the
// core derived it once from the passphrase), after the file was opened and proved whole. Loaded
// by plain Node there: only erasable TypeScript.

export interface BackupAccounts {
  admins: BackupAdmin[];
  /** Active accounts of any role, the administrators included. */
  activeUsers: number;
}

export function readBackupAccounts(file: string, key: Uint8Array): BackupAccounts {
  const db = sqlcipher(file, { readonly: true });
  try {
    db.pragma(`key=${rawKeyLiteral(key)}`);
    const rows = db.prepare('SELECT id, username, full_name, role, active FROM users ORDER BY username').all() as {
      id: string;
      username: string;
      full_name: string;
      role: string;
      active: number;
    }[];
    const active = rows.filter((r) => r.active === 1);
    return {
      admins: active
        .filter((r) => r.role === 'admin')
        .map((r) => ({ id: r.id, username: r.username, fullName: r.full_name })),
      activeUsers: active.length,
    };
  } finally {
    db.close();
  }
}
