import { ADMIN, logIn, seedVault } from './flows.ts';
import { expect, test } from './harness.ts';
import { seedAudit, STAFF } from './audit-seed.ts';

// The protected resident of the residents seed: her real name must never reach the Audit page.
const HIDDEN = ['Marija', 'Petrović'];

test.beforeEach(async ({ core, app }) => {
  test.slow();
  await seedVault(core);
  await seedAudit(core);
  await app.reload();
});

test('an administrator filters the log, verifies it and opens a record from an entry', async ({ app }) => {
  await logIn(app, ADMIN.username, ADMIN.password);
  await app.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true }).click();
  const rows = app.getByTestId('audit-row');
  await expect(rows.first()).toBeVisible();

  await app.getByRole('combobox', { name: 'Action', exact: true }).click();
  await app.getByRole('option', { name: 'Record opened', exact: true }).click();
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toHaveAttribute('data-action', 'residents.read');
  await expect(rows.first()).toContainText('Sara Simić');
  const page = await app.getByTestId('audit-table').textContent();
  for (const name of HIDDEN) expect(page).not.toContain(name);

  await app.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(app.getByTestId('verify-result')).toContainText('The audit log is intact');

  const opened = (await rows.first().textContent())!;
  await rows.first().click();
  await expect(app.getByTestId('resident-name')).toBeVisible();
  expect(opened).toContain((await app.getByTestId('resident-name').textContent())!);
  await expect(app.getByTestId('record-readers')).toContainText('Sara Simić');
});

test('staff see no Audit entry and get a clear message at its address', async ({ app }) => {
  await logIn(app, STAFF.username, STAFF.password);
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
  await expect(app.getByRole('navigation').getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await app.evaluate(() => {
    window.location.hash = '#/audit';
  });
  await expect(app.getByTestId('audit-refused')).toContainText('managers and administrators only');
});
