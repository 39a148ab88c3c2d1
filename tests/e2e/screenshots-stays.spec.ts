import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { seedHouse } from './stays-seed.ts';
import { daysFromToday, enDate } from './stays-flows.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  {
    code: 'en',
    label: 'English',
    admitTitle: 'Admit a resident to this bed',
    next: 'Next day',
    today: 'Today',
    admitHere: 'Admit here',
    resident: 'Resident',
    bed: 'Bed',
    date: 'Admission date',
    why: 'Back-dated: why is this entered late?',
    retired: /retired room/,
  },
  {
    code: 'sr-Latn',
    label: 'Srpski',
    admitTitle: 'Prijem u ovaj krevet',
    next: 'Sledeći dan',
    today: 'Danas',
    admitHere: 'Primi ovde',
    resident: 'Korisnik',
    bed: 'Krevet',
    date: 'Datum prijema',
    why: 'Unos unazad: zašto se upisuje sa zakašnjenjem?',
    retired: /ukinuta soba/,
  },
] as const;

const VIEWPORT = { width: 1280, height: 800 };
test.use({ deviceScaleFactor: 2, viewport: VIEWPORT });

/**
 * `whole`: the window is made as tall as the page, so the fixed header and side bar sit where they
 * would for someone scrolling. Otherwise the picture is exactly one 1280×800 screen.
 */
async function shot(page: Page, lang: string, name: string, whole = false): Promise<void> {
  await page.waitForTimeout(400); // let transitions settle (the height is measured after them)
  if (whole) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
  await page.screenshot({ path: `${OUT}/${lang}-2x-${name}.png` });
  await page.setViewportSize(VIEWPORT);
}

const srDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

for (const lang of LANGUAGES) {
  test(`bed board and rooms in ${lang.label}`, async ({ app, core }) => {
    test.slow();
    await signedInAsAdmin(app, core);
    await seedHouse(clientOf(app), lang.code);
    await app.getByText(lang.label, { exact: true }).click();

    // Tomorrow night: the planned admission is due (reserved), another holds a bed later.
    await app.evaluate(() => (window.location.hash = '#/board'));
    await expect(app.getByTestId('room-card')).toHaveCount(12);
    await app.getByRole('button', { name: lang.next }).click();
    await expect(app.locator('[data-total=reserved]')).toContainText('1');
    await app.mouse.move(0, 0);
    await shot(app, lang.code, 'bed-board');

    await app.getByRole('button', { name: lang.today }).click();
    await app
      .locator('[data-testid=room-card][data-room="Bagrem"] [data-bed="B"]')
      .getByRole('button', { name: lang.admitHere })
      .click();
    const dialog = app.getByRole('dialog', { name: lang.admitTitle });
    await dialog.getByRole('combobox', { name: lang.resident }).click();
    await app.getByRole('option', { name: /Bojana Kostić/ }).click();
    const yesterday = daysFromToday(-1);
    const date = dialog.getByLabel(lang.date);
    await date.fill(lang.code === 'en' ? enDate(yesterday) : srDate(yesterday));
    await date.press('Tab');
    await dialog
      .getByLabel(lang.why)
      .fill(
        lang.code === 'en' ? 'Arrived at 23:40; entered the next morning' : 'Stigla u 23:40; upisano sledećeg jutra',
      );
    await expect(dialog.getByText(lang.code === 'en' ? /beds can be taken on that date/ : /slobodn/)).toBeVisible();
    await dialog.getByRole('combobox', { name: lang.bed }).click();
    await expect(app.getByRole('option').first()).toBeVisible();
    await shot(app, lang.code, 'admit-dialog');
    await app.keyboard.press('Escape');
    await app.keyboard.press('Escape');

    await app.evaluate(() => (window.location.hash = '#/rooms'));
    await expect(app.getByTestId('rooms-room').first()).toBeVisible();
    await app.getByText(lang.retired).click();
    await expect(app.locator('[data-testid=rooms-room][data-room="Aneks"]')).toBeVisible();
    await shot(app, lang.code, 'rooms', true);
  });
}
