// Figures for donors: the screen, the CSV and the printed PDF show the core's suppressed counts and
// nothing that names a person (issue 10).
import { readFileSync } from 'node:fs';
import { cellText } from '../../shared/donors.ts';
import { call } from '../fixtures/core.ts';
import { seedDonorHouse } from './donors-seed.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { pdfPages, printedPdf } from './pdf.ts';
import { daysFromToday, today, typeDate } from './stays-flows.ts';

test('donor figures show "<5", export the same CSV and print without a name or code', async ({ app, core }) => {
  test.slow();
  await signedInAsAdmin(app, core);
  const c = clientOf(app);
  const { names, codes } = await seedDonorHouse(c);
  const period = { from: daysFromToday(-55), to: today() };
  const figures = await call(c, 'reports.donors', period);
  expect(figures.people).toBe(14);
  expect(figures.sex.map((r) => cellText(r.count))).toEqual(['*', '<5', '0', '0']);

  await app.getByRole('link', { name: 'Reports' }).click();
  await app.getByRole('tab', { name: 'Donor figures' }).click();
  await app.getByText('Custom', { exact: true }).click();
  await typeDate(app.getByRole('textbox', { name: 'From' }), period.from);
  await typeDate(app.getByRole('textbox', { name: 'To' }), period.to);
  await expect(app.getByTestId('donor-people')).toContainText('14');
  const sex = app.getByTestId('donor-sex');
  await expect(sex.getByRole('row', { name: /Male/ })).toContainText('<5');
  await expect(sex.getByRole('row', { name: /Female/ })).toContainText('*');
  await expect(app.getByTestId('donor-declined')).toContainText('No free bed');
  // Services and Open Club (seeded): two people with a legal goal, eight with one at all.
  const services = app.getByTestId('donor-services');
  await expect(services.getByRole('row', { name: /Legal and court proceedings/ })).toContainText('<5');
  await expect(services.getByRole('row', { name: /People with a goal/ })).toContainText('8');
  await expect(app.getByTestId('donor-openClubKinds').getByRole('row', { name: /Outing/ })).toContainText('<5');
  await expect(app.getByTestId('donor-suppression-note')).toContainText('Counts from 1 to 4 are shown as “<5”');
  await expect(app.getByRole('checkbox', { name: 'Codes instead of names' })).toHaveCount(0);
  const screen = await app.locator('main').innerText();
  for (const s of [...names, ...codes]) expect(screen).not.toContain(s);

  // CSV: the same result, with "<5" and "*" where the screen has them.
  const download = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain(`Period,${period.from},${period.to}`);
  expect(csv).toContain('People housed,14');
  expect(csv).toContain('Male,<5');
  expect(csv).toContain('Female,*');
  const ages = figures.ageBands.map((r) => cellText(r.count));
  expect(csv).toContain(`0–13,${ages[0]}`);
  expect(csv).toContain(`41 and over,${ages[4]}`);
  expect(csv).toContain(`Total,${cellText(figures.declined.total)}`);
  expect(csv).toContain('Legal and court proceedings,<5');
  expect(csv).toContain('Workshop,2,*,9');
  for (const s of [...names, ...codes]) expect(csv).not.toContain(s);

  // Print: the shared layout, the same figures, no name or code.
  const pages = pdfPages(await printedPdf(app));
  const all = pages.join('\n');
  expect(pages[0]).toContain('Figures for donors and partners');
  expect(pages[0]).toContain('Confidential — contains personal data');
  expect(pages[0]).toMatch(/Printed by Ana Admin/);
  expect(all).toMatch(/Page 1 of \d/);
  expect(all).toMatch(/Male\s+<5/);
  expect(all).toMatch(/Female\s+\*/);
  expect(all).toMatch(/People housed: 14/);
  expect(all).toMatch(/Open Club by kind of activity/);
  for (const s of [...names, ...codes]) expect(all).not.toContain(s);
});
