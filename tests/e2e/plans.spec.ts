import type { Page } from '@playwright/test';
import { call } from '../fixtures/core.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { pdfPages, printedPdf } from './pdf.ts';
import { choose, daysFromToday, go, newResident, typeDate } from './stays-flows.ts';

test.beforeEach(async ({ core, app }) => {
  await signedInAsAdmin(app, core);
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

test('the printed plan is on the shared print layout: header, notice, page numbers, the goals; audited', async ({
  app,
  core,
}) => {
  const c = clientOf(app);
  const jelena = await newResident(c);
  const zorana = await newResident(c, {
    givenName: 'Zorana',
    familyName: 'Vukadinović',
    alias: 'Sunce',
    doNotDisclose: true,
  });
  const me = (await call(c, 'users.active', {})).find((u) => u.fullName === 'Ana Admin')!;
  for (const r of [jelena, zorana]) {
    const { id: planId } = await call(c, 'plans.newVersion', { residentId: r.id });
    const { id: goalId } = await call(c, 'plans.createGoal', {
      planId,
      fields: {
        domain: 'legal',
        description: 'Testify at the hearing with a support person present',
        targetDate: daysFromToday(40),
        status: 'open',
      },
    });
    await call(c, 'plans.createAction', {
      goalId,
      fields: {
        what: 'Visit the court room beforehand',
        responsibleUserId: me.id,
        dueDate: daysFromToday(7),
        doneDate: null,
      },
    });
  }

  await go(app, `/residents/${jelena.id}/plan/1/print`);
  await expect(app.getByTestId('plan-sheet')).toContainText('Testify at the hearing');
  const pages = pdfPages(await printedPdf(app));
  const all = pages.join('\n');
  pages.forEach((p, i) => {
    expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(p).toContain('Confidential — contains personal data');
    expect(p).toContain('Together We Thrive · Safe House Belgrade');
    expect(p).toContain(`Support plan · ${jelena.code} · Version 1 · current`);
  });
  expect(pages[0]).toMatch(/Printed by Ana Admin/);
  expect(all).toContain('Testify at the hearing with a support person present');
  expect(all).toContain('Visit the court room beforehand');
  expect(all).toContain(`Jelena Marković · ${jelena.code}`);

  // A protected resident: by code on paper even with names chosen, never her name or alias.
  await go(app, `/residents/${zorana.id}/plan/1/print`);
  await expect(app.getByTestId('plan-sheet-resident')).toHaveText(zorana.code);
  const hers = pdfPages(await printedPdf(app)).join('\n');
  expect(hers).toContain(zorana.code);
  expect(hers).toContain('Testify at the hearing with a support person present');
  expect(hers).not.toMatch(/Zorana|Vukadinović|Sunce/);

  // Printing last: the browser's own print call may hold the page a while, so nothing follows it.
  await go(app, `/residents/${jelena.id}/plan/1/print`);
  await expect(app.getByTestId('plan-sheet-resident')).toHaveText(`Jelena Marković · ${jelena.code}`);

  // Codes instead of names: her code alone.
  await app.getByRole('checkbox', { name: 'Codes instead of names' }).check();
  const coded = pdfPages(await printedPdf(app)).join('\n');
  expect(coded).toContain(jelena.code);
  expect(coded).not.toContain('Jelena');

  // Printing is audited, with the resident it is about.
  await app.getByRole('button', { name: 'Print…' }).click();
  await expect
    .poll(() => core.database().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'print'").get())
    .toEqual({ n: 1 });
  const row = core
    .database()
    .prepare("SELECT record_id AS recordId, detail FROM audit_log WHERE action = 'print'")
    .get() as { recordId: string; detail: string };
  expect(row.recordId).toBe(jelena.id);
  expect(JSON.parse(row.detail)).toMatchObject({ what: 'supportPlan', codesOnly: true, output: 'printer' });
});
