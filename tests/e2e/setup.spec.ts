import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, logIn, runSetupWizard } from './flows.ts';
import { expect, test } from './harness.ts';
import { DEFAULT_KDF_COST } from '../../electron/core/vault/kdf.ts';

// The one spec at the shipped scrypt cost: set-up and sign-in run end to end as the app ships.
test.use({ kdfCost: 'shipped' });

test('first run: set-up wizard, recovery key shown once and confirmed, home, then sign-in after a lock', async ({
  app,
  dataDir,
}) => {
  test.slow(); // three derivations at the shipped cost, on a CI machine shared with other work
  await expect(app.getByRole('heading', { name: 'Set up Haven' })).toBeVisible();

  // Validation explains itself and nothing is created.
  await app.getByRole('button', { name: 'Next' }).click();
  await expect(app.getByText('This field is required.').first()).toBeVisible();
  await app.getByLabel('Organisation').fill(ADMIN.organisation);
  await app.getByLabel('Premises (house) name').fill(ADMIN.premises);
  await app.getByRole('button', { name: 'Next' }).click();
  await app.getByLabel('Username').fill('ana');
  await app.getByLabel('Full name').fill(ADMIN.fullName);
  await app.getByLabel('New password', { exact: true }).fill('too short');
  await expect(app.getByTestId('password-strength')).toContainText('3 more characters needed');
  await app.getByLabel('Type the new password again').fill('something else');
  await app.getByRole('button', { name: 'Create' }).click();
  await expect(app.getByText('A password needs at least 12 characters.')).toBeVisible();
  await expect(app.getByText('The two passwords are not the same.')).toBeVisible();
  expect(existsSync(join(dataDir, 'vault.json'))).toBe(false);
  await app.getByRole('button', { name: 'Back' }).click();
  await expect(app.getByLabel('Organisation')).toHaveValue(ADMIN.organisation);

  const key = await runSetupWizard(app);
  expect(key).toMatch(/^([A-Z2-7]{5}-){5}[A-Z2-7]{5}$/);
  expect(existsSync(join(dataDir, 'vault.json'))).toBe(true);
  expect(readFileSync(join(dataDir, 'vault.json'), 'utf8')).not.toContain(key.replace(/-/g, ''));

  await app.getByRole('button', { name: 'I have stored it' }).click();
  // The key is hidden while the user proves it was written down.
  await expect(app.getByTestId('recovery-key')).toBeHidden();
  const field = app.getByLabel(/type group \d+ of 6/i);
  const n = Number(/group (\d+)/i.exec((await app.getByText(/type group \d+ of 6/i).textContent())!)![1]);
  const groups = key.split('-');
  await field.fill(groups[n % 6]!); // a group, but the wrong one
  await app.getByRole('button', { name: 'Confirm' }).click();
  await expect(app.getByText(/not what this group says/)).toBeVisible();
  await field.fill(groups[n - 1]!.toLowerCase());
  await app.getByRole('button', { name: 'Confirm' }).click();

  await expect(app.getByTestId('signed-in-as')).toHaveText('Signed in as ana (Administrator).');
  await expect(app.getByText(`${ADMIN.organisation} · ${ADMIN.premises}`)).toBeVisible();

  const slots = (JSON.parse(readFileSync(join(dataDir, 'vault.json'), 'utf8')) as { slots: { kdf: { N: number } }[] })
    .slots;
  expect(slots.map((s) => s.kdf.N)).toEqual([DEFAULT_KDF_COST.N, DEFAULT_KDF_COST.N]);
  await app.getByRole('button', { name: 'Lock' }).click();
  await logIn(app, ADMIN.username, ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toHaveText('Signed in as ana (Administrator).');
});
