import { call } from '../fixtures/core.ts';
import { ADMIN, signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { daysFromToday, go, newResident, newRoom } from './stays-flows.ts';

test.beforeEach(async ({ core, app }) => {
  await signedInAsAdmin(app, core);
});

test('Today shows what is due, and each line opens its record', async ({ app }) => {
  const c = clientOf(app);
  const { beds } = await newRoom(c, 'Room 3', ['A', 'B']);
  const jelena = await newResident(c, { givenName: 'Jelena' });
  await call(c, 'stays.admit', {
    residentId: jelena.id,
    bedId: beds.A!,
    date: daysFromToday(-3),
    backdateReason: 'From the paper register',
  });
  const stayId = (await call(c, 'residents.get', { id: jelena.id })).stays[0]!.id;
  await call(c, 'stays.setExpectedLeaving', { stayId, date: daysFromToday(2) });
  const hidden = await newResident(c, { givenName: 'Marija', alias: 'Maša', doNotDisclose: true });
  await call(c, 'stays.plan', { residentId: hidden.id, bedId: beds.B!, date: daysFromToday(3) });
  await newResident(c, { givenName: 'Vesna' });
  const plan = await call(c, 'plans.newVersion', { residentId: jelena.id });
  const goal = await call(c, 'plans.createGoal', {
    planId: plan.id,
    fields: { domain: 'documents', description: 'Identity card', targetDate: daysFromToday(30), status: 'open' },
  });
  await call(c, 'plans.createAction', {
    goalId: goal.id,
    fields: {
      what: 'Book the police appointment',
      responsibleUserId: c.session!.userId,
      dueDate: daysFromToday(-1),
      doneDate: null,
    },
  });

  await go(app, '/residents');
  await go(app, '/');
  const today = app.getByTestId('today');
  await expect(today.getByTestId('today-occupancy')).toContainText('Tonight: 1 free, 1 occupied');
  await expect(app.getByTestId('today-overdue')).toContainText('You have 1 overdue action.');
  await expect(today.getByTestId('today-mine')).toContainText('Book the police appointment');
  await expect(today.getByTestId('today-departures')).toContainText('Jelena Marković');
  await expect(today.getByTestId('today-arrivals')).toContainText('Maša');
  await expect(today).not.toContainText('Marija');
  await expect(today.getByTestId('today-referrals')).toContainText('Vesna Marković');
  // Administrators see everyone's actions too, by the person responsible.
  await expect(today.getByTestId('today-team')).toContainText(ADMIN.fullName);

  await today.getByTestId('today-arrivals').getByRole('link', { name: 'Maša' }).click();
  await expect(app.getByTestId('resident-name')).toHaveText('Maša');
  await expect(app.getByTestId('tonight')).toContainText('Expected: Room 3 · B from');
  await go(app, '/');
  await app.getByTestId('today-departures').getByRole('link', { name: 'Jelena Marković' }).click();
  await expect(app.getByTestId('resident-name')).toHaveText('Jelena Marković');
});
