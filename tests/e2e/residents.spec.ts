import type { Page } from '@playwright/test';
import type { Core } from '../../electron/core/index.ts';
import { signedInAsAdmin } from './flows.ts';
import { expect, test } from './harness.ts';
import { seedResidents } from './residents-seed.ts';

interface Person {
  given: string;
  family: string;
  /** dd/MM/yyyy, as typed in English. */
  born?: string;
  alias?: string;
  doNotDisclose?: boolean;
  guardian?: string;
}

/** A text field by its label (the required-field asterisk is not part of the accessible name). */
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function fillIntake(page: Page, p: Person): Promise<void> {
  await field(page, 'Given name').fill(p.given);
  await field(page, 'Family name').fill(p.family);
  if (p.alias) await field(page, 'Alias (name used in the house)').fill(p.alias);
  await field(page, 'Date of birth').fill(p.born ?? '17/05/1994');
  await field(page, 'Date of birth').press('Tab');
  await choose(page, 'Sex', 'Female');
  await choose(page, 'Identity document', 'None');
  await choose(page, 'Referral source', 'Center for Victim Protection');
  await choose(page, 'Risk level', 'Medium');
  if (p.guardian) await field(page, 'Legal guardian').fill(p.guardian);
  if (p.doNotDisclose) await page.getByRole('switch', { name: /^Do not disclose/ }).check();
}

/** A status chip of the residents list (in residence and waiting referrals are on by default). */
function statusChip(page: Page, name: string) {
  return page.getByRole('group', { name: 'Status' }).getByText(name, { exact: true });
}

