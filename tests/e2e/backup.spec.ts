import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { call, removeDir, tempDir } from '../fixtures/core.ts';
import { residentInput } from '../fixtures/premises.ts';
import { ADMIN, logIn, seedVault } from './flows.ts';
import { expect, test } from './harness.ts';
import { seedResidents } from './residents-seed.ts';

const PASSPHRASE = 'lilac tractor ponders the harbour';

async function residentRows(page: Page): Promise<string[]> {
  await page.getByRole('navigation').getByRole('link', { name: 'Residents' }).click();
  await expect(page.getByTestId('resident-row').first()).toBeVisible();
  return page.getByTestId('resident-row').allInnerTexts();
}

test('back up to a folder, restore it, and the residents list is the same', async ({ app, core }) => {
  const target = tempDir();
  try {
    await seedVault(core);
    await seedResidents(core);
    await app.reload();
    await logIn(app, ADMIN.username, ADMIN.password);
    await expect(app.getByTestId('backup-status')).toContainText('No backup has been made yet.');
    const before = await residentRows(app);

    await app.getByRole('navigation').getByRole('link', { name: 'Backup' }).click();
    await app.getByTestId('backup-target').fill(target);
    await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await app.getByLabel('Passphrase again').fill(`${PASSPHRASE}!`);
    await app.getByRole('button', { name: 'Back up now' }).click();
    await expect(app.getByText('The two passphrases are not the same.')).toBeVisible();
    await app.getByLabel('Passphrase again').fill(PASSPHRASE);
    await app.getByRole('button', { name: 'Back up now' }).click();
    await expect(app.getByTestId('backup-done')).toContainText('You can remove the drive now.', { timeout: 30_000 });
    const [file] = readdirSync(target);
    expect(file).toMatch(/^haven-safe-house-belgrade-\d{8}-\d{4}\.havenbak$/);

    // A change after the backup, which the restore takes away.
    const other = core.connect();
    await call(other, 'session.login', { username: ADMIN.username, password: ADMIN.password });
    await call(other, 'residents.create', { fields: residentInput({ givenName: 'Afterwards', familyName: 'Added' }) });
    // The list shows its cached rows while it fetches again: wait for the new one to arrive.
    await app.getByRole('navigation').getByRole('link', { name: 'Residents' }).click();
    await expect(app.getByTestId('resident-row')).toHaveCount(before.length + 1);

    await app.getByRole('navigation').getByRole('link', { name: 'Backup' }).click();
    await app.getByRole('link', { name: 'Restore from a backup…' }).click();
    await app.getByTestId('restore-file').fill(join(target, file!));
    await app.getByLabel('Backup passphrase').fill(PASSPHRASE);
    await app.getByRole('button', { name: 'Check the backup' }).click();
    const info = app.getByTestId('backup-info');
    await expect(info).toContainText(ADMIN.fullName, { timeout: 30_000 });
    await app.getByTestId('restore-confirm').fill('Not the name');
    await app.getByRole('button', { name: 'Replace all records with this backup' }).click();
    await expect(app.getByText('Type the organisation name exactly as shown.')).toBeVisible();
    await app.getByTestId('restore-confirm').fill(ADMIN.organisation);
    await app.getByRole('button', { name: 'Replace all records with this backup' }).click();
    // The restore ends every session; the window's session check then goes back to sign-in,
    // whether or not the "restored" note was on screen first, and the login screen says why.
    await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible({ timeout: 30_000 });
    await expect(app.getByTestId('lock-reason')).toHaveText(
      new RegExp(`^The data was restored from the backup of .*${new Date().getFullYear()}.*\\. Sign in again\\.$`),
    );

    await logIn(app, ADMIN.username, ADMIN.password);
    await expect(app.getByTestId('signed-in-as')).toBeVisible();
    expect(await residentRows(app)).toEqual(before);
  } finally {
    removeDir(target);
  }
});
