import { accessSync, constants, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { backupCreateInputSchema, backupCreateOutputSchema } from '../../../shared/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import { auditedAs, type Actor } from '../actor.ts';
import type { BackupSite } from '../context.ts';
import { writeTx } from '../db/tx.ts';
import { getPremisesName } from '../premises/queries.ts';
import { getSetting } from '../settings/queries.ts';
import { fsyncDir } from '../vault/vault-file.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupFileName } from './format.ts';
import { BACKUP_KDF, deriveBackupKey, saltOfFile } from './key.ts';
import { choosePassphrase, requireStrongPassphrase, signedInAccount } from './passphrase.ts';
import { runInWorker } from './run-worker.ts';
import {
  backupHistory,
  keepCount,
  keepPassphrase,
  setBackupHistory,
  setLastBackup,
  type BackupRecord,
} from './settings.ts';
import { withJob } from './state.ts';
import { removeStaleTemps, tempBackupName } from './temp-files.ts';
import { writeError } from './work.ts';

type Input = z.output<typeof backupCreateInputSchema>;
type Output = z.output<typeof backupCreateOutputSchema>;

/** The target folder is there, a folder, and writable: told before any work starts. */
export function requireWritableFolder(dir: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    throw new AppError('BACKUP_TARGET_MISSING', `The folder ${dir} is not there: ${(e as Error).message}`);
  }
  if (!isDir) throw new AppError('BACKUP_TARGET_MISSING', `${dir} is not a folder.`);
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new AppError('BACKUP_TARGET_READ_ONLY', `Cannot write to ${dir}: ${(e as Error).message}`);
  }
}

function freeName(dir: string, premises: string, at: Date): string {
  for (let i = 0; ; i++) {
    const name = backupFileName(premises, at, i);
    if (!existsSync(join(dir, name))) return name;
  }
}

const saltOf = (file: string): string => saltOfFile(file).toString('hex');

/**
 * Keeps the newest `keep` backups this install wrote into `dir`. A file is ours only if it is in
 * our record with the same SQLCipher salt (its first 16 bytes, random per file): another install's
 * backup, or any other file, is never touched. Returns the names removed and the record left.
 */
function prune(dir: string, history: BackupRecord[], keep: number): { removed: string[]; history: BackupRecord[] } {
  const stillThere = history.filter((r) => {
    if (r.dir !== dir) return true; // another drive, maybe not plugged in now: keep its record
    const file = join(r.dir, r.name);
    try {
      return existsSync(file) && saltOf(file) === r.salt;
    } catch {
      return false;
    }
  });
  const here = stillThere.filter((r) => r.dir === dir).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const old = here.slice(0, Math.max(0, here.length - keep));
  const removed: string[] = [];
  for (const r of old) {
    try {
      rmSync(join(dir, r.name));
      removed.push(r.name);
    } catch {
      // Left for the next backup to try again; the new backup itself is complete.
    }
  }
  return { removed, history: stillThere.filter((r) => !removed.includes(r.name) || r.dir !== dir) };
}

export function createBackup(site: BackupSite, input: Input, actor: Actor): Promise<Output> {
  const { now } = actor;
  return withJob(site, 'create', async (report) => {
    const db = site.database();
    const passphrase = choosePassphrase(site, input);
    const dir = resolve(input.targetDir);
    const salt = randomBytes(BACKUP_KDF.saltBytes);
    const premises = getPremisesName(db) ?? 'haven';
    const user = signedInAccount(db, actor);
    const installId = site.readyVault().installId;
    const tmpFile = join(dir, tempBackupName(installId));
    let staleRemoved: string[] = [];
    const meta = await runInWorker(
      site.backupWorker,
      {
        kind: 'create',
        dbPath: site.dbPath,
        key: new Uint8Array(site.heldDataKey()),
        tmpFile,
        salt: new Uint8Array(salt),
        meta: {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          appVersion: site.appVersion,
          createdAt: now.toISOString(),
          createdBy: `${user.fullName} (${user.username})`,
          createdById: user.id,
          installId,
          organisation: getSetting(db, 'organisation') ?? '',
          premises,
        },
        ...(site.backupTesting.fault ? { fault: site.backupTesting.fault } : {}),
      },
      // The worker loads and the key is derived while the passphrase and the folder are checked.
      deriveBackupKey(passphrase, salt),
      async () => {
        if (!input.useKeptPassphrase) await requireStrongPassphrase(db, passphrase, actor);
        requireWritableFolder(dir);
        // Before the worker writes: the space a crashed job left is free for this one.
        staleRemoved = removeStaleTemps(dir, installId, basename(tmpFile));
      },
      report,
    ).finally(() => rmSync(`${tmpFile}-journal`, { force: true }));
    const total = Object.keys(meta.counts).length + 4;
    report('finish', total, total);
    const name = freeName(dir, premises, now);
    try {
      renameSync(tmpFile, join(dir, name));
      fsyncDir(dir);
    } catch (e) {
      rmSync(tmpFile, { force: true });
      throw writeError(e, dir);
    }
    const record = { dir, name, salt: saltOf(join(dir, name)), createdAt: now.toISOString() };
    const live = site.database();
    const { removed, history } = prune(dir, [...backupHistory(live), record], keepCount(live));
    writeTx(live, auditedAs(actor), (audit) => {
      setBackupHistory(live, history);
      setLastBackup(live, { file: name, dir, createdAt: now.toISOString(), by: meta.createdBy });
      if (input.keepPassphrase && !input.useKeptPassphrase) keepPassphrase(live, site.heldDataKey(), passphrase);
      audit({
        action: 'backup.create',
        recordType: 'backup',
        recordId: name,
        detail: {
          dir,
          rows: Object.values(meta.counts).reduce((a, b) => a + b, 0),
          removed,
          ...(staleRemoved.length ? { staleTempsRemoved: staleRemoved } : {}),
          passphraseKept: input.keepPassphrase,
        },
      });
    });
    return { file: join(dir, name), verified: true as const, counts: meta.counts, removed };
  });
}
