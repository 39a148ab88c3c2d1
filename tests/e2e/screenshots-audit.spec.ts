import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADMIN, logIn, seedVault } from './flows.ts';
import { expect, test } from './harness.ts';
import { seedAudit } from './audit-seed.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  { code: 'en', label: 'English', verify: 'Verify integrity' },
  { code: 'sr-Latn', label: 'Srpski', verify: 'Proveri celovitost' },
] as const;

for (const lang of LANGUAGES) {
  test(`audit screens in ${lang.label}`, async ({ app, core }) => {
    await seedVault(core);
    await seedAudit(core);
    await app.reload();
    await logIn(app, ADMIN.username, ADMIN.password);
    await expect(app.getByTestId('signed-in-as')).toBeVisible();
    await app.getByText(lang.label, { exact: true }).click();

    await app.evaluate(() => {
      window.location.hash = '#/audit';
    });
    await expect(app.getByTestId('audit-row').first()).toBeVisible();
    await app.getByRole('button', { name: lang.verify }).click();
    await expect(app.getByTestId('verify-result')).toBeVisible();
    await app.waitForTimeout(300);
    await app.screenshot({ path: `${OUT}/${lang.code}-1x-audit.png` });

    await app.getByTestId('audit-row').filter({ hasText: 'Maja' }).first().click();
    await expect(app.getByTestId('record-readers')).toBeVisible();
    await app.getByTestId('record-readers').scrollIntoViewIfNeeded();
    await app.waitForTimeout(300);
    await app.screenshot({ path: `${OUT}/${lang.code}-1x-resident-readers.png` });
  });
}
