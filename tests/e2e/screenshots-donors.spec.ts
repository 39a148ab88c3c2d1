import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { seedDonorHouse } from './donors-seed.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { printedPdf, pdfToPngs } from './pdf.ts';
import { daysFromToday, today, typeDate } from './stays-flows.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  { code: 'en', label: 'English', reports: 'Reports', tab: 'Donor figures', custom: 'Custom', from: 'From', to: 'To' },
  {
    code: 'sr-Latn',
    label: 'Srpski',
    reports: 'Izveštaji',
    tab: 'Podaci za donatore',
    custom: 'Po izboru',
    from: 'Od',
    to: 'Do',
  },
] as const;

const VIEWPORT = { width: 1280, height: 800 };
test.use({ deviceScaleFactor: 2, viewport: VIEWPORT });

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await page.setViewportSize(VIEWPORT);
}

for (const lang of LANGUAGES) {
  test(`Donor figures in ${lang.label}`, async ({ app, core }) => {
    test.slow();
    await signedInAsAdmin(app, core);
    await seedDonorHouse(clientOf(app));
    // The period is typed in English (its date format), then the language is switched.
    await app.getByRole('link', { name: 'Reports' }).click();
    await app.getByRole('tab', { name: 'Donor figures' }).click();
    await app.getByText('Custom', { exact: true }).click();
    await typeDate(app.getByRole('textbox', { name: 'From', exact: true }), daysFromToday(-55));
    await typeDate(app.getByRole('textbox', { name: 'To', exact: true }), today());
    await app.getByText(lang.label, { exact: true }).click();
    await expect(app.getByRole('tab', { name: lang.tab })).toHaveAttribute('aria-selected', 'true');
    await expect(app.getByTestId('donor-people')).toContainText('14');
    await app.mouse.move(0, 0);
    await shot(app, `${lang.code}-2x-donor-figures`);
    pdfToPngs(await printedPdf(app), `${OUT}/${lang.code}-donor-figures-pdf`);
  });
}
