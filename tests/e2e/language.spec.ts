import { ADMIN, logIn, seedVault } from './flows.ts';
import { expect, test } from './harness.ts';

test('language switch: Srpski (latinica) on the login screen and remembered per user', async ({ core, app }) => {
  await seedVault(core);
  await app.reload();
  await app.getByText('Srpski').click();
  await expect(app.getByRole('heading', { name: 'Prijava' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'sr-Latn');

  await app.getByLabel('Korisničko ime').fill('ana');
  await app.getByLabel('Lozinka', { exact: true }).fill('pogrešna lozinka');
  await app.getByRole('button', { name: 'Prijavi se', exact: true }).click();
  await expect(app.getByRole('alert')).toContainText('Pogrešno korisničko ime ili lozinka.');

  // The user's own language (English, from set-up) wins once signed in …
  await app.getByLabel('Lozinka', { exact: true }).fill(ADMIN.password);
  await app.getByRole('button', { name: 'Prijavi se', exact: true }).click();
  await expect(app.getByTestId('signed-in-as')).toHaveText('Signed in as ana (Administrator).');

  // … and switching while signed in is remembered for this user.
  await app.getByText('Srpski').click();
  await expect(app.getByTestId('signed-in-as')).toHaveText('Prijavljeni ste kao ana (Administrator).');
  await app.getByRole('button', { name: 'Zaključaj' }).click();
  await app.getByText('English').click();
  await logIn(app, 'ana', ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toHaveText('Prijavljeni ste kao ana (Administrator).');
});
