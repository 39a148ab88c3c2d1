import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { openCore, type Core } from '../../electron/core/index.ts';
import { removeDir, tempDir, TEST_KDF_COST } from '../fixtures/core.ts';
import { ADMIN, logIn, seedVault } from './flows.ts';
import { expect, test as base } from './harness.ts';
import { seedResidents } from './residents-seed.ts';
import { BACKUP_PASSPHRASE, backupOfAnotherInstall } from './recovery-seed.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });
const PASSPHRASE = 'lilac tractor ponders the harbour';
const VIEWPORT = { width: 1280, height: 800 };
const NEW_PASSWORD = 'violet kettles hum beside the river';

const LANGUAGES = [
  {
    code: 'en',
    label: 'English',
    backup: 'Backup',
    start: 'Back up now',
    restoreLink: 'Restore from a backup…',
    check: 'Check the backup',
    replace: 'Replace all records with this backup',
    pass: 'Passphrase',
    again: 'Passphrase again',
    bpass: 'Backup passphrase',
    offer: 'Restore from a backup',
    next: 'Next',
    newPassword: 'New password',
    again2: 'Type the new password again',
    restore: 'Restore',
    stored: 'I have stored it',
  },
  {
    code: 'sr-Latn',
    label: 'Srpski',
    backup: 'Rezervna kopija',
    start: 'Napravi kopiju',
    restoreLink: 'Vrati iz rezervne kopije…',
    check: 'Proveri kopiju',
    replace: 'Zameni sve podatke ovom kopijom',
    pass: 'Lozinka',
    again: 'Lozinka ponovo',
    bpass: 'Lozinka rezervne kopije',
    offer: 'Vrati iz rezervne kopije',
    next: 'Dalje',
    newPassword: 'Nova lozinka',
    again2: 'Ponovite novu lozinku',
    restore: 'Vrati',
    stored: 'Ključ je sačuvan',
  },
] as const;

/** The restore stops after preparing, until the test has its picture of the progress bar. */
let releaseRestore: () => void = () => {};
const test = base.extend<{ core: Core }>({
  core: async ({ dataDir }, use) => {
    const core = openCore({
      dataDir,
      kdfCost: TEST_KDF_COST,
      backupTesting: {
        atRestoreStep: (step) => (step === 'prepared' ? new Promise<void>((r) => (releaseRestore = r)) : undefined),
      },
    });
    await use(core);
    core.close();
  },
});

/** The backup's answer is held in the page until released, so that the progress bar stays in the picture. */
async function holdBackupAnswer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = globalThis as unknown as {
      haven: { invoke(c: string, i: unknown): Promise<unknown> };
      __release?: () => void;
    };
    const real = w.haven.invoke;
    w.haven.invoke = async (channel, input) => {
      const answer = await real(channel, input);
      if (channel === 'backup.create') await new Promise<void>((r) => (w.__release = r));
      return answer;
    };
  });
}

