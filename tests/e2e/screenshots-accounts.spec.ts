import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Client, Core } from '../../electron/core/index.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  {
    code: 'en',
    label: 'English',
    title: 'Staff accounts',
    add: 'Add account',
    dialog: 'Add an account',
    username: 'Username',
    fullName: 'Full name',
    create: 'Create account',
    sheet: 'Temporary password',
  },
  {
    code: 'sr-Latn',
    label: 'Srpski',
    title: 'Nalozi zaposlenih',
    add: 'Dodaj nalog',
    dialog: 'Dodavanje naloga',
    username: 'Korisničko ime',
    fullName: 'Ime i prezime',
    create: 'Napravi nalog',
    sheet: 'Privremena lozinka',
  },
] as const;

const VIEWPORT = { width: 1280, height: 800 };
test.use({ deviceScaleFactor: 2, viewport: VIEWPORT });

async function shot(page: Page, lang: string, name: string): Promise<void> {
  await page.waitForTimeout(400); // let transitions settle
  await page.screenshot({ path: `${OUT}/${lang}-2x-${name}.png` });
}

async function ok(client: Client, channel: string, input: unknown): Promise<unknown> {
  const r = await client.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
}

/** A small team: one in use, one new (temporary password), one who left, one with typos behind her. */
async function seedTeam(core: Core, admin: Client): Promise<void> {
  const password = 'a long password of her own';
  const team = [
    { username: 'jelena', fullName: 'Jelena Marković', role: 'manager' },
    { username: 'milica', fullName: 'Milica Stojanović', role: 'staff' },
    { username: 'dragan', fullName: 'Dragan Ilić', role: 'staff' },
    { username: 'nevena', fullName: 'Nevena Popović', role: 'staff' },
  ];
  const ids: Record<string, string> = {};
  for (const m of team) {
    const { id, temporaryPassword } = (await ok(admin, 'users.create', m)) as { id: string; temporaryPassword: string };
    ids[m.username] = id;
    if (m.username === 'nevena') continue; // still to sign in for the first time
    const c = core.connect();
    await ok(c, 'session.login', { username: m.username, password: temporaryPassword });
    await ok(c, 'session.changePassword', { newPassword: password });
    c.disconnect();
  }
  await ok(admin, 'users.deactivate', { id: ids['dragan'] });
  const stranger = core.connect();
  for (let i = 0; i < 2; i++)
    await stranger.invoke('session.login', { username: 'milica', password: 'not her password' });
  stranger.disconnect();
}

for (const lang of LANGUAGES) {
  test(`users page and temporary password in ${lang.label}`, async ({ app, core }) => {
    test.slow();
    await signedInAsAdmin(app, core);
    await seedTeam(core, clientOf(app));
    await app.getByText(lang.label, { exact: true }).click();

    await app.evaluate(() => (window.location.hash = '#/users'));
    await expect(app.getByRole('heading', { name: lang.title })).toBeVisible();
    await expect(app.getByTestId('account-dragan')).toBeVisible();
    await shot(app, lang.code, 'users');

    await app.getByRole('button', { name: lang.add }).click();
    const form = app.getByRole('dialog', { name: lang.dialog });
    await form.getByLabel(lang.username).fill('ana.k');
    await form.getByLabel(lang.fullName).fill('Ana Kovačević');
    await form.getByRole('button', { name: lang.create }).click();
    await expect(form).toBeHidden();
    await expect(app.getByRole('dialog', { name: lang.sheet }).getByTestId('temporary-password')).toBeVisible();
    await shot(app, lang.code, 'temporary-password');
  });
}
