import { ADMIN, logIn, seedVault } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';

test.beforeEach(async ({ core, app }) => {
  await seedVault(core);
  await app.reload();
});

test('login with username and password shows who is signed in', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await logIn(app, 'ANA', ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toHaveText('Signed in as ana (Administrator).');
});

test('a wrong password says so plainly, without telling which field was wrong', async ({ app }) => {
  await logIn(app, 'ana', 'not the right password');
  await expect(app.getByRole('alert')).toContainText('Wrong username or password.');
  await expect(app.getByLabel('Password', { exact: true })).toHaveValue('');
  await logIn(app, 'nobody', ADMIN.password);
  await expect(app.getByRole('alert')).toContainText('Wrong username or password.');
  await expect(app.getByTestId('signed-in-as')).toHaveCount(0);
});

test('lock with the button and with Ctrl+L returns to login with the name filled in', async ({ app }) => {
  await logIn(app, 'ana', ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toBeVisible();

  await app.getByRole('button', { name: 'Lock' }).click();
  await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(app.getByText('Locked. ana was signed in on this computer.')).toBeVisible();
  await expect(app.getByLabel('Username')).toHaveValue('ana');
  await expect(app.getByText(ADMIN.organisation)).toHaveCount(0); // renderer state is gone
  await expect(app.getByLabel('Password', { exact: true })).toBeFocused();

  await app.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('signed-in-as')).toBeVisible();

  await app.keyboard.press('Control+l');
  await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(app.getByLabel('Username')).toHaveValue('ana');
  // The core really dropped the session: nothing that needs one works after a reload.
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('when the core drops the session (OS lock screen, suspend) the window returns to login', async ({ app }) => {
  await logIn(app, 'ana', ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
  clientOf(app).lock(); // what ipc.ts does for every window on powerMonitor 'lock-screen'
  await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(app.getByLabel('Username')).toHaveValue('ana');
  await expect(app.getByTestId('signed-in-as')).toHaveCount(0);
});
