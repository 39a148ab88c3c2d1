import { logIn, seedVault } from './flows.ts';
import { expect, test } from './harness.ts';

test('forgot password: the recovery key signs in and forces a new password', async ({ core, app }) => {
  const recoveryKey = await seedVault(core);
  await app.reload();
  await app.getByRole('button', { name: 'Forgot password?' }).click();
  await app.getByLabel("Administrator's username").fill('ana');

  // A typo is caught by the key's checksum and explained.
  const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
  await app.getByLabel('Recovery key').fill(typo);
  await app.getByRole('button', { name: 'Sign in with recovery key' }).click();
  await expect(app.getByText('This is not a valid recovery key. Check it for typing mistakes.')).toBeVisible();

  await app.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await app.getByRole('button', { name: 'Sign in with recovery key' }).click();
  await expect(app.getByRole('heading', { name: 'Choose a new password' })).toBeVisible({ timeout: 20_000 });
  await expect(app.getByLabel('Current password')).toHaveCount(0);
  const fresh = 'a brand new passphrase 2026';
  await app.getByLabel('New password', { exact: true }).fill(fresh);
  await app.getByLabel('Type the new password again').fill(fresh);
  await app.getByRole('button', { name: 'Save new password' }).click();
  await expect(app.getByTestId('signed-in-as')).toHaveText('Signed in as ana (Administrator).', { timeout: 20_000 });

  await app.getByRole('button', { name: 'Lock' }).click();
  await logIn(app, 'ana', 'correct horse battery staple');
  await expect(app.getByRole('alert')).toContainText('Wrong username or password.');
  await logIn(app, 'ana', fresh);
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
});
