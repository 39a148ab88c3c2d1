import { call, callError, removeDir, tempDir } from '../fixtures/core.ts';
import { ADMIN, confirmRecoveryKey } from './flows.ts';
import { expect, test } from './harness.ts';
import { BACKUP_PASSPHRASE, backupOfAnotherInstall, STAFF } from './recovery-seed.ts';

const NEW_PASSWORD = 'violet kettles hum beside the river';

test('a new install restored from a backup in the set-up wizard', async ({ app, core }) => {
  const drive = tempDir();
  try {
    const { file, residents } = await backupOfAnotherInstall(drive);
    await app.reload();
    await expect(app.getByRole('heading', { name: 'Set up Haven' })).toBeVisible();
    await app.getByRole('button', { name: 'Restore from a backup' }).click();

    await app.getByTestId('restore-file').fill(file);
    await app.getByLabel('Backup passphrase').fill('not the passphrase');
    await app.getByRole('button', { name: 'Check the backup' }).click();
    await expect(app.getByText('Wrong passphrase')).toBeVisible({ timeout: 30_000 });
    await app.getByLabel('Backup passphrase').fill(BACKUP_PASSPHRASE);
    await app.getByRole('button', { name: 'Check the backup' }).click();
    await expect(app.getByTestId('backup-info')).toContainText(ADMIN.fullName, { timeout: 30_000 });
    await expect(app.getByTestId('backup-info')).toContainText(ADMIN.organisation);
    await app.getByRole('button', { name: 'Next' }).click();

    await expect(app.getByRole('radio', { name: `${ADMIN.fullName} (${ADMIN.username})` })).toBeChecked();
    await expect(app.getByText('1 other account will get a temporary password')).toBeVisible();
    await app.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await app.getByLabel('Type the new password again').fill(`${NEW_PASSWORD}.`);
    await app.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(app.getByText('The two passwords are not the same.')).toBeVisible();
    await app.getByLabel('Type the new password again').fill(NEW_PASSWORD);
    await app.getByRole('button', { name: 'Restore', exact: true }).click();

    const key = app.getByTestId('recovery-key');
    await expect(key).toBeVisible({ timeout: 30_000 });
    await confirmRecoveryKey(app, (await key.textContent())!.trim());

    const list = app.getByTestId('temporary-passwords');
    await expect(list).toContainText(STAFF.fullName);
    const row = list.getByRole('row', { name: new RegExp(STAFF.username) });
    const temporary = (await row.getByRole('cell').nth(2).textContent())!.trim();
    expect(temporary).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    await app.getByRole('button', { name: 'Done, open Haven' }).click();

    await expect(app.getByTestId('signed-in-as')).toBeVisible();
    await app.getByRole('navigation').getByRole('link', { name: 'Residents' }).click();
    await expect(app.getByTestId('resident-row').first()).toBeVisible();
    const client = core.connect();
    await call(client, 'session.login', { username: ADMIN.username, password: NEW_PASSWORD });
    expect(await call(client, 'residents.list', {})).toEqual(residents);
    expect(await call(client, 'audit.verify', {})).toMatchObject({ ok: true });
    client.disconnect();

    // The staff member signs in with the handed-out password and must choose her own.
    await app.getByRole('button', { name: 'Lock' }).click();
    await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await app.getByLabel('Username').fill(STAFF.username);
    await app.getByLabel('Password', { exact: true }).fill(temporary);
    await app.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(app.getByLabel('New password', { exact: true })).toBeVisible();

    // The channels of the wizard are refused now that the folder holds a vault.
    const later = core.connect();
    const refused = await callError(later, 'vault.inspectBackup', { file, passphrase: BACKUP_PASSPHRASE });
    expect(refused.code).toBe('ALREADY_SET_UP');
    later.disconnect();
  } finally {
    removeDir(drive);
  }
});
