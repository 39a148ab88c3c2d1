import type { Page } from '@playwright/test';
import { call } from '../fixtures/core.ts';
import { ADMIN, logIn, seedVault } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { addAccount, bedTile, choose, daysFromToday, enDate, expectBed, go, newResident, newRoom, typeDate } from './stays-flows.ts';

test.beforeEach(async ({ core, app }) => {
  await seedVault(core);
  await app.reload();
  await logIn(app, ADMIN.username, ADMIN.password);
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
});

const dialog = (page: Page) => page.getByRole('dialog');

test('a room and its beds are set up, then a resident is admitted, moved and leaves', async ({ app }) => {
  test.slow(); // set-up and three stay actions, all through the UI
  // Set-up through the UI, as the administrator.
  await app.getByRole('link', { name: 'Rooms & beds' }).click();
  await expect(app.getByText('No rooms yet')).toBeVisible();
  await app.getByRole('button', { name: 'New room' }).click();
  await dialog(app).getByLabel('Room name').fill('Room 1');
  await dialog(app).getByLabel('Floor').fill('1');
  await choose(app, dialog(app).getByRole('combobox', { name: 'Kind of room' }), 'Shared');
  await dialog(app).getByRole('button', { name: 'Create room' }).click();
  const room = app.locator('[data-testid=rooms-room][data-room="Room 1"]');
  await expect(room).toContainText('Shared');
  for (const label of ['A', 'B']) {
    await room.getByRole('button', { name: 'Add bed' }).click();
    await dialog(app).getByLabel('Bed label').fill(label);
    await dialog(app).getByRole('button', { name: 'Add bed' }).click();
    await expect(room.locator(`[data-testid=rooms-bed][data-bed="${label}"]`)).toContainText('In service');
  }

  const c = clientOf(app);
  const jelena = await newResident(c);

  // Admit from the resident's page.
  await go(app, `/residents/${jelena.id}`);
  await app.getByRole('button', { name: 'Admit', exact: true }).click();
  await choose(app, dialog(app).getByRole('combobox', { name: 'Bed' }), 'Room 1 · A');
  await dialog(app).getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(dialog(app)).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Move' })).toBeVisible();

  await app.getByRole('link', { name: 'Bed board' }).click();
  await expectBed(app, 'Room 1', 'A', 'occupied', 'Jelena Marković');
  await expectBed(app, 'Room 1', 'B', 'free');
  await expect(app.locator('[data-total=occupied]')).toContainText('1');

  // Move to the other bed the same day.
  await bedTile(app, 'Room 1', 'A').getByRole('link', { name: 'Jelena Marković' }).click();
  await app.getByRole('button', { name: 'Move' }).click();
  await expect(dialog(app)).toBeVisible();
  await choose(app, dialog(app).getByRole('combobox', { name: 'Bed' }), 'Room 1 · B');
  await dialog(app).getByRole('button', { name: 'Move', exact: true }).click();
  await expect(dialog(app)).toHaveCount(0);
  await app.getByRole('link', { name: 'Bed board' }).click();
  await expectBed(app, 'Room 1', 'B', 'occupied', 'Jelena Marković');
  await expectBed(app, 'Room 1', 'A', 'free');

  // Exit with reason and destination, confirmed.
  await go(app, `/residents/${jelena.id}`);
  await app.getByRole('button', { name: 'Exit' }).click();
  await dialog(app).getByLabel('Reason for leaving').fill('Found a job and a flat in Novi Sad');
  await choose(app, dialog(app).getByRole('combobox', { name: 'Destination after leaving' }), 'Independent living');
  await dialog(app).getByRole('button', { name: 'Continue' }).click();
  await expect(dialog(app)).toContainText('Jelena Marković leaves on');
  await dialog(app).getByRole('button', { name: 'Record the exit' }).click();
  await expect(dialog(app)).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Re-admit' })).toBeVisible();
  await app.getByRole('link', { name: 'Bed board' }).click();
  await expectBed(app, 'Room 1', 'A', 'free');
  await expectBed(app, 'Room 1', 'B', 'free');
  await expect(app.locator('[data-total=free]')).toContainText('2');
});

