import { randomUUID } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import type { z } from 'zod';
import type {
  BackupInfo,
  IssuedTemporaryPassword,
  recoveryInspectInputSchema,
  recoveryInspectOutputSchema,
  recoveryRestoreInputSchema,
} from '../../../shared/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import { currentAuditHead } from '../audit/chain-check.ts';
import type { BackupMeta } from '../backup/format.ts';
import { backupSalt } from '../backup/checks.ts';
import { deriveBackupKey } from '../backup/key.ts';
import { runInWorker, runWorker } from '../backup/run-worker.ts';
import type { SetupSite } from '../context.ts';
import { openDatabase } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { prepared } from '../db/statements.ts';
import { writeTx } from '../db/tx.ts';
import { getPremisesName } from '../premises/queries.ts';
import { deleteSetting, getSetting } from '../settings/queries.ts';
import { findUserById, listUsers, markPasswordChanged } from '../users/queries.ts';
import { temporaryPassword } from '../users/temporary-password.ts';
import { installVault, withScratch } from './install.ts';
import { normalisePassword } from './kdf.ts';
import { makeSlot, newDataKey } from './keyring.ts';
import { requireAcceptablePassword } from './password-policy.ts';
import { newRecoveryKey } from './recovery-key.ts';
import { bindRecoverySlot, bindSlot } from './slot-owners.ts';
import type { Slot } from './vault-file.ts';

// Disaster recovery: a new install set up from a backup of another (a new PC and the USB drive).
// The backup becomes this install's database under a NEW data key; one active administrator of the
// backup gets a password chosen now, a new recovery key is made, and every other active account a
// temporary password to replace at first sign-in. The old install's key slots mean nothing here.

type InspectInput = z.output<typeof recoveryInspectInputSchema>;
type RestoreInput = z.output<typeof recoveryRestoreInputSchema>;

/** What disaster recovery needs of the core: the data folder of a new install and the backup worker. */
export interface RecoverySite extends SetupSite {
  readonly backupWorker: string | URL;
}

/** These channels work only before any vault exists: afterwards restoring is the Restore page's job. */
function requireNewInstall(site: SetupSite): void {
  const state = site.vaultState();
  if (state.state === 'broken') throw state.problem;
  if (state.state === 'ready') throw new AppError('ALREADY_SET_UP', 'Haven is already set up here.');
}

const infoOf = (meta: BackupMeta): BackupInfo => ({
  createdAt: meta.createdAt,
  createdBy: meta.createdBy,
  organisation: meta.organisation,
  premises: meta.premises,
  appVersion: meta.appVersion,
  schemaVersion: meta.schemaVersion,
  counts: meta.counts,
  sameInstall: false,
});

const noAdmin = () =>
  new AppError('BACKUP_NO_ADMIN', 'The backup holds no active administrator account to set this install up with.');

export async function inspectForRecovery(
  site: RecoverySite,
  input: InspectInput,
): Promise<z.output<typeof recoveryInspectOutputSchema>> {
  requireNewInstall(site);
  const file = resolve(input.file);
  const key = deriveBackupKey(input.passphrase, backupSalt(file));
  const job = { kind: 'open' as const, file, accounts: true };
  const { meta, accounts } = await runWorker(
    site.backupWorker,
    job,
    key,
    () => {},
    () => {},
  );
  if (!accounts || accounts.admins.length === 0) throw noAdmin();
  return { info: infoOf(meta), admins: accounts.admins, otherUsers: accounts.activeUsers - 1 };
}

interface Issued extends IssuedTemporaryPassword {
  id: string;
  slot: Slot;
}

/**
 * Builds the new install from the backup and puts it in place. Nothing is written to the data
 * folder but a scratch folder until every check passed (passphrase, file, the chosen account, the
 * password policy); installVault then commits with one rename.
 */
