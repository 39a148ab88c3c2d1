import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { tempBackupName } from '../../electron/core/backup/temp-files.ts';
import { readVaultFile } from '../../electron/core/vault/vault-file.ts';
import { call, callError } from '../fixtures/core.ts';
import { auditActions } from '../fixtures/premises.ts';
import { it } from '../fixtures/vault.ts';

const PASSPHRASE = 'lilac tractor ponders the harbour';

it('a backup removes the temporary files a crashed backup of this install left in the folder, and nothing else', async ({
  vault,
  dir,
}) => {
  const { client, db } = vault;
  const target = join(dir, 'usb');
  mkdirSync(target);
  const installId = readVaultFile(join(dir, 'vault.json')).installId;
  const stale = tempBackupName(installId);
  const others = [
    tempBackupName(randomUUID()), // another install's job, maybe running right now
    `${tempBackupName(randomUUID())}-journal`,
    '.haven-0123456789ab.havenbak.tmp', // the same shape without this install's tag
    `${tempBackupName(installId)}.bak`, // this install's form with anything after it is not ours
    `x${tempBackupName(installId)}`,
    'notes.txt',
  ];
  for (const name of [stale, `${stale}-journal`, ...others]) writeFileSync(join(target, name), 'left behind');

  // The core's checks come first: a weak passphrase stops the job before it touches the folder.
  const weak = await callError(client, 'backup.create', { targetDir: target, passphrase: 'haven haven haven' });
  expect(weak.fields?.passphrase).toMatch(/^validation\./);
  expect(readdirSync(target)).toContain(stale);

  const made = await call(client, 'backup.create', { targetDir: target, passphrase: PASSPHRASE });

  expect(readdirSync(target).sort()).toEqual([basename(made.file), ...others].sort());
  const [entry] = auditActions(db, basename(made.file));
  expect(entry?.detail.staleTempsRemoved).toEqual([stale, `${stale}-journal`].sort());

  // A second backup has nothing stale to remove and says nothing of it.
  vault.time.advance(60_000);
  const next = await call(client, 'backup.create', { targetDir: target, passphrase: PASSPHRASE });
  expect(auditActions(db, basename(next.file))[0]?.detail).not.toHaveProperty('staleTempsRemoved');
  expect(readdirSync(target).sort()).toEqual([basename(made.file), basename(next.file), ...others].sort());
});