test('a back-dated admission asks why, and the board of that night shows it', async ({ app }) => {
  const c = clientOf(app);
  await newRoom(c, 'Room 2', ['A']);
  const r = await newResident(c, { givenName: 'Ana', familyName: 'Đorđević' });
  const yesterday = daysFromToday(-1);

  await go(app, `/residents/${r.id}`);
  await app.getByRole('button', { name: 'Admit', exact: true }).click();
  await typeDate(dialog(app).getByLabel('Admission date'), yesterday);
  await choose(app, dialog(app).getByRole('combobox', { name: 'Bed' }), 'Room 2 · A');
  await dialog(app).getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(dialog(app).getByText('This date is in the past: say why it is recorded late.')).toBeVisible();

  await dialog(app).getByLabel('Back-dated: why is this entered late?').fill('Arrived late at night; entered the next morning');
  await dialog(app).getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(dialog(app)).toHaveCount(0);

  await app.getByRole('link', { name: 'Bed board' }).click();
  await expectBed(app, 'Room 2', 'A', 'occupied', `since ${enDate(yesterday)}`);
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(app.getByText(`Night of ${enDate(daysFromToday(-1))}`)).toBeVisible();
  await expectBed(app, 'Room 2', 'A', 'occupied', 'Ana Đorđević');
  await app.keyboard.press('Alt+ArrowLeft');
  await expectBed(app, 'Room 2', 'A', 'free');
  // The board keeps its night while moving between screens.
  await go(app, `/residents/${r.id}`);
  await expect(app.getByTestId('resident-name')).toHaveText('Ana Đorđević');
  await app.getByRole('link', { name: 'Bed board' }).click();
  await expect(app.getByText(`Night of ${enDate(daysFromToday(-2))}`)).toBeVisible();
  await expectBed(app, 'Room 2', 'A', 'free');
  await app.getByRole('button', { name: 'Today' }).click();
  await expect(app.getByText('tonight')).toBeVisible();
});

test('an admission without consent is explained, with a way to the record', async ({ app }) => {
  const c = clientOf(app);
  await newRoom(c, 'Room 3', ['A']);
  const r = await newResident(c, { consentGivenOn: null });
  await go(app, `/residents/${r.id}`);
  await app.getByRole('button', { name: 'Admit', exact: true }).click();
  await choose(app, dialog(app).getByRole('combobox', { name: 'Bed' }), 'Room 3 · A');
  await dialog(app).getByRole('button', { name: 'Admit', exact: true }).click();
  const problems = dialog(app).getByTestId('stay-record-problems');
  await expect(problems).toContainText('Consent given on');
  await expect(problems).toContainText('Consent to data processing must be given');
  await problems.getByRole('link', { name: "Edit the resident's record" }).click();
  await expect(app).toHaveURL(new RegExp(`#/residents/${r.id}/edit$`));
});

test('a bed held for a planned admission shows as held, then reserved on the day', async ({ app }) => {
  const c = clientOf(app);
  await newRoom(c, 'Room 4', ['A', 'B']);
  const r = await newResident(c, { givenName: 'Milica', familyName: 'Jovanović' });
  const tomorrow = daysFromToday(1);

  await go(app, `/residents/${r.id}`);
  await app.getByRole('button', { name: 'Plan admission' }).click();
  await choose(app, dialog(app).getByRole('combobox', { name: 'Bed' }), 'Room 4 · B');
  await dialog(app).getByRole('button', { name: 'Hold the bed' }).click();
  await expect(app.getByTestId('planned-stay')).toContainText(`Room 4 · B from ${enDate(tomorrow)}`);

  await app.getByRole('link', { name: 'Bed board' }).click();
  await expectBed(app, 'Room 4', 'B', 'free', `held from ${enDate(tomorrow)}`);
  await app.getByRole('button', { name: 'Next day' }).click();
  await expectBed(app, 'Room 4', 'B', 'reserved', 'Milica Jovanović');

  // Someone else cannot be admitted into the held bed today: the board offers no "Admit here" on
  // it, and the picker says why.
  await app.getByRole('button', { name: 'Today' }).click();
  await expect(bedTile(app, 'Room 4', 'B').getByRole('button', { name: 'Admit here' })).toHaveCount(0);
  const other = await newResident(c, { givenName: 'Sara', familyName: 'Ilić' });
  await bedTile(app, 'Room 4', 'A').getByRole('button', { name: 'Admit here' }).click();
  await choose(app, dialog(app).getByRole('combobox', { name: 'Resident' }), /Sara Ilić/);
  await dialog(app).getByRole('combobox', { name: 'Bed' }).click();
  await expect(app.getByRole('option', { name: /Room 4 · B — held from/ })).toBeVisible();
  await app.keyboard.press('Escape');
  await dialog(app).getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(dialog(app)).toHaveCount(0);
  await expectBed(app, 'Room 4', 'A', 'occupied', 'Sara Ilić');
  expect(other.code).toMatch(/^R-/);

  await go(app, `/residents/${r.id}`);
  await app.getByRole('button', { name: 'Cancel plan' }).click();
  await dialog(app).getByRole('button', { name: 'Cancel the plan' }).click();
  await expect(app.getByRole('button', { name: 'Plan admission' })).toBeVisible();
});

