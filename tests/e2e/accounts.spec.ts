import type { Page } from '@playwright/test';
import { addUser } from '../../electron/core/users/service.ts';
import { ADMIN, logIn, signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';

const OWN_PASSWORD = 'lantern orchard quietly 42';

test.beforeEach(async ({ core, app }) => {
  await signedInAsAdmin(app, core);
});

const nav = (page: Page) => page.getByRole('navigation');

/** Locks, then hands the login screen to the next person. */
async function switchUser(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch user' }).click();
  await expect(page.getByLabel('Username')).toHaveValue('');
  await expect(page.getByText(/was signed in on this computer/)).toHaveCount(0);
}

test('an administrator adds a staff account; its holder signs in with the temporary password and must choose their own', async ({
  app,
}) => {
  await nav(app).getByRole('link', { name: 'Users', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Staff accounts' })).toBeVisible();

  await app.getByRole('button', { name: 'Add account' }).click();
  const form = app.getByRole('dialog', { name: 'Add an account' });
  await form.getByLabel('Username').fill('sam');
  await form.getByLabel('Full name').fill('Sam Staff');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form).toBeHidden();

  const sheet = app.getByRole('dialog', { name: 'Temporary password' });
  await expect(sheet.getByText('Sam Staff')).toBeVisible();
  const temporary = (await sheet.getByTestId('temporary-password').textContent())!.trim();
  expect(temporary).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await sheet.getByRole('button', { name: 'Done' }).click();
  await expect(sheet).toBeHidden();
  const row = app.getByTestId('account-sam');
  await expect(row).toContainText('Staff');
  await expect(row).toContainText('Must change password');
  await expect(row).toContainText('Never');

  await switchUser(app);
  await logIn(app, 'sam', temporary);
  await expect(app.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(
    app.getByText('You signed in with a temporary password from an administrator.', { exact: false }),
  ).toBeVisible();
  await app.getByLabel('New password', { exact: true }).fill(OWN_PASSWORD);
  await app.getByLabel('Type the new password again').fill(OWN_PASSWORD);
  await app.getByRole('button', { name: 'Save new password' }).click();

  await expect(app.getByTestId('signed-in-as')).toHaveText('Signed in as sam (Staff).');
  await expect(app.getByTestId('user-menu')).toContainText('Sam Staff');
  await expect(app.getByTestId('user-menu')).toContainText('Staff');
  await expect(nav(app).getByRole('link', { name: 'Residents', exact: true })).toBeVisible();
  await expect(nav(app).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(nav(app).getByRole('link', { name: 'Audit' })).toHaveCount(0);
  await app.evaluate(() => {
    window.location.hash = '#/users';
  });
  await expect(app.getByTestId('users-admins-only')).toContainText('For administrators only');
  await expect(app.getByRole('heading', { name: 'Staff accounts' })).toHaveCount(0);
});

test('on a shared PC the next person signs in with their own account; the page stays with the one who left it', async ({
  app,
  core,
}) => {
  await addUser(
    core,
    { username: 'sam', fullName: 'Sam Staff', role: 'staff', password: OWN_PASSWORD },
    clientOf(app).session!.userId,
    new Date(),
  );
  await nav(app).getByRole('link', { name: 'Users', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Staff accounts' })).toBeVisible();

  await switchUser(app);
  await logIn(app, 'sam', OWN_PASSWORD);
  await expect(app.getByTestId('signed-in-as')).toHaveText('Signed in as sam (Staff).');
  await expect(app.getByRole('heading', { name: 'Staff accounts' })).toHaveCount(0);

  await switchUser(app);
  await logIn(app, ADMIN.username, ADMIN.password);
  await expect(app.getByRole('heading', { name: 'Staff accounts' })).toBeVisible();
  await expect(app.getByTestId('user-menu')).toContainText('Administrator');
});
