// Backup and restore of the large demo vault, as ratios to copying the database file side by side,
// and how much of each is the one passphrase KDF, a fixed cost whatever the size.
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_KDF, deriveBackupKey } from '../../electron/core/backup/key.ts';
import { openCore } from '../../electron/core/index.ts';
import { createDemoVault, DEMO_ACCOUNTS, DEMO_ORGANISATION } from '../../scripts/demo/vault.ts';
import { removeDir, tempDir, TEST_KDF_COST } from '../fixtures/core.ts';
import { cpuTime, median, ms, time } from './measure.ts';

const RESIDENTS = 5_000;
const RUNS = 5;
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
    const db = join(dir, 'haven.db');
    const copy = join(target, 'copy.db');
    // Each step timed by the clock and by this process's CPU time (the worker thread included):
    // the clock is what a person waits; CPU time stays honest when other work shares the machine.
    const steps = {
      copy: () => copyFileSync(db, copy),
      synced: () => {
        copyFileSync(db, copy);
        const fd = openSync(copy, 'r+');
        fsyncSync(fd);
        closeSync(fd);
      },
      kdf: async () => (await deriveBackupKey(PASSPHRASE, randomBytes(BACKUP_KDF.saltBytes))).fill(0),
    };
    const wall: Record<string, number[]> = {};
    const cpu: Record<string, number[]> = {};
    const measure = async (name: string, fn: () => unknown) => {
      let spent = 0;
      const took = await time(async () => {
        spent = await cpuTime(fn);
      });
      (wall[name] ??= []).push(took);
      (cpu[name] ??= []).push(spent);
    };
    let file = '';
    for (let i = 0; i < RUNS; i++) {
      for (const [name, fn] of Object.entries(steps)) {
        await measure(name, fn);
        rmSync(copy, { force: true });
      }
      await measure('backup', async () => {
        const r = await client.invoke('backup.create', { targetDir: target, passphrase: PASSPHRASE });
        if (!r.ok) throw new Error(`backup failed: ${r.error.code} ${r.error.message}`);
        file = (r.value as { file: string }).file;
      });
      await measure('restore', async () => {
        const r = await client.invoke('backup.restore', { file, passphrase: PASSPHRASE, confirm: DEMO_ORGANISATION });
        if (!r.ok) throw new Error(`restore failed: ${r.error.code} ${r.error.message}`);
      });
      await login();
      for (const f of readdirSync(dir)) if (f.startsWith('haven.db.before-restore-')) rmSync(join(dir, f));
    }
    core.close();
    const w = (name: string) => median(wall[name]!);
    const c = (name: string) => median(cpu[name]!);
    const ratios = (x: number, of: (name: string) => number) =>
      `${(x / of('copy')).toFixed(1)}× the copy, ${(x / of('synced')).toFixed(1)}× the fsync'd copy`;
    const line = (label: string, name: string, target?: string) => {
      const main = `  ${label.padEnd(46)} ${ms(w(name)).padStart(10)}  (cpu ${ms(c(name))})`;
      console.log(target ? `${main}  → ${ratios(w(name), w)} (target ≤ ${target})` : main);
    };
    const rest = (label: string, name: string) => {
      const x = w(name) - w('kdf');
      console.log(`    ${label.padEnd(44)} ${ms(x).padStart(10)}  → ${ratios(x, w)}`);
    };
    console.log(
      `\nBackup and restore, demo vault with ${RESIDENTS} residents (${(size / 1e6).toFixed(1)} MB), median of ${RUNS}, clock (cpu):`,
    );
    line('copy the database file (page cache)', 'copy');
    line('copy the database file + fsync', 'synced');
    line('one passphrase KDF (PBKDF2-SHA512, 256,000)', 'kdf');
    line('backup + fsync + verify on the target', 'backup', '5×');
    rest('minus the time of one KDF', 'backup');
    line('restore (verify, re-key, safety copy, swap)', 'restore', '6×');
    rest('minus the time of one KDF', 'restore');
    console.log(
      `  (by CPU time: backup ${ratios(c('backup'), c)}; restore ${ratios(c('restore'), c)};` +
        ` the KDF alone is ${(c('kdf') / c('synced')).toFixed(1)}× the fsync'd copy)`,
    );
  } finally {
    removeDir(dir);
    removeDir(target);
  }
}
