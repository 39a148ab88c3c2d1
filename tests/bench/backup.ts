// Backup and restore of the large demo vault, as ratios to copying the database file side by side.
import { closeSync, copyFileSync, fsyncSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../electron/core/index.ts';
import { createDemoVault, DEMO_ACCOUNTS, DEMO_ORGANISATION } from '../../scripts/demo/vault.ts';
import { removeDir, tempDir, TEST_KDF_COST } from '../fixtures/core.ts';
import { median, ms, time } from './measure.ts';

const RESIDENTS = 5_000;
const RUNS = 3;
const PASSWORD = 'bench-password-2026';
const PASSPHRASE = 'lilac tractor ponders the harbour';

export async function backupBench(): Promise<void> {
  const dir = tempDir();
  const target = tempDir();
  try {
    await createDemoVault({ dataDir: dir, password: PASSWORD, seed: 1, residents: RESIDENTS, kdfCost: TEST_KDF_COST });
    const core = openCore({ dataDir: dir, kdfCost: TEST_KDF_COST });
    const client = core.connect();
    const login = async () => {
      const r = await client.invoke('session.login', { username: DEMO_ACCOUNTS.admin, password: PASSWORD });
      if (!r.ok) throw new Error(`login failed: ${r.error.code}`);
    };
    await login();
    core.database().pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(join(dir, 'haven.db')).size;
    const copies: number[] = [];
    const synced: number[] = [];
    const backups: number[] = [];
    const restores: number[] = [];
    let file = '';
    for (let i = 0; i < RUNS; i++) {
      copies.push(await time(() => copyFileSync(join(dir, 'haven.db'), join(target, 'copy.db'))));
      rmSync(join(target, 'copy.db'));
      synced.push(
        await time(() => {
          copyFileSync(join(dir, 'haven.db'), join(target, 'copy.db'));
          const fd = openSync(join(target, 'copy.db'), 'r+');
          fsyncSync(fd);
          closeSync(fd);
        }),
      );
      rmSync(join(target, 'copy.db'));
      backups.push(
        await time(async () => {
          const r = await client.invoke('backup.create', { targetDir: target, passphrase: PASSPHRASE });
          if (!r.ok) throw new Error(`backup failed: ${r.error.code} ${r.error.message}`);
          file = (r.value as { file: string }).file;
        }),
      );
      restores.push(
        await time(async () => {
          const r = await client.invoke('backup.restore', { file, passphrase: PASSPHRASE, confirm: DEMO_ORGANISATION });
          if (!r.ok) throw new Error(`restore failed: ${r.error.code} ${r.error.message}`);
        }),
      );
      await login();
      for (const f of readdirSync(dir)) if (f.startsWith('haven.db.before-restore-')) rmSync(join(dir, f));
    }
    core.close();
    const c = median(copies);
    const cs = median(synced);
    const b = median(backups);
    const r = median(restores);
    console.log(
      `\nBackup and restore, demo vault with ${RESIDENTS} residents (${(size / 1e6).toFixed(1)} MB), median of ${RUNS}:`,
    );
    console.log(`  copy the database file (page cache):        ${ms(c)}`);
    console.log(`  copy the database file + fsync:             ${ms(cs)}`);
    console.log(
      `  backup + fsync + verify on the target:      ${ms(b)}  → ${(b / c).toFixed(1)}× the copy, ${(b / cs).toFixed(1)}× the fsync'd copy (target ≤ 5×)`,
    );
    console.log(
      `  restore (verify, re-key, safety copy, swap): ${ms(r)}  → ${(r / c).toFixed(1)}× the copy, ${(r / cs).toFixed(1)}× the fsync'd copy (target ≤ 6×)`,
    );
    console.log(
      "  (each passphrase open costs SQLCipher 4's PBKDF2 of 256,000 iterations, ~0.3 s here: twice per backup, twice per restore, whatever the size)",
    );
  } finally {
    removeDir(dir);
    removeDir(target);
  }
}
