import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN, logIn, seedVault } from './flows.ts';
import { expect, test } from './harness.ts';
import { seedResidents } from './residents-seed.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  { code: 'en', label: 'English', save: 'Save referral', leaveTitle: 'Leave without saving?' },
  { code: 'sr-Latn', label: 'Srpski', save: 'Sačuvaj upućivanje', leaveTitle: 'Izaći bez čuvanja?' },
] as const;

const VIEWPORT = { width: 1280, height: 800 };

/**
 * The window is made as tall as the page for the picture, so that the fixed side bar and the
 * sticky save bar sit where they would for someone scrolling, not halfway down the image.
 */
async function shot(page: Page, lang: string, name: string): Promise<void> {
  const height = await page.evaluate<number>('document.documentElement.scrollHeight');
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
  await page.waitForTimeout(300); // let transitions settle
  await page.screenshot({ path: `${OUT}/${lang}-1x-${name}.png`, fullPage: true });
  await page.setViewportSize(VIEWPORT);
}

for (const lang of LANGUAGES) {
  test(`residents screens in ${lang.label}`, async ({ app, core }) => {
    await seedVault(core);
    await seedResidents(core);
    await app.reload();
    await logIn(app, ADMIN.username, ADMIN.password);
    await expect(app.getByTestId('signed-in-as')).toBeVisible();
    await app.getByText(lang.label, { exact: true }).click();

    await app.getByRole('navigation').getByRole('link').nth(1).click();
    await expect(app.getByTestId('resident-row').first()).toBeVisible();
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('ArrowDown');
    await shot(app, lang.code, 'residents-list');

    await app.getByRole('main').getByRole('button').first().click(); // New referral
    const form = app.locator('form');
    await form.locator('[data-path="givenName"]').fill('Milica');
    await form.locator('[data-path="familyName"]').fill('Jovanović');
    await form.locator('[data-path="birthYearEstimate"]').fill('2010');
    await app.getByRole('button', { name: lang.save }).click();
    await expect(app.getByTestId('intake-errors')).toBeVisible();
    await app.evaluate('window.scrollTo(0, 0)');
    await shot(app, lang.code, 'intake');

    await app.getByRole('navigation').getByRole('link').nth(1).click();
    const leave = app.getByRole('dialog', { name: lang.leaveTitle });
    await leave.getByRole('button').last().click(); // leave the unsaved form
    await expect(leave).toBeHidden();
    await app.getByTestId('resident-row').filter({ hasText: 'Maja' }).click();
    await expect(app.getByTestId('dnd-banner')).toBeVisible();
    await shot(app, lang.code, 'resident-page');

    await app.getByRole('navigation').getByRole('link').nth(2).click();
    await expect(app.getByTestId('referral-row').first()).toBeVisible();
    await shot(app, lang.code, 'referrals');
  });
}
