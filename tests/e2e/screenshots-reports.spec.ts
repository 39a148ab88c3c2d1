// `npm run screenshots`: the occupancy report screen and its printed pages (PDF → PNG), both languages.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { pdfToPngs, printedPdf } from './pdf.ts';
import { seedReportHouse } from './reports-seed.ts';
import { go } from './stays-flows.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  { code: 'en', label: 'English', quarter: 'Quarter' },
  { code: 'sr-Latn', label: 'Srpski', quarter: 'Kvartal' },
] as const;

for (const lang of LANGUAGES) {
  test(`report screen and printed report in ${lang.label}`, async ({ app, core }) => {
    test.slow();
    await signedInAsAdmin(app, core);
    await app.getByText(lang.label, { exact: true }).click();
    await seedReportHouse(clientOf(app));

    await go(app, '/reports');
    await app.getByText(lang.quarter, { exact: true }).click();
    await expect(app.getByTestId('daily-chart')).toBeVisible();
    await expect(app.getByTestId('present-table')).toBeVisible();
    await app.setViewportSize({ width: 1280, height: 1000 });
    await app.waitForTimeout(300); // let transitions settle
    await app.screenshot({ path: `${OUT}/${lang.code}-1x-report.png` });

    pdfToPngs(await printedPdf(app), `${OUT}/${lang.code}-report-pdf`);
  });
}
