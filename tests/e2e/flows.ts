import type { Page } from '@playwright/test';
import type { Core } from '../../electron/core/index.ts';
import { ADMIN } from '../fixtures/core.ts';
import { expect } from './harness.ts';

export { ADMIN };

/** A vault set up behind the scenes (through the core), so a test can start at the login screen. */
export async function seedVault(core: Core): Promise<string> {
  const client = core.connect();
  const r = await client.invoke('vault.setup', ADMIN);
  if (!r.ok) throw new Error(r.error.message);
  client.disconnect();
  return (r.value as { recoveryKey: string }).recoveryKey;
}

/** A vault set up behind the scenes, then the administrator signed in through the login screen. */
export async function signedInAsAdmin(page: Page, core: Core): Promise<void> {
  await seedVault(core);
  await page.reload();
  await logIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Runs the set-up wizard through the UI up to the recovery key; returns the key shown. */
export async function runSetupWizard(page: Page): Promise<string> {
  await page.getByLabel('Organisation').fill(ADMIN.organisation);
  await page.getByLabel('Premises (house) name').fill(ADMIN.premises);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Full name').fill(ADMIN.fullName);
  await page.getByLabel('New password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Type the new password again').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create' }).click();
  const key = page.getByTestId('recovery-key');
  await expect(key).toBeVisible({ timeout: 20_000 });
  return (await key.textContent())!.trim();
}

/** Types back the group the sheet asks for. */
export async function confirmRecoveryKey(page: Page, recoveryKey: string): Promise<void> {
  await page.getByRole('button', { name: 'I have stored it' }).click();
  const label =
    (await page.getByLabel(/type group \d+ of \d+/i).getAttribute('aria-label')) ??
    (await page.getByText(/type group \d+ of \d+/i).textContent())!;
  const n = Number(/group (\d+)/i.exec(label)![1]);
  await page.getByLabel(/type group/i).fill(recoveryKey.split('-')[n - 1]!);
  await page.getByRole('button', { name: 'Confirm' }).click();
}