export function restoreForRecovery(
  site: RecoverySite,
  input: RestoreInput,
  now: Date,
): Promise<{ recoveryKey: string; userId: string; temporaryPasswords: IssuedTemporaryPassword[] }> {
  requireNewInstall(site);
  const dataKey = newDataKey();
  const file = resolve(input.file);
  return withScratch(site, async (scratch) => {
    const built = join(scratch, 'haven.db');
    const job = { kind: 'prepare' as const, file, key: new Uint8Array(dataKey), outFile: built };
    const backupKey = deriveBackupKey(input.passphrase, backupSalt(file));
    const meta = await runInWorker(
      site.backupWorker,
      job,
      backupKey,
      () => {},
      () => {},
    );
    const db = openDatabase(built, dataKey);
    try {
      migrate(db, now); // a backup from an older schema
      const admin = findUserById(db, input.adminId);
      if (!admin || !admin.active || admin.role !== 'admin') {
        if (!listUsers(db).some((u) => u.active && u.role === 'admin')) throw noAdmin();
        throw new AppError('NOT_AN_ACTIVE_ADMIN', 'Only an active administrator of the backup can be chosen.', {
          fields: { adminId: 'validation.notAnActiveAdmin' },
        });
      }
      const related = [getSetting(db, 'organisation') ?? '', getPremisesName(db) ?? ''];
      await requireAcceptablePassword(
        input.password,
        { username: admin.username, fullName: admin.fullName, related },
        'password',
      );

      const cost = site.kdfCost;
      const slot = (secret: string, fields: { kind: Slot['kind']; userId: string | null; username?: string }) =>
        makeSlot(dataKey, secret, { ...fields, now, cost });
      const adminSlot = await slot(normalisePassword(input.password), {
        kind: 'password',
        userId: admin.id,
        username: admin.username,
      });
      const recoveryKey = newRecoveryKey();
      const recovery = await slot(recoveryKey.replace(/-/g, ''), { kind: 'recovery', userId: null });
      // One at a time: each derivation takes 128 MiB at the shipped cost.
      const issued: Issued[] = [];
      for (const u of listUsers(db).filter((x) => x.active && x.id !== admin.id)) {
        const password = temporaryPassword();
        const s = await slot(normalisePassword(password), { kind: 'password', userId: u.id, username: u.username });
        issued.push({
          id: u.id,
          username: u.username,
          fullName: u.fullName,
          role: u.role,
          temporaryPassword: password,
          slot: s,
        });
      }

      writeTx(db, { at: now, userId: admin.id }, (audit) => {
        // The old install's slots are not in this vault.json; its kept backup passphrase was
        // wrapped by its data key, which this install never had.
        prepared(db, 'DELETE FROM key_slot_owners').run();
        deleteSetting(db, 'slot_owners_backfill');
        deleteSetting(db, 'backup_passphrase');
        bindSlot(db, adminSlot.id, admin.id, now);
        markPasswordChanged(db, admin.id, now);
        bindRecoverySlot(db, recovery.id);
        audit({
          action: 'vault.restoreBackup',
          recordType: 'backup',
          recordId: basename(file),
          detail: {
            backupCreatedAt: meta.createdAt,
            backupCreatedBy: meta.createdBy,
            fromSchema: meta.schemaVersion,
            admin: admin.username,
            temporaryPasswords: issued.length,
          },
        });
        for (const u of issued) {
          bindSlot(db, u.slot.id, u.id, now);
          markPasswordChanged(db, u.id, now, true);
          audit({
            action: 'users.resetPassword',
            recordType: 'user',
            recordId: u.id,
            detail: { reason: 'restoreBackup' },
          });
        }
      });
      const auditHead = currentAuditHead(db);
      db.pragma('wal_checkpoint(TRUNCATE)'); // one file is moved, whole
      db.close();
      installVault(site, built, {
        format: 'haven-vault',
        version: 1,
        installId: randomUUID(),
        slots: [adminSlot, recovery, ...issued.map((u) => u.slot)],
        ...(auditHead ? { auditHead } : {}),
      });
      return {
        recoveryKey,
        userId: admin.id,
        temporaryPasswords: issued.map(({ id: _id, slot: _slot, ...rest }) => rest),
      };
    } finally {
      if (db.open) db.close();
    }
  }).finally(() => dataKey.fill(0));
}
