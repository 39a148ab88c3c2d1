import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN, runSetupWizard } from './flows.ts';
import { expect, test } from './harness.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'sr-Latn', label: 'Srpski' },
] as const;

async function shot(page: Page, lang: string, name: string): Promise<void> {
  await page.waitForTimeout(300); // let transitions settle
  await page.screenshot({ path: `${OUT}/${lang}-${name}.png`, fullPage: true });
}

for (const lang of LANGUAGES) {
  test(`screens in ${lang.label}`, async ({ app }) => {
    await app.getByText(lang.label, { exact: true }).click();
    await shot(app, lang.code, '01-setup-organisation');

    // The wizard is driven by English labels, so fill it in English, then switch back for the pictures.
    await app.getByText('English', { exact: true }).click();
    await app.getByLabel('Organisation').fill(ADMIN.organisation);
    await app.getByLabel('Premises (house) name').fill(ADMIN.premises);
    await app.getByRole('button', { name: 'Next' }).click();
    await app.getByLabel('Username').fill(ADMIN.username);
    await app.getByLabel('Full name').fill(ADMIN.fullName);
    await app.getByLabel('New password', { exact: true }).fill('haven');
    await app.getByText(lang.label, { exact: true }).click();
    await shot(app, lang.code, '02-setup-administrator');
    await app.getByText('English', { exact: true }).click();
    await app.getByRole('button', { name: 'Back' }).click();
    const key = await runSetupWizard(app);
    await app.getByText(lang.label, { exact: true }).click();
    await shot(app, lang.code, '03-recovery-key');

    await app.getByText('English', { exact: true }).click();
    await app.getByRole('button', { name: 'I have stored it' }).click();
    const label = (await app.getByText(/type group \d+ of 6/i).textContent())!;
    const n = Number(/group (\d+)/i.exec(label)![1]);
    await app.getByLabel(/type group/i).fill(key.split('-')[n - 1]!);
    await app.getByText(lang.label, { exact: true }).click();
    await shot(app, lang.code, '04-recovery-key-confirm');
    await app.locator('form button[type=submit]').click();

    await expect(app.getByTestId('signed-in-as')).toBeVisible();
    // The administrator was created while the form showed English; choose this language for them.
    await app.getByText(lang.label, { exact: true }).click();
    await shot(app, lang.code, '05-home');

    await app.keyboard.press('Control+l');
    await expect(app.getByLabel(lang.code === 'en' ? 'Username' : 'Korisničko ime')).toHaveValue('ana');
    await shot(app, lang.code, '06-login-locked');
    await app.getByLabel(lang.code === 'en' ? 'Password' : 'Lozinka', { exact: true }).fill('wrong password!');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('alert')).toBeVisible();
    await shot(app, lang.code, '07-login-wrong-password');

    await app
      .getByRole('button', { name: lang.code === 'en' ? 'Forgot password?' : 'Zaboravili ste lozinku?' })
      .click();
    await shot(app, lang.code, '08-recovery-login');
  });
}
