import type { Page } from '@playwright/test';
import { addUser } from '../../electron/core/users/service.ts';
import { ADMIN, logIn, signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';

const SAM = { username: 'sam', fullName: 'Sam Staff', role: 'staff' as const, password: 'sams own long password' };

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function startIntake(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Residents', exact: true }).click();
  await page.getByRole('button', { name: 'New referral' }).first().click();
  await field(page, 'Given name').fill('Mira');
  await field(page, 'Family name').fill('Petrović');
  await field(page, 'Referring person or organisation').fill('Officer Jovanović');
}

test.beforeEach(async ({ core, app }) => {
  test.slow(); // the real key derivation at set-up and at every sign-in
  await signedInAsAdmin(app, core);
});

test('locked with a half-filled intake form: the same user signs in and the form is back, with a note', async ({
  app,
}) => {
  await startIntake(app);
  await app.getByRole('button', { name: 'Lock', exact: true }).click(); // no waiting: the lock writes the draft first

  await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(field(app, 'Given name')).toHaveCount(0);
  await app.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await app.keyboard.press('Enter');

  await expect(app.getByTestId('draft-restored')).toContainText('Your unsaved changes were restored');
  expect(new URL(app.url()).hash).toBe('#/residents/new');
  await expect(field(app, 'Given name')).toHaveValue('Mira');
  await expect(field(app, 'Family name')).toHaveValue('Petrović');
  await expect(field(app, 'Referring person or organisation')).toHaveValue('Officer Jovanović');

  // Discard puts the empty form back and forgets the draft.
  await app.getByRole('button', { name: 'Discard them' }).click();
  await expect(field(app, 'Given name')).toHaveValue('');
  await expect(app.getByTestId('draft-restored')).toHaveCount(0);
  await app.keyboard.press('Control+l');
  await app.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
});

test('an idle lock keeps the typing too and says why; another user never sees the draft', async ({ app, core }) => {
  await addUser(core, SAM, clientOf(app).session!.userId, new Date());
  await startIntake(app);
  // Written a second after typing stops, without any lock.
  await expect.poll(() => core.database().prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 1 });
  clientOf(app).lock('idle', 5); // what the core does on the first call after 5 idle minutes

  await expect(app.getByTestId('lock-reason')).toHaveText('Locked after 5 minutes without activity.');
  await logIn(app, SAM.username, SAM.password);
  await expect(app.getByTestId('signed-in-as')).toContainText('sam');
  await app.getByRole('navigation').getByRole('link', { name: 'Residents', exact: true }).click();
  await app.getByRole('button', { name: 'New referral' }).first().click();
  await expect(field(app, 'Given name')).toHaveValue('');
  await expect(app.getByTestId('draft-restored')).toHaveCount(0);

  await app.keyboard.press('Control+l');
  await logIn(app, ADMIN.username, ADMIN.password);
  await expect(field(app, 'Given name')).toHaveValue('Mira');
  await expect(app.getByTestId('draft-restored')).toBeVisible();
});

test('saving the form discards its draft', async ({ app, core }) => {
  await startIntake(app);
  await expect.poll(() => core.database().prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 1 });
  await field(app, 'Date of birth').fill('17/05/1994');
  await field(app, 'Date of birth').press('Tab');
  for (const [label, option] of [
    ['Sex', 'Female'],
    ['Identity document', 'None'],
    ['Referral source', 'Center for Victim Protection'],
    ['Risk level', 'Medium'],
  ] as const) {
    await app.getByRole('combobox', { name: label, exact: true }).click();
    await app.getByRole('option', { name: option, exact: true }).click();
  }
  await app.getByRole('button', { name: 'Save referral' }).click();
  await expect(app.getByTestId('resident-code')).toHaveText(/^R-\d{4}-\d{4}$/);
  await expect.poll(() => core.database().prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 0 });
});
