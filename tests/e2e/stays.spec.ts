import type { Page } from '@playwright/test';
import { call } from '../fixtures/core.ts';
import { logIn, signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import {
  addAccount,
  bedTile,
  choose,
  daysFromToday,
  enDate,
  expectBed,
  go,
  newResident,
  newRoom,
  typeDate,
} from './stays-flows.ts';

test.beforeEach(async ({ core, app }) => {
  await signedInAsAdmin(app, core);
});

/** A dialog by its title: while one closes and the next opens, both are in the page for a moment. */
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

test('a room and its beds are set up, then a resident is admitted, moved and leaves', async ({ app }) => {
  test.slow(); // set-up and three stay actions, all through the UI
  // Set-up through the UI, as the administrator.
  await app.getByRole('link', { name: 'Rooms & beds' }).click();
  await expect(app.getByText('No rooms yet')).toBeVisible();
  await app.getByRole('button', { name: 'New room' }).click();
  const newRoomDialog = dialog(app, 'New room');
  await newRoomDialog.getByLabel('Room name').fill('Room 1');
  await newRoomDialog.getByLabel('Floor').fill('1');
  await choose(app, newRoomDialog.getByRole('combobox', { name: 'Kind of room' }), 'Shared');
  await newRoomDialog.getByRole('button', { name: 'Create room' }).click();
  await expect(newRoomDialog).toBeHidden();
  const room = app.locator('[data-testid=rooms-room][data-room="Room 1"]');
  await expect(room).toContainText('Shared');
  for (const label of ['A', 'B']) {
    await room.getByRole('button', { name: 'Add bed' }).click();
    const addBed = dialog(app, 'Add a bed to Room 1');
    await addBed.getByLabel('Bed label').fill(label);
    await addBed.getByRole('button', { name: 'Add bed' }).click();
    await expect(addBed).toBeHidden();
    await expect(room.locator(`[data-testid=rooms-bed][data-bed="${label}"]`)).toContainText('In service');
  }

  const c = clientOf(app);
  const jelena = await newResident(c);

  // Admit from the resident's page.
  await go(app, `/residents/${jelena.id}`);
  await app.getByRole('button', { name: 'Admit', exact: true }).click();
  const admit = dialog(app, 'Admit Jelena Marković');
  await choose(app, admit.getByRole('combobox', { name: 'Bed' }), 'Room 1 · A');
  await admit.getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(admit).toBeHidden();
  await expect(app.getByRole('button', { name: 'Move' })).toBeVisible();

  await app.getByRole('link', { name: 'Bed board' }).click();
  await expectBed(app, 'Room 1', 'A', 'occupied', 'Jelena Marković');
  await expectBed(app, 'Room 1', 'B', 'free');
  await expect(app.locator('[data-total=occupied]')).toContainText('1');

  // Move to the other bed the same day.
  await bedTile(app, 'Room 1', 'A').getByRole('link', { name: 'Jelena Marković' }).click();
  await app.getByRole('button', { name: 'Move' }).click();
  const move = dialog(app, 'Move Jelena Marković to another bed');
  await expect(move).toBeVisible();
  await choose(app, move.getByRole('combobox', { name: 'Bed' }), 'Room 1 · B');
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(move).toBeHidden();
  await app.getByRole('link', { name: 'Bed board' }).click();
  await expectBed(app, 'Room 1', 'B', 'occupied', 'Jelena Marković');
  await expectBed(app, 'Room 1', 'A', 'free');

  // Exit with reason and destination, confirmed.
  await go(app, `/residents/${jelena.id}`);
  await app.getByRole('button', { name: 'Exit' }).click();
  const exit = dialog(app, 'Exit of Jelena Marković');
  await exit.getByLabel('Reason for leaving').fill('Found a job and a flat in Novi Sad');
  await choose(app, exit.getByRole('combobox', { name: 'Destination after leaving' }), 'Independent living');
  await exit.getByRole('button', { name: 'Continue' }).click();
  await expect(exit).toContainText('Jelena Marković leaves on');
  await exit.getByRole('button', { name: 'Record the exit' }).click();
  await expect(exit).toBeHidden();
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
  const admit = dialog(app, 'Admit Ana Đorđević');
  await typeDate(admit.getByLabel('Admission date'), yesterday);
  await choose(app, admit.getByRole('combobox', { name: 'Bed' }), 'Room 2 · A');
  await admit.getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(admit.getByText('This date is in the past: say why it is recorded late.')).toBeVisible();

  await admit
    .getByLabel('Back-dated: why is this entered late?')
    .fill('Arrived late at night; entered the next morning');
  await admit.getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(admit).toBeHidden();

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
  const admit = dialog(app, /^Admit /);
  await choose(app, admit.getByRole('combobox', { name: 'Bed' }), 'Room 3 · A');
  await admit.getByRole('button', { name: 'Admit', exact: true }).click();
  const problems = admit.getByTestId('stay-record-problems');
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
  const plan = dialog(app, 'Plan the admission of Milica Jovanović');
  await choose(app, plan.getByRole('combobox', { name: 'Bed' }), 'Room 4 · B');
  await plan.getByRole('button', { name: 'Hold the bed' }).click();
  await expect(plan).toBeHidden();
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
  const admitHere = dialog(app, 'Admit a resident to this bed');
  await choose(app, admitHere.getByRole('combobox', { name: 'Resident' }), /Sara Ilić/);
  await admitHere.getByRole('combobox', { name: 'Bed' }).click();
  await expect(app.getByRole('option', { name: /Room 4 · B — held from/ })).toBeVisible();
  await app.keyboard.press('Escape');
  await admitHere.getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(admitHere).toBeHidden();
  await expectBed(app, 'Room 4', 'A', 'occupied', 'Sara Ilić');
  expect(other.code).toMatch(/^R-/);

  await go(app, `/residents/${r.id}`);
  await app.getByRole('button', { name: 'Cancel plan' }).click();
  const cancelPlan = dialog(app, 'Cancel the planned admission?');
  await cancelPlan.getByRole('button', { name: 'Cancel the plan' }).click();
  await expect(cancelPlan).toBeHidden();
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
  const outage = dialog(app, 'Take Room 5 · A out of service');
  await outage.getByLabel('Reason').fill('Broken bed frame');
  await outage.getByRole('button', { name: 'Take out of service' }).click();
  const conflict = outage.getByTestId('rooms-conflict');
  await expect(conflict).toContainText(
    `the stay of ${r.code} in Room 5 · A since ${enDate(daysFromToday(0))} (still there)`,
  );

  // From tomorrow after an exit it works, and can be ended again.
  await call(c, 'stays.exit', {
    residentId: r.id,
    date: daysFromToday(0),
    reason: 'Moved out',
    destination: 'family',
    backdateReason: '',
  });
  await outage.getByRole('button', { name: 'Take out of service' }).click();
  await expect(outage).toBeHidden();
  await expect(bed).toContainText('Out of service');
  await expect(bed).toContainText('until further notice: Broken bed frame');
  await bed.getByRole('button', { name: 'Back in service…' }).click();
  const back = dialog(app, 'Room 5 · A back in service');
  await typeDate(back.getByLabel('Back in service on'), daysFromToday(3));
  await back.getByRole('button', { name: 'Back in service' }).click();
  await expect(back).toBeHidden();
  await expect(bed).toContainText(`– ${enDate(daysFromToday(3))}: Broken bed frame`);
});

test('a room is renamed and retired; retired rooms are tucked away', async ({ app }) => {
  const c = clientOf(app);
  await newRoom(c, 'Attic', ['A']);
  await app.getByRole('link', { name: 'Rooms & beds' }).click();
  const room = app.locator('[data-testid=rooms-room][data-room="Attic"]');
  await room.getByRole('button', { name: 'More actions for Attic' }).click();
  await app.getByRole('menuitem', { name: 'Edit or rename' }).click();
  const edit = dialog(app, 'Edit Attic');
  await edit.getByLabel('Room name').fill('Attic room');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  const renamed = app.locator('[data-testid=rooms-room][data-room="Attic room"]');
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'More actions for Attic room' }).click();
  await app.getByRole('menuitem', { name: 'Retire room…' }).click();
  const retire = dialog(app, 'Retire Attic room?');
  await expect(retire).toContainText('Attic room will be retired from');
  await retire.getByRole('button', { name: 'Retire room' }).click();
  await expect(retire).toBeHidden();
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
