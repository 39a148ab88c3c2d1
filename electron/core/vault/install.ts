import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import type { SetupSite } from '../context.ts';
import { fsyncDir, writeVaultFile, type VaultFile } from './vault-file.ts';

// Putting a new vault in place (set-up, and disaster recovery from a backup) so that a crash at any
// point leaves either no vault (the wizard runs again) or a complete one. The database is built in
// a scratch folder; vault.json is written whole beside it under a pending name; then the database is
// renamed in (the commit point) and the pending vault.json after it. A crash between the two renames
// is finished at the next start (finishInterruptedSetup); one before them leaves only leftovers,
// which are removed.

export const PENDING_VAULT = 'vault.json.pending';
const SCRATCH_PREFIX = '.setup-';

/** Scratch folders of a set-up running in this process: not leftovers of a crash. */
const inUse = new Set<string>();

/** Runs `work` with a fresh scratch folder inside the data folder, removed afterwards whatever happens. */
export async function withScratch<T>(site: SetupSite, work: (scratch: string) => Promise<T>): Promise<T> {
  const scratch = mkdtempSync(join(site.dataDir, SCRATCH_PREFIX));
  inUse.add(scratch);
  try {
    return await work(scratch);
  } finally {
    inUse.delete(scratch);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Moves the built database in and writes its vault.json. The data folder must still be new. */
export function installVault(site: SetupSite, builtDb: string, vault: VaultFile): void {
  if (site.vaultState().state !== 'new') throw new AppError('ALREADY_SET_UP', 'Haven was set up meanwhile.');
  const pending = join(site.dataDir, PENDING_VAULT);
  writeVaultFile(pending, vault);
  renameSync(builtDb, site.dbPath);
  fsyncDir(site.dataDir);
  renameSync(pending, site.vaultPath);
  fsyncDir(site.dataDir);
}

/**
 * At start-up (the folder lock just taken): a set-up cut short after its commit point gets its
 * vault.json; one cut short before it leaves nothing behind.
 */
export function finishInterruptedSetup(site: SetupSite): void {
  const pending = join(site.dataDir, PENDING_VAULT);
  if (existsSync(pending)) {
    if (existsSync(site.dbPath) && !existsSync(site.vaultPath)) {
      renameSync(pending, site.vaultPath);
      fsyncDir(site.dataDir);
    } else {
      rmSync(pending, { force: true });
    }
  }
  for (const name of readdirSync(site.dataDir)) {
    const path = join(site.dataDir, name);
    if (name.startsWith(SCRATCH_PREFIX) && !inUse.has(path)) rmSync(path, { recursive: true, force: true });
  }
}
