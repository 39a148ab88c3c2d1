import { join } from 'node:path';
import { openCore } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { call, removeDir, tempDir, TEST_KDF_COST } from '../fixtures/core.ts';
import { ADMIN, seedVault } from './flows.ts';
import { seedResidents } from './residents-seed.ts';

export const BACKUP_PASSPHRASE = 'lilac tractor ponders the harbour';
export const STAFF = { username: 'sam', fullName: 'Sam Staff' };

/**
 * The old PC: an install with residents, an administrator and a staff member, backed up to a
 * "drive" folder. Returns the backup file and the residents list as it was; the install itself is
 * gone (as on a dead PC).
 */
export async function backupOfAnotherInstall(drive: string): Promise<{ file: string; residents: unknown[] }> {
  const dir = tempDir();
  const core = openCore({ dataDir: dir, kdfCost: TEST_KDF_COST });
  try {
    await seedVault(core);
    await seedResidents(core);
    const client = core.connect();
    const session = await call(client, 'session.login', { username: ADMIN.username, password: ADMIN.password });
    await addUser(
      core,
      { ...STAFF, role: 'staff', password: 'sams own long password on the old pc' },
      session.user.id,
      new Date(),
    );
    const residents = await call(client, 'residents.list', {});
    const made = await call(client, 'backup.create', { targetDir: drive, passphrase: BACKUP_PASSPHRASE });
    return { file: join(drive, made.file.split(/[\\/]/).pop()!), residents };
  } finally {
    core.close();
    removeDir(dir);
  }
}
