import { chmodSync, copyFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { BackupInfo, backupOpenInputSchema, backupRestoreInputSchema } from '../../../shared/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import { currentAuditHead } from '../audit/chain-check.ts';
import { auditedAs, type Actor } from '../actor.ts';
import type { BackupSite } from '../context.ts';
import { openDatabase, type Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { migrate } from '../db/migrate.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { writeTx } from '../db/tx.ts';
import { PRIVATE_FILE_MODE } from '../platform/private-files.ts';
import { getSetting } from '../settings/queries.ts';
import { findUserByUsername, insertUser, type User } from '../users/queries.ts';
import { bindRecoverySlot } from '../vault/slot-owners.ts';
import { fsyncDir } from '../vault/vault-file.ts';
import { backupSalt, fsyncFile } from './checks.ts';
import { deriveBackupKey } from './key.ts';
import type { BackupMeta } from './format.ts';
import { choosePassphrase, signedInAccount } from './passphrase.ts';
import { runInWorker } from './run-worker.ts';
import { withJob } from './state.ts';
import type { RestoreStep } from './testing.ts';
import { discardPrepared, finishSwap, RESTORE_FILE, swapFiles, writeMarker } from './swap.ts';

type OpenInput = z.output<typeof backupOpenInputSchema>;
type RestoreInput = z.output<typeof backupRestoreInputSchema>;

const infoOf = (site: Pick<BackupSite, 'readyVault'>, meta: BackupMeta): BackupInfo => ({
  createdAt: meta.createdAt,
  createdBy: meta.createdBy,
  organisation: meta.organisation,
  premises: meta.premises,
  appVersion: meta.appVersion,
  schemaVersion: meta.schemaVersion,
  counts: meta.counts,
  sameInstall: meta.installId === site.readyVault().installId,
});

export async function inspectBackup(site: BackupSite, input: OpenInput): Promise<BackupInfo> {
  const file = resolve(input.file);
  const key = deriveBackupKey(choosePassphrase(site, input), backupSalt(file));
  const meta = await runInWorker(
    site.backupWorker,
    { kind: 'open', file },
    key,
    () => {},
    () => {},
  );
  return infoOf(site, meta);
}

interface Bindings {
  slots: { slot_id: string; user_id: string; bound_at: string }[];
  recoverySlot: string | undefined;
  /** The administrator restoring, as the live database has them. */
  restorer: User;
}

/** Who owns which key slot of vault.json, as the live database says: the slots stay as they are. */
function liveBindings(db: Db, actor: Actor): Bindings {
  return {
    slots: prepared(db, 'SELECT slot_id, user_id, bound_at FROM key_slot_owners').all() as Bindings['slots'],
    recoverySlot: getSetting(db, 'recovery_slot'),
    restorer: signedInAccount(db, actor),
  };
}

/**
 * The administrator who restores can sign in afterwards, even into data from another install (a
 * new PC restoring the old one's backup): their slot goes to the restored account of the same
 * username (its role is the backup's), or, with none, their account is added as it is here.
 */
function keepRestorer(db: Db, b: Bindings, known: Set<string>, now: Date): void {
  const { restorer } = b;
  if (known.has(restorer.id)) return;
  const same = findUserByUsername(db, restorer.username);
  if (same) {
    for (const s of b.slots) if (s.user_id === restorer.id) s.user_id = same.id;
    known.add(same.id);
    return;
  }
  insertUser(
    db,
    {
      id: restorer.id,
      username: restorer.username,
      fullName: restorer.fullName,
      role: 'admin',
      language: restorer.language,
    },
    now,
  );
  known.add(restorer.id);
}

/**
 * Brings the prepared copy to this install: schema migrated, this install's key slots bound to the
 * restored users that own them, the restore audited. Still beside the live database; nothing live
 * has changed yet. Returns the audit head vault.json must record.
 */
function finishPrepared(
  site: Pick<BackupSite, 'heldDataKey'>,
  file: string,
  meta: BackupMeta,
  bindings: Bindings,
  actor: Actor,
) {
  const { now } = actor;
  const db = openDatabase(file, Buffer.from(site.heldDataKey()));
  try {
    migrate(db, now);
    const known = new Set((db.prepare('SELECT id FROM users').all() as { id: string }[]).map((u) => u.id));
    writeTx(db, auditedAs(actor), (audit) => {
      keepRestorer(db, bindings, known, now);
      db.prepare('DELETE FROM key_slot_owners').run();
      const bind = db.prepare('INSERT INTO key_slot_owners (slot_id, user_id, bound_at) VALUES (?, ?, ?)');
      for (const b of bindings.slots) if (known.has(b.user_id)) bind.run(b.slot_id, b.user_id, b.bound_at);
      if (bindings.recoverySlot) bindRecoverySlot(db, bindings.recoverySlot);
      audit({
        action: 'backup.restore',
        recordType: 'backup',
        recordId: basename(file),
        detail: {
          backupCreatedAt: meta.createdAt,
          backupCreatedBy: meta.createdBy,
          fromSchema: meta.schemaVersion,
          by: bindings.restorer.username,
        },
      });
    });
    const head = currentAuditHead(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return head;
  } finally {
    db.close();
  }
}

export function restoreBackup(site: BackupSite, input: RestoreInput, actor: Actor): Promise<void> {
  const { now } = actor;
  return withJob(site, 'restore', async (report) => {
    const db = site.database();
    const organisation = getSetting(db, 'organisation') ?? '';
    if (input.confirm.trim() !== organisation.trim()) {
      throw new AppError('VALIDATION', 'Type the organisation name to confirm.', {
        fields: { confirm: 'validation.confirmOrganisation' },
      });
    }
    const file = resolve(input.file);
    const key = deriveBackupKey(choosePassphrase(site, input), backupSalt(file));
    const prepared = join(site.dataDir, RESTORE_FILE);
    discardPrepared(site);
    const step = async (s: RestoreStep) => site.backupTesting.atRestoreStep?.(s);
    let head: ReturnType<typeof finishPrepared>;
    let backupCreatedAt: string;
    try {
      const meta = await runInWorker(
        site.backupWorker,
        { kind: 'prepare', file, key: new Uint8Array(site.heldDataKey()), outFile: prepared },
        key,
        () => {},
        report,
      );
      const latest = MIGRATIONS.at(-1)?.version ?? 0;
      if (meta.schemaVersion > latest) {
        throw new AppError(
          'DATABASE_TOO_NEW',
          `The backup has schema ${meta.schemaVersion}; this Haven knows up to ${latest}.`,
          {
            details: { found: meta.schemaVersion, supported: latest },
          },
        );
      }
      backupCreatedAt = meta.createdAt;
      report('prepare', 4, 6);
      head = finishPrepared(site, prepared, meta, liveBindings(site.database(), actor), actor);
      fsyncFile(prepared);
      await step('prepared');
    } catch (e) {
      discardPrepared(site);
      throw e;
    }
    // From here the live database changes hands: every window is signed out and it is closed.
    site.endAllSessions(backupCreatedAt);
    const marker = { restoreFile: RESTORE_FILE, auditHead: head };
    try {
      report('safetyCopy', 5, 6);
      const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
      const safety = join(site.dataDir, `haven.db.before-restore-${stamp}`);
      copyFileSync(site.dbPath, safety);
      chmodSync(safety, PRIVATE_FILE_MODE);
      fsyncFile(safety);
      fsyncDir(site.dataDir);
      await step('safetyCopied');
      report('swap', 6, 6);
      writeMarker(site, marker); // the commit point
    } catch (e) {
      discardPrepared(site);
      if (e instanceof AppError) throw e;
      throw new AppError('RESTORE_FAILED', `Nothing was restored: ${(e as Error).message}`);
    }
    await step('markerWritten');
    // A failure from here on is finished at the next start or sign-in (recoverInterruptedRestore).
    swapFiles(site);
    await step('swapped');
    finishSwap(site, marker);
  });
}
