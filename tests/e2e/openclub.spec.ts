import type { Page } from '@playwright/test';
import { call } from '../fixtures/core.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { choose, daysFromToday, go, newResident, newRoom } from './stays-flows.ts';

test.beforeEach(async ({ core, app }) => {
  await signedInAsAdmin(app, core);
});

const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const late = 'From the paper register';

/** Ana left the house five days ago; Bea lives here; Cara is protected and known as Zora. */
async function house(page: Page) {
  const c = clientOf(page);
  const { beds } = await newRoom(c, 'Room 1', ['A', 'B', 'C']);
  const ana = await newResident(c, { givenName: 'Ana', familyName: 'Anić' });
  const bea = await newResident(c, { givenName: 'Bea', familyName: 'Berić' });
  const cara = await newResident(c, {
    givenName: 'Cara',
    familyName: 'Carić',
    alias: 'Zora',
    doNotDisclose: true,
    riskLevel: 'high',
  });
  await call(c, 'stays.admit', { residentId: ana.id, bedId: beds.A!, date: daysFromToday(-20), backdateReason: late });
  await call(c, 'stays.exit', {
    residentId: ana.id,
    date: daysFromToday(-5),
    reason: 'Own flat',
    destination: 'independent_living',
    backdateReason: late,
  });
  await call(c, 'stays.admit', { residentId: bea.id, bedId: beds.B!, date: daysFromToday(-10), backdateReason: late });
  await call(c, 'stays.admit', { residentId: cara.id, bedId: beds.C!, date: daysFromToday(-3), backdateReason: late });
  return { ana, bea, cara };
}

test('an activity, a session with a former resident and a protected one, a removal, and the figures', async ({
  app,
}) => {
  const { ana, cara } = await house(app);
  await app.getByRole('link', { name: 'Open Club' }).click();
  await expect(app.getByText('No activities yet')).toBeVisible();

  await app.getByRole('button', { name: 'Add activity' }).click();
  const newActivity = dialog(app, 'New activity');
  await newActivity.getByRole('button', { name: 'Add activity' }).click();
  await expect(newActivity.getByText('This field is required.')).toHaveCount(2);
  await newActivity.getByLabel('Name').fill('Sewing workshop');
  await choose(app, newActivity.getByRole('combobox', { name: 'Kind' }), 'Workshop');
  await newActivity.getByRole('button', { name: 'Add activity' }).click();
  await expect(newActivity).toBeHidden();
  await expect(app.getByRole('heading', { name: 'Sewing workshop' })).toBeVisible();
  await expect(app.getByText('No sessions recorded yet.')).toBeVisible();

  await app.getByRole('button', { name: 'Add session' }).click();
  const session = dialog(app, 'New session');
  const search = session.getByRole('searchbox', { name: 'Attendees' });
  // A protected resident is found by alias and code, never by her name.
  await search.fill('Cara');
  await expect(session.getByText('Nobody matches this search.')).toBeVisible();
  await search.fill('zora');
  await session.getByRole('checkbox', { name: `Zora · ${cara.code}` }).check();
  await search.fill('anic');
  await expect(session.getByRole('group', { name: 'Former residents' })).toContainText('Ana Anić');
  await session.getByRole('checkbox', { name: `Ana Anić · ${ana.code}` }).check();
  await search.fill('');
  await expect(session.getByText('2 ticked')).toBeVisible();
  await session.getByRole('button', { name: 'Save session' }).click();
  await expect(session.getByText('This field is required.')).toBeVisible();
  await session.getByLabel('Facilitator').fill('Jovana Ilić');
  await session.getByRole('button', { name: 'Save session' }).click();
  await expect(session).toBeHidden();

  const card = app.getByRole('region', { name: /^Session of / });
  await expect(card).toContainText('2 attendees');
  await expect(card).toContainText(`Ana Anić · ${ana.code} · former resident`);
  await expect(card).toContainText(`Zora · ${cara.code}`);
  await expect(card).not.toContainText('Cara');

  await card.getByRole('button', { name: 'Remove Ana Anić from the session' }).click();
  const remove = dialog(app, 'Remove from the session?');
  await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(remove).toBeHidden();
  await expect(card).toContainText('2 attendees');
  await card.getByRole('button', { name: 'Remove Ana Anić from the session' }).click();
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(remove).toBeHidden();
  await expect(card).toContainText('1 attendee');
  await expect(card).not.toContainText('Ana Anić');

  await card.getByRole('button', { name: /^Edit the session of / }).click();
  const edit = dialog(app, 'Session');
  await expect(edit.getByLabel('Facilitator')).toHaveValue('Jovana Ilić');
  await expect(edit.getByRole('searchbox', { name: 'Attendees' })).toHaveCount(0);
  await edit.getByLabel('Facilitator').fill('Marko Lazić');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('Marko Lazić');

  await go(app, '/reports');
  const figures = app.getByTestId('openclub-figures');
  await expect(figures.getByRole('heading', { name: 'Open Club' })).toBeVisible();
  await expect(figures).toContainText('in residence: 1 · former residents: 0');
  await expect(figures.getByTestId('openclub-by-kind').getByRole('row', { name: /Workshop/ })).toHaveText(
    /Workshop\s*1\s*1\s*1/,
  );
});

test('a manager archives an activity after confirming; it is hidden behind a filter and restored', async ({ app }) => {
  const c = clientOf(app);
  await call(c, 'openclub.createActivity', { fields: { name: 'Pottery', kind: 'workshop', description: '' } });
  await call(c, 'openclub.createActivity', { fields: { name: 'Sewing workshop', kind: 'workshop', description: '' } });
  await app.getByRole('link', { name: 'Open Club' }).click();
  const list = app.getByTestId('activities');
  await list.getByRole('link', { name: 'Pottery' }).click();
  await expect(app.getByRole('heading', { name: 'Pottery' })).toBeVisible();

  await app.getByRole('button', { name: 'Archive' }).click();
  const archive = dialog(app, 'Archive “Pottery”?');
  await expect(archive.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await archive.getByRole('button', { name: 'Cancel' }).click();
  await expect(archive).toBeHidden();
  await expect(app.getByText('This activity is archived')).toHaveCount(0);
  await app.getByRole('button', { name: 'Archive' }).click();
  await archive.getByRole('button', { name: 'Archive' }).click();
  await expect(archive).toBeHidden();
  await expect(app.getByText('This activity is archived')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Add session' })).toHaveCount(0);

  await app.getByRole('link', { name: '← All activities' }).click();
  await expect(list.getByRole('link', { name: 'Sewing workshop' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Pottery' })).toHaveCount(0);
  const filter = app.getByRole('switch', { name: 'Show archived activities (1)' });
  await filter.check();
  await expect(list.getByRole('row', { name: /Pottery/ })).toContainText('Archived');
  await list.getByRole('link', { name: 'Pottery' }).click();

  await app.getByRole('button', { name: 'Restore' }).click();
  const restore = dialog(app, 'Restore “Pottery”?');
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore).toBeHidden();
  await expect(app.getByText('This activity is archived')).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Add session' })).toBeVisible();
  await app.getByRole('link', { name: '← All activities' }).click();
  await expect(list.getByRole('link', { name: 'Pottery' })).toBeVisible();
  await expect(app.getByRole('switch', { name: /Show archived/ })).toHaveCount(0);
});
