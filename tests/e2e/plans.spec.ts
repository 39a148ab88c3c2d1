import type { Page } from '@playwright/test';
import { call } from '../fixtures/core.ts';
import { ADMIN, logIn, seedVault } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { choose, daysFromToday, go, newResident, typeDate } from './stays-flows.ts';

test.beforeEach(async ({ core, app }) => {
  await seedVault(core);
  await app.reload();
  await logIn(app, ADMIN.username, ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
});

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

test('a plan with a goal and an action; a new version; the old one still reads as it was', async ({ app }) => {
  test.slow(); // several dialogs, all through the UI
  const jelena = await newResident(clientOf(app));
  await go(app, `/residents/${jelena.id}`);
  const section = app.getByTestId('plan-section');
  await expect(section).toContainText('No support plan yet.');
  await section.getByRole('button', { name: 'Start a plan' }).click();
  await expect(section).toContainText('No goals yet.');

  // A goal: the first field (domain) has the focus.
  await section.getByRole('button', { name: 'Add goal' }).click();
  const goal = dialog(app, 'New goal');
  const domain = goal.getByRole('combobox', { name: 'Domain' });
  await expect(domain).toBeFocused();
  await choose(app, domain, 'Documents and status');
  await goal.getByLabel('Goal').fill('Replace the identity card held by the employer');
  await typeDate(goal.getByLabel('Target date'), daysFromToday(30));
  await goal.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(goal).toBeHidden();
  const domainBlock = section.getByTestId('plan-domain').filter({ hasText: 'Documents and status' });
  await expect(domainBlock.getByTestId('goal-description')).toHaveText(
    'Replace the identity card held by the employer',
  );
  await expect(domainBlock.getByTestId('goal-status')).toHaveText('Open');

  // An action under it, given to the signed-in administrator by default; due yesterday: overdue.
  await domainBlock.getByRole('button', { name: 'Add action' }).click();
  const action = dialog(app, 'New action');
  await expect(action.getByLabel('What is to be done')).toBeFocused();
  await action.getByLabel('What is to be done').fill('Book an appointment at the police station');
  await expect(action.getByRole('combobox', { name: 'Responsible' })).toHaveValue('Ana Admin');
  await typeDate(action.getByLabel('Due date'), daysFromToday(-1));
  await action.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(action).toBeHidden();
  const row = section.getByTestId('plan-action');
  await expect(row).toContainText('Book an appointment at the police station');
  await expect(row).toContainText('Ana Admin');
  await expect(row).toContainText('Overdue');

  // A new version, confirmed: version 2 starts as a copy; the action is marked done there.
  await section.getByRole('button', { name: 'New version' }).click();
  const confirm = dialog(app, 'Start a new version of the plan?');
  await confirm.getByRole('button', { name: 'Start version 2' }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByRole('combobox', { name: 'Version' })).toHaveValue('Version 2 · current');
  await section.getByRole('button', { name: /^Edit action/ }).click();
  const edit = dialog(app, 'Edit action');
  await typeDate(edit.getByLabel('Done on'), daysFromToday(0));
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(section.getByTestId('plan-action')).not.toContainText('Overdue');

  // Version 1, read-only and unchanged: the action still open and overdue, no edit buttons.
  await choose(app, section.getByRole('combobox', { name: 'Version' }), /^Version 1 · replaced on/);
  await expect(section.getByTestId('plan-frozen')).toBeVisible();
  await expect(section.getByTestId('plan-action')).toContainText('Overdue');
  await expect(section.getByTestId('goal-description')).toHaveText('Replace the identity card held by the employer');
  await expect(section.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'Add goal' })).toHaveCount(0);

  // Its printable page names the version and lists the goal.
  await section.getByRole('link', { name: 'Print plan' }).click();
  const sheet = app.getByTestId('plan-sheet');
  await expect(sheet).toContainText('Version 1 · replaced on');
  await expect(sheet).toContainText('Replace the identity card held by the employer');
  await expect(app.getByTestId('plan-sheet-resident')).toHaveText(`Jelena Marković · ${jelena.code}`);
});

test('a protected resident is printed by code only', async ({ app }) => {
  const c = clientOf(app);
  const r = await newResident(c, {
    givenName: 'Zorana',
    familyName: 'Vukadinović',
    alias: 'Sunce',
    doNotDisclose: true,
  });
  const { version } = await call(c, 'plans.newVersion', { residentId: r.id });
  await go(app, `/residents/${r.id}/plan/${version}/print`);
  await expect(app.getByTestId('plan-sheet-resident')).toHaveText(r.code);
  await expect(app.getByTestId('plan-sheet')).not.toContainText('Sunce');
  await expect(app.getByTestId('plan-sheet')).not.toContainText('Zorana');
});
