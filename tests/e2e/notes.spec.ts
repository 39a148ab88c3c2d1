import type { Page } from '@playwright/test';
import { call } from '../fixtures/core.ts';
import { logIn, signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { addAccount, go, newResident } from './stays-flows.ts';

const SARA = { username: 'sara', password: 'saras own long password' };
const STEFAN = { username: 'stefan', password: 'stefans own long password' };

const noteBox = (page: Page) => page.getByRole('textbox', { name: 'New note', exact: true });
const notes = (page: Page) => page.getByTestId('note');

let residentId = '';

test.beforeEach(async ({ core, app }) => {
  test.slow(); // sign-ins run the key derivation
  await signedInAsAdmin(app, core);
  const admin = clientOf(app);
  await addAccount(core, admin, SARA.username, 'staff', SARA.password);
  await addAccount(core, admin, STEFAN.username, 'staff', STEFAN.password);
  residentId = (await newResident(admin, { givenName: 'Mira', familyName: 'Petrović' })).id;
  await app.keyboard.press('Control+l');
  await logIn(app, SARA.username, SARA.password);
  await expect(app.getByTestId('signed-in-as')).toContainText('sara');
  await go(app, `/residents/${residentId}`);
  await expect(app.getByTestId('resident-name')).toHaveText('Mira Petrović');
});

async function writeNote(page: Page, text: string, category: string, sensitive = false): Promise<void> {
  await noteBox(page).fill(text);
  await page.getByRole('combobox', { name: 'Category', exact: true }).click();
  await page.getByRole('option', { name: category, exact: true }).click();
  if (sensitive) await page.getByRole('checkbox', { name: 'Sensitive' }).check();
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(notes(page).filter({ hasText: text })).toBeVisible();
}

test('a note written on the resident page is listed newest first with its category; its draft survives a lock and a reload', async ({
  app,
  core,
}) => {
  const drafts = () => core.database().prepare('SELECT count(*) AS n FROM drafts').get();
  await writeNote(app, 'Phoned her sister; all is well.', 'Contact');
  await expect(noteBox(app)).toHaveValue('');

  await noteBox(app).fill('Went with her to the clinic;\nnext check-up in two weeks.');
  await app.getByRole('button', { name: 'Lock', exact: true }).click(); // the lock writes the draft first
  await expect(app.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await app.getByLabel('Password', { exact: true }).fill(SARA.password);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('draft-restored')).toBeVisible();
  expect(new URL(app.url()).hash).toBe(`#/residents/${residentId}`);
  await expect(noteBox(app)).toHaveValue('Went with her to the clinic;\nnext check-up in two weeks.');

  // A crash or reload: the text typed since is kept too, once written a second after typing stops.
  await noteBox(app).press('End');
  await noteBox(app).pressSequentially(' Bring the card.');
  await expect
    .poll(() => core.database().prepare('SELECT data FROM drafts WHERE key = ?').get(`notes.new:${residentId}`))
    .toEqual({ data: expect.stringContaining('Bring the card.') as unknown });
  await app.reload();
  await expect(noteBox(app)).toHaveValue('Went with her to the clinic;\nnext check-up in two weeks. Bring the card.');

  await app.getByRole('combobox', { name: 'Category', exact: true }).click();
  await app.getByRole('option', { name: 'Health', exact: true }).click();
  await app.getByRole('button', { name: 'Save note' }).click();
  await expect(notes(app)).toHaveCount(2);
  await expect(notes(app).first()).toContainText('Bring the card.');
  await expect(notes(app).first().locator('[data-category="health"]')).toHaveText('Health');
  await expect(notes(app).nth(1).locator('[data-category="contact"]')).toHaveText('Contact');
  await expect(noteBox(app)).toHaveValue('');
  await expect.poll(drafts).toEqual({ n: 0 });
});

test('a correction keeps the original in the history', async ({ app }) => {
  await writeNote(app, 'Court hearing moved to Monday.', 'Court hearing');
  await notes(app).first().getByRole('button', { name: 'Correct' }).click();
  const dialog = app.getByRole('dialog', { name: 'Correct the note' });
  await dialog.getByRole('textbox', { name: 'Corrected text' }).fill('Court hearing moved to Tuesday.');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog).toBeHidden();
  await expect(notes(app).first().getByTestId('note-body')).toHaveText('Court hearing moved to Tuesday.');

  await notes(app).first().getByRole('button', { name: 'History' }).click();
  const history = app.getByRole('dialog', { name: 'History of the note' });
  await expect(history.getByTestId('note-history')).toContainText('Court hearing moved to Monday.');
  await expect(history.getByTestId('note-history')).toContainText('Court hearing moved to Tuesday.');
});

test('a sensitive note by one staff member is not visible to another, in any form', async ({ app }) => {
  await writeNote(app, 'Told me about her debts to the recruiter.', 'Legal', true);
  await expect(notes(app).first().getByTestId('note-sensitive')).toHaveText('Sensitive');
  await writeNote(app, 'Joined the cooking workshop.', 'Other');
  await expect(notes(app)).toHaveCount(2);

  await app.keyboard.press('Control+l');
  await logIn(app, STEFAN.username, STEFAN.password);
  await expect(app.getByTestId('signed-in-as')).toContainText('stefan');
  await go(app, `/residents/${residentId}`);
  await expect(notes(app)).toHaveCount(1);
  await expect(notes(app).first()).toContainText('Joined the cooking workshop.');
  await expect(app.getByText('debts', { exact: false })).toHaveCount(0);
  await expect(app.getByTestId('note-sensitive')).toHaveCount(0);
  // Not just hidden by the screen: the core never sent it.
  const seen = await call(clientOf(app), 'notes.list', { residentId });
  expect(seen.map((n) => n.body)).toEqual(['Joined the cooking workshop.']);
});