async function shot(page: Page, lang: string, name: string): Promise<void> {
  const height = await page.evaluate<number>('document.documentElement.scrollHeight');
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${lang}-1x-${name}.png`, fullPage: true });
  await page.setViewportSize(VIEWPORT);
}

for (const lang of LANGUAGES) {
  test(`backup and restore screens in ${lang.label}`, async ({ app, core }) => {
    const target = tempDir();
    try {
      await seedVault(core);
      await seedResidents(core);
      await holdBackupAnswer(app);
      await app.reload();
      await logIn(app, ADMIN.username, ADMIN.password);
      await expect(app.getByTestId('signed-in-as')).toBeVisible();
      await app.getByText(lang.label, { exact: true }).click();
      await expect(app.getByTestId('backup-status')).toBeVisible();
      await shot(app, lang.code, 'home-backup-missing');

      await app.getByRole('navigation').getByRole('link', { name: lang.backup }).click();
      await app.getByTestId('backup-target').fill(target);
      await app.getByLabel(lang.pass, { exact: true }).fill(PASSPHRASE);
      await app.getByLabel(lang.again).fill(PASSPHRASE);
      await app.getByRole('button', { name: lang.start }).click();
      await expect(app.getByTestId('backup-progress')).toBeVisible({ timeout: 30_000 });
      await app.waitForFunction(
        () => typeof (globalThis as { __release?: unknown }).__release === 'function',
        undefined,
        { timeout: 30_000 },
      );
      await shot(app, lang.code, 'backup-progress');
      await app.evaluate(() => (globalThis as unknown as { __release(): void }).__release());
      await expect(app.getByTestId('backup-done')).toBeVisible({ timeout: 30_000 });
      await shot(app, lang.code, 'backup-done');

      await app.getByRole('link', { name: lang.restoreLink }).click();
      await app.getByTestId('restore-file').fill(join(target, readdirSync(target)[0]!));
      await app.getByLabel(lang.bpass).fill(PASSPHRASE);
      await app.getByRole('button', { name: lang.check }).click();
      await expect(app.getByTestId('backup-info')).toBeVisible({ timeout: 30_000 });
      await app.getByTestId('restore-confirm').fill(ADMIN.organisation);
      await shot(app, lang.code, 'restore');
      await app.getByRole('button', { name: lang.replace }).click();
      // Paused after preparing: step 4 of 6.
      await expect(app.getByTestId('backup-progress')).toContainText('67%', { timeout: 30_000 });
      await shot(app, lang.code, 'restore-progress');
      releaseRestore();
      await expect(app.getByTestId('restore-done')).toBeVisible({ timeout: 30_000 });
      // The window's session check goes back to the login screen, which says why.
      await expect(app.getByTestId('lock-reason')).toBeVisible({ timeout: 30_000 });
      await shot(app, lang.code, 'login-after-restore');
    } finally {
      removeDir(target);
    }
  });

  test(`restore from a backup in the set-up wizard in ${lang.label}`, async ({ app }) => {
    const drive = tempDir();
    try {
      const { file } = await backupOfAnotherInstall(drive);
      await app.reload();
      await app.getByText(lang.label, { exact: true }).click();
      await expect(app.getByRole('button', { name: lang.offer })).toBeVisible();
      await shot(app, lang.code, 'setup-offer-restore');
      await app.getByRole('button', { name: lang.offer }).click();
      await app.getByTestId('restore-file').fill(file);
      await app.getByLabel(lang.bpass).fill(BACKUP_PASSPHRASE);
      await app.getByRole('button', { name: lang.check }).click();
      await expect(app.getByTestId('backup-info')).toBeVisible({ timeout: 30_000 });
      await shot(app, lang.code, 'setup-restore-backup');
      await app.getByRole('button', { name: lang.next }).click();
      await app.getByLabel(lang.newPassword, { exact: true }).fill(NEW_PASSWORD);
      await app.getByLabel(lang.again2).fill(NEW_PASSWORD);
      await shot(app, lang.code, 'setup-restore-admin');
      await app.getByRole('button', { name: lang.restore, exact: true }).click();
      await expect(app.getByTestId('recovery-key')).toBeVisible({ timeout: 30_000 });
      await shot(app, lang.code, 'setup-restore-recovery-key');
      const key = (await app.getByTestId('recovery-key').textContent())!.trim();
      await app.getByRole('button', { name: lang.stored }).click();
      const label = (await app.locator('label').filter({ hasText: /\d+/ }).first().textContent())!;
      const n = Number(/(\d+)/.exec(label)![1]);
      await app.getByRole('textbox').fill(key.split('-')[n - 1]!);
      await app.getByRole('button', { name: lang.code === 'en' ? 'Confirm' : 'Potvrdi' }).click();
      await expect(app.getByTestId('temporary-passwords')).toBeVisible();
      await shot(app, lang.code, 'setup-restore-temporary-passwords');
    } finally {
      removeDir(drive);
    }
  });
}
