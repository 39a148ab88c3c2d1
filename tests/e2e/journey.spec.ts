// The whole way of one child through the house, by hand, as housing staff would do it:
// intake refused without a guardian, saved with one, admitted, moved, exited, found again.
import type { Page } from '@playwright/test';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { choose, enDate, expectBed, newRoom, today } from './stays-flows.ts';

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const combo = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
/** A dialog by its title: while one closes and the next opens, both are in the page for a moment. */
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });
const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

test('from referral to exit: a minor is admitted, moved and leaves, and is found without diacritics', async ({
  core,
  app,
}) => {
  test.slow();
  await signedInAsAdmin(app, core);
  await newRoom(clientOf(app), 'Kesten', ['A', 'B'], { kind: 'child_friendly' });

  // Intake of a 15-year-old without a guardian is refused, with the reason under the field.
  await nav(app, 'Residents');
  await app.getByRole('button', { name: 'New referral' }).first().click();
  await field(app, 'Given name').fill('Đurđa');
  await field(app, 'Family name').fill('Đorđević');
  await field(app, 'Date of birth').fill(`01/01/${new Date().getFullYear() - 15}`);
  await field(app, 'Date of birth').press('Tab');
  await choose(app, combo(app, 'Sex'), 'Female');
  await choose(app, combo(app, 'Identity document'), 'None');
  await choose(app, combo(app, 'Referral source'), 'Center for Victim Protection');
  await choose(app, combo(app, 'Risk level'), 'Medium');
  await field(app, 'Consent given on').fill(enDate(today()));
  await field(app, 'Consent given on').press('Tab');
  await app.getByRole('button', { name: 'Save referral' }).click();
  await expect(app.getByText('A minor needs a legal guardian recorded before admission.')).toBeVisible();
  await expect(app.getByTestId('resident-code')).toHaveCount(0);

  // With a guardian it is saved and the core gives it a code.
  await field(app, 'Legal guardian').fill('Dragana Simić');
  await app.getByRole('button', { name: 'Save referral' }).click();
  await expect(app.getByTestId('resident-code')).toHaveText(/^R-\d{4}-\d{4}$/);
  const code = (await app.getByTestId('resident-code').textContent())!;

  // Admit to a bed from her page; the bed board shows her there.
  await app.getByRole('button', { name: 'Admit', exact: true }).click();
  const admit = dialog(app, 'Admit Đurđa Đorđević');
  await choose(app, admit.getByRole('combobox', { name: 'Bed' }), 'Kesten · A');
  await admit.getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(admit).toBeHidden();
  await nav(app, 'Bed board');
  await expectBed(app, 'Kesten', 'A', 'occupied', 'Đurđa Đorđević');
  await expect(app.locator('[data-testid=bed-tile][data-bed="A"] [data-flag="minor"]')).toBeVisible();

  // Move to the other bed the same day.
  await app.getByRole('link', { name: 'Đurđa Đorđević' }).click();
  await app.getByRole('button', { name: 'Move' }).click();
  const move = dialog(app, 'Move Đurđa Đorđević to another bed');
  await choose(app, move.getByRole('combobox', { name: 'Bed' }), 'Kesten · B');
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(move).toBeHidden();
  await nav(app, 'Bed board');
  await expectBed(app, 'Kesten', 'A', 'free');
  await expectBed(app, 'Kesten', 'B', 'occupied', 'Đurđa Đorđević');

  // Exit; the bed is free again.
  await app.getByRole('link', { name: 'Đurđa Đorđević' }).click();
  await app.getByRole('button', { name: 'Exit' }).click();
  const exit = dialog(app, 'Exit of Đurđa Đorđević');
  await exit.getByLabel('Reason for leaving').fill('Reunited with her aunt');
  await choose(app, exit.getByRole('combobox', { name: 'Destination after leaving' }), 'Family');
  await exit.getByRole('button', { name: 'Continue' }).click();
  await exit.getByRole('button', { name: 'Record the exit' }).click();
  await expect(exit).toBeHidden();
  await nav(app, 'Bed board');
  await expectBed(app, 'Kesten', 'A', 'free');
  await expectBed(app, 'Kesten', 'B', 'free');

  // Search finds her without diacritics (among those who left); her page keeps both stays.
  await nav(app, 'Residents');
  await app.getByRole('group', { name: 'Status' }).getByText('Exited', { exact: true }).click();
  await app.getByTestId('residents-search').fill('djurdja dordevic');
  await expect(app.getByTestId('resident-row')).toHaveCount(1);
  await expect(app.getByTestId('resident-row')).toContainText(code);
  await app.getByTestId('resident-row').click();
  await expect(app.getByTestId('resident-name')).toHaveText('Đurđa Đorđević');
  await expect(app.getByText('Kesten · A')).toBeVisible();
  await expect(app.getByText('Kesten · B')).toBeVisible();
});
