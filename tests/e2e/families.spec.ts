import type { Page } from '@playwright/test';
import { call } from '../fixtures/core.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { choose, daysFromToday, go, newResident, newRoom } from './stays-flows.ts';

test.beforeEach(async ({ core, app }) => {
  await signedInAsAdmin(app, core);
});

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const child = (parentResidentId: string, givenName: string) => ({
  givenName,
  parentResidentId,
  dateOfBirth: '2017-06-01',
  guardianName: 'Centre for social work',
});

test('a mother leaves: one child with her, the other stays with a named carer; the child’s page says so', async ({
  app,
}) => {
  const c = clientOf(app);
  const { beds } = await newRoom(c, 'Room 3', ['A', 'B', 'C']);
  const mother = await newResident(c, { givenName: 'Vesna' });
  const mila = await newResident(c, child(mother.id, 'Mila'));
  const luka = await newResident(c, child(mother.id, 'Luka'));
  const since = daysFromToday(-5);
  const late = 'From the paper register';
  await call(c, 'stays.admit', {
    residentId: mother.id,
    bedId: beds.A!,
    date: since,
    backdateReason: late,
    children: [
      { childId: mila.id, bedId: beds.B! },
      { childId: luka.id, bedId: beds.C! },
    ],
  });

  await go(app, `/residents/${mother.id}`);
  await expect(app.getByTestId('tonight')).toContainText('Tonight: Room 3 · A since');
  await app.getByRole('button', { name: 'Exit' }).click();
  const exit = dialog(app, 'Exit of Vesna Marković');
  await expect(exit.getByTestId('family-exit')).toContainText('Her children still live here');
  await exit.getByLabel('Reason for leaving').fill('Moved to a flat');
  await choose(app, exit.getByRole('combobox', { name: 'Destination after leaving' }), 'Independent living');
  await exit.getByRole('button', { name: 'Continue' }).click();
  // No decision yet: the dialog does not go on.
  await expect(exit.getByText('Choose one.')).toHaveCount(2);

  const milaRow = exit.locator('[data-testid=family-child][data-child="Mila Marković"]');
  const lukaRow = exit.locator('[data-testid=family-child][data-child="Luka Marković"]');
  await milaRow.getByLabel('Leaves with her on the same day').check();
  await lukaRow.getByLabel('Stays in the house; record who now cares for the child').check();
  await exit.getByRole('button', { name: 'Continue' }).click();
  await expect(exit.getByText('Say who now cares for the child.')).toBeVisible();
  await lukaRow.getByRole('textbox', { name: 'Who now cares for the child' }).fill('Grandmother Ljubica, Novi Sad');
  await exit.getByRole('button', { name: 'Continue' }).click();

  await expect(exit).toContainText('Mila Marković leaves with her.');
  await expect(exit).toContainText('Luka Marković stays; now cared for by Grandmother Ljubica, Novi Sad.');
  await exit.getByRole('button', { name: 'Record the exit' }).click();
  await expect(exit).toBeHidden();

  await go(app, `/residents/${luka.id}`);
  await expect(app.getByTestId('parent-left')).toContainText('Her parent has left the house');
  await expect(app.getByTestId('carer')).toContainText('Grandmother Ljubica, Novi Sad');
  await go(app, `/residents/${mila.id}`);
  await expect(app.getByTestId('resident-name')).toHaveText('Mila Marković');
  await expect(app.getByText('Exited', { exact: true })).toBeVisible();
});

test('admitting a mother offers her children beds in the same room', async ({ app }) => {
  const c = clientOf(app);
  await newRoom(c, 'Room 3', ['A', 'B', 'C']);
  await newRoom(c, 'Room 4', ['A']);
  const mother = await newResident(c, { givenName: 'Vesna' });
  await newResident(c, child(mother.id, 'Mila'));

  await go(app, `/residents/${mother.id}`);
  await app.getByRole('button', { name: 'Admit', exact: true }).click();
  const admit = dialog(app, 'Admit Vesna Marković');
  await expect(admit.getByTestId('family-place')).toContainText('Mila Marković');
  await choose(app, admit.getByRole('combobox', { name: 'Bed', exact: true }), 'Room 3 · A');
  await choose(app, admit.getByRole('combobox', { name: 'Bed for Mila Marković' }), 'Room 3 · B');
  await admit.getByRole('button', { name: 'Admit', exact: true }).click();
  await expect(admit).toBeHidden();
  await expect(app.getByTestId('tonight')).toContainText('Room 3 · A');

  await app.getByRole('button', { name: 'Expected leaving date' }).click();
  const leaving = dialog(app, 'Expected leaving date');
  await leaving
    .getByLabel('Expected to leave on')
    .fill(`${daysFromToday(4).slice(8, 10)}/${daysFromToday(4).slice(5, 7)}/${daysFromToday(4).slice(0, 4)}`);
  await leaving.getByLabel('Expected to leave on').press('Tab');
  await leaving.getByRole('button', { name: 'Save' }).click();
  await expect(leaving).toBeHidden();
  await expect(app.getByTestId('expected-leaving')).toContainText('Expected to leave on');

  await go(app, '/board');
  await expect(app.locator('[data-testid=bed-tile][data-bed="B"]').first()).toContainText('Mila Marković');
  await expect(app.getByTestId('tile-leaving')).toHaveCount(1);
});
