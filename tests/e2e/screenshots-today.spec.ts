import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { call } from '../fixtures/core.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { seedHouse } from './stays-seed.ts';
import { daysFromToday } from './stays-flows.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  {
    code: 'en',
    label: 'English',
    exit: 'Exit',
    withHer: 'Leaves with her on the same day',
    stays: 'Stays in the house; record who now cares for the child',
    carer: 'Who now cares for the child',
  },
  {
    code: 'sr-Latn',
    label: 'Srpski',
    exit: 'Odlazak',
    withHer: 'Odlazi sa njom istog dana',
    stays: 'Ostaje u kući; upišite ko se sada stara o detetu',
    carer: 'Ko se sada stara o detetu',
  },
] as const;

const VIEWPORT = { width: 1280, height: 800 };
test.use({ deviceScaleFactor: 2, viewport: VIEWPORT });

async function shot(page: Page, name: string, whole = false): Promise<void> {
  await page.waitForTimeout(400);
  if (whole) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
  }
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await page.setViewportSize(VIEWPORT);
}

for (const lang of LANGUAGES) {
  test(`Today and the family exit dialog in ${lang.label}`, async ({ app, core }) => {
    test.slow();
    await signedInAsAdmin(app, core);
    const c = clientOf(app);
    const ids = await seedHouse(c, lang.code);
    for (const [key, days] of [
      ['jelena', 2],
      ['olena', 5],
    ] as const) {
      const stay = (await call(c, 'residents.get', { id: ids[key]! })).stays[0]!;
      await call(c, 'stays.setExpectedLeaving', { stayId: stay.id, date: daysFromToday(days) });
    }
    await app.getByText(lang.label, { exact: true }).click();

    await app.evaluate(() => (window.location.hash = '#/residents'));
    await app.evaluate(() => (window.location.hash = '#/'));
    await expect(app.getByTestId('today-departures')).toBeVisible();
    await app.mouse.move(0, 0);
    await shot(app, `${lang.code}-2x-today`, true);

    await app.evaluate((id) => (window.location.hash = `#/residents/${id}`), ids.ivana!);
    await app.getByRole('button', { name: lang.exit, exact: true }).click();
    const family = app.getByTestId('family-exit');
    await expect(family).toBeVisible();
    const rows = family.getByTestId('family-child');
    await rows.nth(0).getByLabel(lang.withHer).check();
    await rows.nth(1).getByLabel(lang.stays).check();
    await rows
      .nth(1)
      .getByRole('textbox', { name: lang.carer })
      .fill(lang.code === 'en' ? 'Grandmother Ljubica Ilić, Novi Sad' : 'Baka Ljubica Ilić, Novi Sad');
    await shot(app, `${lang.code}-2x-family-exit`, true);
  });
}