async function openNav(page: Page, name: 'Residents' | 'Referrals'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

/** Registers a referral through the intake form; returns the code the core gave it. */
async function registerReferral(page: Page, p: Person): Promise<string> {
  await openNav(page, 'Residents');
  await page.getByRole('button', { name: 'New referral' }).first().click();
  await fillIntake(page, p);
  await page.getByRole('button', { name: 'Save referral' }).click();
  const code = page.getByTestId('resident-code');
  await expect(code).toHaveText(/^R-\d{4}-\d{4}$/);
  return (await code.textContent())!;
}

/** How many times the core handed out the real name of the resident with this code. */
function reveals(core: Core, code: string): number {
  const row = core
    .database()
    .prepare(
      "SELECT count(*) AS n FROM audit_log a JOIN residents r ON r.id = a.record_id WHERE a.action = 'residents.revealName' AND r.code = ?",
    )
    .get(code) as { n: number };
  return row.n;
}

test.beforeEach(async ({ core, app }) => {
  test.slow(); // the real key derivation at set-up and sign-in, then several intakes through the form
  await signedInAsAdmin(app, core);
});

test('an empty list invites to register a referral', async ({ app }) => {
  await openNav(app, 'Residents');
  await expect(app.getByTestId('residents-empty')).toContainText('No residents yet — register a referral');
  await expect(app.getByTestId('residents-count')).toHaveText('0 of 0');
});

test('a minor without a guardian is refused with the reason; with one the referral is saved and gets a code', async ({
  app,
}) => {
  await openNav(app, 'Residents');
  await app.getByRole('button', { name: 'New referral' }).first().click();
  const born = new Date();
  const minor = `01/01/${born.getFullYear() - 15}`;
  await fillIntake(app, { given: 'Milica', family: 'Jovanović', born: minor });

  // The guardian section stands out as soon as the birth date makes the person a minor.
  await expect(app.getByTestId('minor-alert')).toContainText('This person is a minor');
  await app.getByRole('button', { name: 'Save referral' }).click();
  await expect(app.getByTestId('intake-errors')).toContainText('1 field needs correcting');
  await expect(app.getByText('A minor needs a legal guardian recorded before admission.')).toBeVisible();
  await expect(field(app, 'Legal guardian')).toBeFocused();

  await field(app, 'Legal guardian').fill('Dragana Simić');
  await app.getByRole('button', { name: 'Save referral' }).click();
  const year = new Date().getFullYear();
  await expect(app.getByTestId('resident-code')).toHaveText(new RegExp(`^R-${year}-\\d{4}$`));
  await expect(app.getByTestId('resident-name')).toHaveText('Milica Jovanović');
  await expect(app.locator('[data-flag="minor"]').first()).toBeVisible();
  await expect(app.getByTestId('profile-guardianName')).toHaveText('Dragana Simić');
});

test('the schema and the rules explain every field at once, and the first one gets the cursor', async ({ app }) => {
  await openNav(app, 'Residents');
  await app.getByRole('button', { name: 'New referral' }).first().click();
  await app.getByRole('button', { name: 'Save referral' }).click();
  await expect(app.getByTestId('intake-errors')).toContainText('fields need correcting');
  await expect(field(app, 'Given name')).toBeFocused();
  await expect(app.getByText('Enter the date of birth or, if unknown, an estimated birth year.')).toBeVisible();
  await choose(app, 'Identification status', 'Formally identified');
  await expect(field(app, 'Formally identified on')).toBeVisible();
  await expect(field(app, 'Body that decided')).toBeVisible();
});

test('an edit shows in the change log, and leaving with unsaved edits asks first', async ({ app }) => {
  await registerReferral(app, { given: 'Jelena', family: 'Marković' });
  await app.getByRole('button', { name: 'Edit' }).click();
  await field(app, 'Referring person or organisation').fill('Police Administration Novi Sad');

  await openNav(app, 'Residents');
  await expect(app.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await app.getByRole('button', { name: 'Keep editing' }).click();
  await expect(field(app, 'Referring person or organisation')).toHaveValue('Police Administration Novi Sad');

  await choose(app, 'Risk level', 'High');
  await app.getByRole('button', { name: 'Save changes' }).click();
  const log = app.getByTestId('change-log');
  await expect(log).toBeVisible();
  await expect(log.getByRole('row', { name: /Referring person or organisation/ })).toContainText(
    '(empty) → Police Administration Novi Sad',
  );
  await expect(log.getByRole('row', { name: /Risk level/ })).toContainText('Medium → High');
  await expect(log.getByRole('row', { name: /Risk level/ })).toContainText('Ana Admin');
  await expect(app.getByTestId('high-risk-banner')).toBeVisible();
});

test('search forgives diacritics and script, and the keyboard opens a resident', async ({ app }) => {
  await registerReferral(app, { given: 'Jelena', family: 'Đorđević' });
  await registerReferral(app, { given: 'Ana', family: 'Marković' });
  await openNav(app, 'Residents');
  const rows = app.getByTestId('resident-row');
  await expect(rows).toHaveCount(2);
  await expect(app.getByTestId('residents-count')).toHaveText('2 of 2');

  const search = app.getByTestId('residents-search');
  for (const typed of ['djordjevic', 'dordevic', 'ЂОРЂЕВИЋ', 'jelena đor']) {
    await search.fill(typed);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Jelena Đorđević');
    await expect(app.getByTestId('residents-count')).toHaveText('1 of 2');
  }
  await search.fill('petrovic');
  await expect(rows).toHaveCount(0);
  await expect(app.getByText('No match for “petrovic”')).toBeVisible();

  // '/' focuses the search from anywhere on the list; arrows choose, Enter opens.
  await search.fill('');
  await app.getByRole('heading', { name: 'Residents' }).click();
  await app.keyboard.press('/');
  await expect(search).toBeFocused();
  await app.keyboard.type('markov');
  await app.keyboard.press('ArrowDown');
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('resident-name')).toHaveText('Ana Marković');
});

test('a do-not-disclose resident shows only as alias or code, flagged, in the list', async ({ app, core }) => {
  const code = await registerReferral(app, { given: 'Marija', family: 'Petrović', alias: 'Maja', doNotDisclose: true });
  await expect(app.getByTestId('dnd-banner')).toContainText('Do not disclose — never confirm this person is here');
  await expect(app.getByTestId('resident-name')).toHaveText('Maja');
  await expect(app.getByTestId('profile-givenName')).toHaveCount(0);

  const noAlias = await registerReferral(app, { given: 'Vesna', family: 'Ristić', doNotDisclose: true });
  await expect(app.getByTestId('resident-name')).toHaveText(noAlias);

  await openNav(app, 'Residents');
  const rows = app.getByTestId('resident-row');
  await expect(rows).toHaveCount(2);
  const maja = rows.filter({ hasText: code });
  await expect(maja).toContainText('Maja');
  await expect(maja).not.toContainText('Petrović');
  await expect(maja.locator('[data-flag="do-not-disclose"]')).toHaveText('Do not disclose');
  const vesna = rows.filter({ hasText: noAlias });
  await expect(vesna).not.toContainText('Ristić');
  await expect(vesna.locator('[data-flag="do-not-disclose"]')).toBeVisible();

  // The search finds them by alias or code, never by the real name.
  const search = app.getByTestId('residents-search');
  for (const typed of ['petrovic', 'Marija', 'ristic', 'Vesna']) {
    await search.fill(typed);
    await expect(rows).toHaveCount(0);
  }
  for (const [typed, found] of [
    ['maja', code],
    [code, code],
    [noAlias, noAlias],
  ] as const) {
    await search.fill(typed);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(found);
  }

  // The real name comes only from the core: "Show" asks for it, and so does the edit form; each
  // time is audited. The change log never carries it.
  await rows.first().click();
  await expect(app.getByTestId('profile-familyName')).toHaveCount(0);
  await app.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(app.getByTestId('profile-familyName')).toHaveText('Ristić');
  await expect(app.getByTestId('profile-givenName')).toHaveText('Vesna');
  await expect.poll(() => reveals(core, noAlias)).toBe(1);
  await app.getByRole('button', { name: 'Edit' }).click();
  await expect(field(app, 'Given name')).toHaveValue('Vesna');
  await expect(field(app, 'Family name')).toHaveValue('Ristić');
  await expect.poll(() => reveals(core, noAlias)).toBe(2);
  await field(app, 'Family name').fill('Ilić');
  await app.getByRole('button', { name: 'Save changes' }).click();
  const change = app.getByTestId('change-log').getByRole('row', { name: /Family name/ });
  await expect(change).toContainText('Hidden (do not disclose) → Hidden (do not disclose)');
  await expect(app.getByTestId('change-log')).not.toContainText(/Ristić|Ilić/);
  await expect(app.getByTestId('resident-name')).toHaveText(noAlias);
  await app.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(app.getByTestId('profile-familyName')).toHaveText('Ilić');
  await expect(app.getByTestId('profile-givenName')).toHaveText('Vesna');
  await expect(change).not.toContainText(/Ristić|Ilić/);
});

test('a declined referral leaves the inbox and stays on record; an accepted one waits for a bed', async ({ app }) => {
  const declined = await registerReferral(app, { given: 'Snežana', family: 'Ilić' });
  const accepted = await registerReferral(app, { given: 'Olena', family: 'Shevchenko' });
  await openNav(app, 'Referrals');
  const rows = app.getByTestId('referral-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Center for Victim Protection');
  await expect(app.getByTestId('declined-count')).toHaveText('0 referrals declined this year');

  await rows.filter({ hasText: accepted }).getByRole('button', { name: 'Accept' }).click();
  await expect(rows.filter({ hasText: accepted }).getByTestId('accepted')).toHaveText('Accepted — plan or admit');

  await rows.filter({ hasText: declined }).getByRole('button', { name: 'Decline' }).click();
  const dialog = app.getByRole('dialog', { name: 'Decline this referral?' });
  await dialog.getByRole('button', { name: 'Decline referral' }).click();
  await expect(dialog.getByText('This field is required.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'No free bed' }).check();
  await dialog.getByRole('button', { name: 'Decline referral' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Olena Shevchenko');
  await expect(app.getByTestId('declined-count')).toHaveText('1 referral declined this year');

  // Still on record: in the list behind its own chip, and its page says why it was declined.
  await openNav(app, 'Residents');
  const row = app.getByTestId('resident-row').filter({ hasText: declined });
  await expect(app.getByTestId('resident-row').filter({ hasText: accepted })).toHaveCount(1);
  await expect(row).toHaveCount(0);
  await statusChip(app, 'Declined').click();
  await expect(row).toContainText('Referral declined');
  await row.click();
  await expect(app.getByTestId('profile-referralOutcome')).toHaveText('Declined');
  await expect(app.getByTestId('profile-declineReason')).toHaveText('No free bed');
});

test('an exited resident is archived after a confirmation, and archived ones show only when asked for', async ({
  app,
  core,
}) => {
  await seedResidents(core);
  await openNav(app, 'Residents');
  const rows = app.getByTestId('resident-row');
  // Today's people by default: the declined referral and the exited resident wait behind their chips.
  await expect(app.getByTestId('residents-count')).toHaveText('6 of 8');
  const ivana = rows.filter({ hasText: 'Ivana Čolić' });
  await expect(ivana).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Snežana Ilić' })).toHaveCount(0);
  await statusChip(app, 'Declined').click();
  await expect(rows.filter({ hasText: 'Snežana Ilić' })).toHaveCount(1);
  await statusChip(app, 'Exited').click();
  await expect(app.getByTestId('residents-count')).toHaveText('8 of 8');
  await expect(ivana).toContainText('Exited');
  await ivana.click();

  await app.getByRole('button', { name: 'Archive' }).click();
  const dialog = app.getByRole('dialog', { name: 'Archive this resident?' });
  await expect(dialog).toContainText('Nothing is deleted.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await app.getByRole('button', { name: 'Archive' }).click();
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.locator('[data-status="archived"]')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Archive' })).toHaveCount(0);

  await openNav(app, 'Residents');
  await expect(app.getByTestId('residents-count')).toHaveText('7 of 8');
  await expect(rows.filter({ hasText: 'Ivana Čolić' })).toHaveCount(0);
  await statusChip(app, 'Archived').click();
  await expect(app.getByRole('checkbox', { name: 'Archived' })).toBeChecked();
  await expect(rows.filter({ hasText: 'Ivana Čolić' })).toHaveCount(1);

  await app.getByRole('switch', { name: 'Minors only' }).check();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Luka Đorđević');
  await app.getByRole('switch', { name: 'Minors only' }).uncheck();

  // Sorting by name puts the do-not-disclose resident where her alias belongs, not her name.
  await app.getByRole('button', { name: 'Name' }).click();
  await expect(rows.first()).toContainText('Amina Hodžić');
  await expect(app.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
});

test('a code pasted into the search and Enter open that resident, not the row selected before', async ({
  app,
  core,
}) => {
  await seedResidents(core);
  await openNav(app, 'Residents');
  const rows = app.getByTestId('resident-row');
  await expect(app.getByTestId('residents-count')).toHaveText('6 of 8');
  const search = app.getByTestId('residents-search');
  await search.focus();
  await app.keyboard.press('ArrowDown');
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  const target = rows.nth(3);
  const code = (await target.getByRole('cell').first().textContent())!.trim();
  const name = (await target.getByRole('cell').nth(1).textContent())!.trim();

  // Paste and Enter in the same moment, before the list can have caught up with the input.
  await search.evaluate((input: HTMLInputElement, text) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  }, code);
  await expect(app.getByTestId('resident-code')).toHaveText(code);
  await expect(app.getByTestId('resident-name')).toHaveText(name);

  // Typed as people type it, then Enter at once: the same.
  await openNav(app, 'Residents');
  await search.fill('');
  await expect(app.getByTestId('residents-count')).toHaveText('6 of 8');
  const other = (await rows.nth(1).getByRole('cell').first().textContent())!.trim();
  await search.pressSequentially(other);
  await search.press('Enter');
  await expect(app.getByTestId('resident-code')).toHaveText(other);
});
