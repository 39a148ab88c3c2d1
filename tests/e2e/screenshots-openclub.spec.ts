import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Client } from '../../electron/core/index.ts';
import { call } from '../fixtures/core.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { daysFromToday, go, newResident, newRoom } from './stays-flows.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  {
    code: 'en',
    label: 'English',
    addSession: 'Add session',
    reports: 'Open Club',
    archive: 'Archive',
    showArchived: /Show archived/,
  },
  {
    code: 'sr-Latn',
    label: 'Srpski',
    addSession: 'Dodaj susret',
    reports: 'Otvoreni klub',
    archive: 'Arhiviraj',
    showArchived: /Prikaži arhivirane/,
  },
] as const;

const late = 'From the paper register';

/** Four women (one left a fortnight ago, one protected), four activities (the outing archived) and a month of sessions. */
async function seedClub(c: Client): Promise<string> {
  const { beds } = await newRoom(c, 'Room 1', ['A', 'B', 'C', 'D']);
  const people = [
    { givenName: 'Milica', familyName: 'Jovanović', alias: '' },
    { givenName: 'Ana', familyName: 'Petrović', alias: 'Anči' },
    { givenName: 'Danijela', familyName: 'Stojković', alias: 'Zora', doNotDisclose: true, riskLevel: 'high' as const },
    { givenName: 'Ljiljana', familyName: 'Nikolić', alias: '' },
  ];
  const ids: string[] = [];
  for (const [i, p] of people.entries()) {
    const { id } = await newResident(c, { ...p, referralDate: daysFromToday(-90), consentGivenOn: daysFromToday(-90) });
    const bed = Object.values(beds)[i]!;
    await call(c, 'stays.admit', { residentId: id, bedId: bed, date: daysFromToday(-60), backdateReason: late });
    ids.push(id);
  }
  await call(c, 'stays.exit', {
    residentId: ids[3]!,
    date: daysFromToday(-14),
    reason: 'Moved in with her sister',
    destination: 'family',
    backdateReason: late,
  });
  const activity = async (name: string, kind: 'workshop' | 'training' | 'group_session' | 'outing', description = '') =>
    (await call(c, 'openclub.createActivity', { fields: { name, kind, description } })).id;
  const sewing = await activity('Sewing workshop', 'workshop', 'Tuesdays 17:00 in the common room. Machines provided.');
  const it = await activity('Computer basics', 'training', 'Email, job portals, online banking.');
  const zoo = await activity('Belgrade Zoo', 'outing');
  await activity('Art therapy group', 'group_session');
  const session = (activityId: string, ago: number, facilitator: string, who: number[]) =>
    call(c, 'openclub.createSession', {
      activityId,
      date: daysFromToday(-ago),
      facilitator,
      residentIds: who.map((i) => ids[i]!),
    });
  await session(sewing, 21, 'Jovana Ilić', [0, 1, 3]);
  await session(sewing, 14, 'Jovana Ilić', [0, 2]);
  await session(sewing, 7, 'Jovana Ilić', [0, 1, 2, 3]);
  await session(sewing, 0, 'Jovana Ilić', [1, 3]);
  await session(it, 10, 'Marko Lazić (volunteer)', [1, 3]);
  await session(zoo, 3, 'Jovana Ilić', [0, 1, 2]);
  await call(c, 'openclub.archiveActivity', { id: zoo, archived: true });
  return sewing;
}

for (const lang of LANGUAGES) {
  test(`open club in ${lang.label}`, async ({ app, core }) => {
    await signedInAsAdmin(app, core);
    const sewing = await seedClub(clientOf(app));
    await app.getByText(lang.label, { exact: true }).click();

    await go(app, '/openclub');
    await expect(app.getByTestId('activities').getByRole('row')).toHaveCount(4);
    await app.screenshot({ path: `${OUT}/${lang.code}-1x-openclub.png` });
    await app.getByRole('switch', { name: lang.showArchived }).check();
    await expect(app.getByTestId('activities').getByRole('row')).toHaveCount(5);
    await app.screenshot({ path: `${OUT}/${lang.code}-1x-openclub-archived.png` });

    await go(app, `/openclub/${sewing}`);
    await expect(app.getByRole('region')).toHaveCount(4);
    const height = await app.evaluate<number>('document.documentElement.scrollHeight');
    await app.setViewportSize({ width: 1280, height: Math.max(800, height) });
    await app.waitForTimeout(300);
    await app.screenshot({ path: `${OUT}/${lang.code}-1x-openclub-activity.png` });

    await app.setViewportSize({ width: 1280, height: 900 });
    await app.getByRole('button', { name: lang.archive }).click();
    const confirm = app.getByRole('dialog');
    await expect(confirm.getByRole('button', { name: lang.archive })).toBeVisible();
    await app.waitForTimeout(300);
    await confirm.screenshot({ path: `${OUT}/${lang.code}-1x-openclub-archive-confirm.png` });
    await app.keyboard.press('Escape');
    await expect(confirm).toBeHidden();

    await app.getByRole('button', { name: lang.addSession }).click();
    const dialog = app.getByRole('dialog');
    await expect(dialog.getByTestId('attendee-picker')).toBeVisible();
    await dialog.getByRole('checkbox').first().check();
    await app.waitForTimeout(300);
    await dialog.screenshot({ path: `${OUT}/${lang.code}-1x-openclub-session.png` });
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await go(app, '/reports');
    const figures = app.getByTestId('openclub-figures');
    await expect(figures.getByTestId('openclub-by-kind')).toBeVisible();
    await figures.scrollIntoViewIfNeeded();
    await app.waitForTimeout(300);
    await figures.screenshot({ path: `${OUT}/${lang.code}-1x-openclub-report.png` });
  });
}
