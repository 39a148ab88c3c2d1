// The occupancy report: screen, CSV, and the printed PDF read back with pdftotext (issue 10).
import { readFileSync } from 'node:fs';
import { call } from '../fixtures/core.ts';
import { ADMIN, logIn, seedVault } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { pdfPages, printedPdf } from './pdf.ts';
import { seedReportHouse } from './reports-seed.ts';
import { addAccount, daysFromToday, go, today, typeDate } from './stays-flows.ts';

test('a custom period prints on three pages with header, footer, page numbers and the same figures', async ({
  app,
}) => {
  test.slow();
  await app.reload();
  await logIn(app, ADMIN.username, ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
  const c = clientOf(app);
  const { protectedCode, protectedName } = await seedReportHouse(c);
  const from = daysFromToday(-90);
  const report = await call(c, 'reports.occupancy', { from, to: today() });

  await app.getByRole('link', { name: 'Reports' }).click();
  await app.getByText('Custom', { exact: true }).click();
  await typeDate(app.getByRole('textbox', { name: 'From' }), from);
  await typeDate(app.getByRole('textbox', { name: 'To' }), today());
  await expect(app.locator('[data-room=total]')).toContainText(String(report.total.bedNightsOccupied));
  await expect(app.getByTestId('daily-chart')).toBeVisible();
  await expect(app.getByTestId('present-table')).toContainText(protectedCode);
  await expect(app.getByTestId('present-table')).not.toContainText('Zorana');

  const pages = pdfPages(await printedPdf(app));
  expect(pages.length).toBeGreaterThanOrEqual(3);
  const all = pages.join('\n');
  pages.forEach((p, i) => {
    expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(p).toContain('Confidential — contains personal data');
    expect(p).toContain('Together We Thrive · Safe House Belgrade');
  });
  expect(pages[0]).toContain('Occupancy report');
  expect(pages[0]).toMatch(/Printed by Ana Admin/);
  // The figures of the one result, as the core computed them.
  const totalRow = all.split('\n').find((l) => /^\s*Total\s/.test(l))!;
  expect(totalRow).toContain(String(report.total.bedNightsAvailable));
  expect(totalRow).toContain(String(report.total.bedNightsOccupied));
  expect(totalRow).toContain(String(report.total.admissions));
  for (const room of report.rooms.slice(0, 3)) expect(all).toContain(room.name);
  expect(all).toContain(report.rooms.at(-1)!.name);
  // Repeated table header: the residents list runs over a page break with its header again.
  expect(pages.filter((p) => /Resident\s+Room\s+Bed\s+Since/.test(p)).length).toBeGreaterThanOrEqual(2);
  expect(all).toContain(protectedCode);
  expect(all).not.toContain(protectedName.split(' ')[0]!);
  expect(all).toContain('Signature');

  // Codes instead of names: no resident's name on paper.
  await app.getByRole('checkbox', { name: 'Codes instead of names' }).check();
  const coded = pdfPages(await printedPdf(app)).join('\n');
  expect(coded).not.toMatch(/Jelena|Milica|Tijana/);

  // CSV: the same result.
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain(`Total,${report.total.bedNightsAvailable},${report.total.bedNightsOccupied},`);
  expect(csv).not.toContain('Zorana');
});

test('staff do not see reports', async ({ app, core }) => {
  await app.reload();
  await logIn(app, ADMIN.username, ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
  await addAccount(core, clientOf(app), 'sara', 'staff', 'sara has a long password');
  await app.getByRole('button', { name: 'Lock' }).click();
  await logIn(app, 'sara', 'sara has a long password');
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
  await expect(app.getByRole('link', { name: 'Reports' })).toHaveCount(0);
  await go(app, '/reports');
  await expect(app.getByText('Reports are for managers and administrators.')).toBeVisible();
});

test.beforeEach(async ({ core }) => {
  await seedVault(core);
});
