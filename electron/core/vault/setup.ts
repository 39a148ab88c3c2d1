import { join } from 'node:path';
import { uuidv7 } from '../ids.ts';
import { randomUUID } from 'node:crypto';
import type { SetupInput } from '../../../shared/domain.ts';
import { AppError } from '../../../shared/errors.ts';
import { currentAuditHead } from '../audit/chain-check.ts';
import { openDatabase } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { writeTx } from '../db/tx.ts';
import type { SetupSite } from '../context.ts';
import { insertPremises } from '../premises/queries.ts';
import { setSetting } from '../settings/queries.ts';
import { insertUser } from '../users/queries.ts';
import { normalisePassword } from './kdf.ts';
import { makeSlot, newDataKey } from './keyring.ts';
import { requireAcceptablePassword } from './password-policy.ts';
import { newRecoveryKey } from './recovery-key.ts';
import { bindRecoverySlot, bindSlot } from './slot-owners.ts';
import { installVault, withScratch } from './install.ts';
import type { AuditHead } from './vault-file.ts';

/**
 * First run: a new data key, the database, the first administrator and two key slots (password,
 * recovery). The database is built in a scratch folder and put in place with its vault.json by
 * installVault: a crash leaves no vault or a whole one, never half.
 */
export async function setUpVault(
  site: SetupSite,
  input: SetupInput,
  now: Date,
): Promise<{ recoveryKey: string; userId: string }> {
  const state = site.vaultState();
  if (state.state === 'broken') throw state.problem;
  if (state.state === 'ready') throw new AppError('ALREADY_SET_UP', 'Haven is already set up here.');
  const { username, fullName, organisation, premises } = input;
  await requireAcceptablePassword(
    input.password,
    { username, fullName, related: [organisation, premises] },
    'password',
  );

  const dataKey = newDataKey();
  const recoveryKey = newRecoveryKey();
  const userId = uuidv7();
  try {
    await withScratch(site, async (scratch) => {
      const cost = site.kdfCost;
      const [password, recovery] = [
        await makeSlot(dataKey, normalisePassword(input.password), {
          kind: 'password',
          userId,
          username: input.username,
          now,
          cost,
        }),
        await makeSlot(dataKey, recoveryKey.replace(/-/g, ''), { kind: 'recovery', userId: null, now, cost }),
      ];
      const scratchDb = join(scratch, 'haven.db');
      const db = openDatabase(scratchDb, dataKey, { create: true });
      let auditHead: AuditHead | null;
      try {
        migrate(db, now);
        writeTx(db, { at: now, userId }, (audit) => {
          setSetting(db, 'organisation', input.organisation);
          insertPremises(db, { id: uuidv7(), name: input.premises }, now);
          insertUser(
            db,
            { id: userId, username: input.username, fullName: input.fullName, role: 'admin', language: input.language },
            now,
          );
          bindSlot(db, password.id, userId, now);
          bindRecoverySlot(db, recovery.id);
          audit({ action: 'vault.setup', recordType: 'user', recordId: userId });
        });
        auditHead = currentAuditHead(db);
        // Fold the WAL into the main file so that one file is moved, whole.
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      installVault(site, scratchDb, {
        format: 'haven-vault',
        version: 1,
        installId: randomUUID(),
        slots: [password, recovery],
        ...(auditHead ? { auditHead } : {}),
      });
    });
  } finally {
    dataKey.fill(0);
  }
  return { recoveryKey, userId };
}