test('taking an occupied bed out of service is refused, naming the stay', async ({ app }) => {
  const c = clientOf(app);
  const { beds } = await newRoom(c, 'Room 5', ['A']);
  const r = await newResident(c);
  await call(c, 'stays.admit', { residentId: r.id, bedId: beds.A!, date: daysFromToday(0), backdateReason: '' });

  await app.getByRole('link', { name: 'Rooms & beds' }).click();
  const bed = app.locator('[data-testid=rooms-room][data-room="Room 5"] [data-testid=rooms-bed][data-bed="A"]');
  await bed.getByRole('button', { name: 'Take out of service…' }).click();
  await dialog(app).getByLabel('Reason').fill('Broken bed frame');
  await dialog(app).getByRole('button', { name: 'Take out of service' }).click();
  const conflict = dialog(app).getByTestId('rooms-conflict');
  await expect(conflict).toContainText(`the stay of ${r.code} in Room 5 · A since ${enDate(daysFromToday(0))} (still there)`);

  // From tomorrow after an exit it works, and can be ended again.
  await call(c, 'stays.exit', { residentId: r.id, date: daysFromToday(0), reason: 'Moved out', destination: 'family', backdateReason: '' });
  await dialog(app).getByRole('button', { name: 'Take out of service' }).click();
  await expect(dialog(app)).toHaveCount(0);
  await expect(bed).toContainText('Out of service');
  await expect(bed).toContainText('until further notice: Broken bed frame');
  await bed.getByRole('button', { name: 'Back in service…' }).click();
  await typeDate(dialog(app).getByLabel('Back in service on'), daysFromToday(3));
  await dialog(app).getByRole('button', { name: 'Back in service' }).click();
  await expect(bed).toContainText(`– ${enDate(daysFromToday(3))}: Broken bed frame`);
});

test('a room is renamed and retired; retired rooms are tucked away', async ({ app }) => {
  const c = clientOf(app);
  await newRoom(c, 'Attic', ['A']);
  await app.getByRole('link', { name: 'Rooms & beds' }).click();
  const room = app.locator('[data-testid=rooms-room][data-room="Attic"]');
  await room.getByRole('button', { name: 'More actions for Attic' }).click();
  await app.getByRole('menuitem', { name: 'Edit or rename' }).click();
  await dialog(app).getByLabel('Room name').fill('Attic room');
  await dialog(app).getByRole('button', { name: 'Save' }).click();
  const renamed = app.locator('[data-testid=rooms-room][data-room="Attic room"]');
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'More actions for Attic room' }).click();
  await app.getByRole('menuitem', { name: 'Retire room…' }).click();
  await expect(dialog(app)).toContainText('Attic room will be retired from');
  await dialog(app).getByRole('button', { name: 'Retire room' }).click();
  await expect(dialog(app)).toHaveCount(0);
  await expect(renamed).toBeHidden();
  await app.getByText('1 retired room').click();
  await expect(renamed).toContainText('Retired from');
});

test('staff do not see rooms and beds, and are told so if they go there', async ({ app, core }) => {
  const c = clientOf(app);
  await addAccount(core, c, 'marko', 'staff', 'marko has a long password');
  await app.getByRole('button', { name: 'Lock' }).click();
  await logIn(app, 'marko', 'marko has a long password');
  await expect(app.getByTestId('signed-in-as')).toBeVisible();
  await expect(app.getByRole('link', { name: 'Bed board' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Rooms & beds' })).toHaveCount(0);
  await go(app, '/rooms');
  await expect(app.getByTestId('rooms-managers-only')).toContainText('For managers only');
});
