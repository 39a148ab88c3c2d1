import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Client, Core } from '../../electron/core/index.ts';
import { call } from '../fixtures/core.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { addAccount, daysFromToday, go, newResident } from './stays-flows.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  { code: 'en', label: 'English', notes: 'Case notes', hearings: 'Court and legal appointments', history: 'History' },
  { code: 'sr-Latn', label: 'Srpski', notes: 'Beleške', hearings: 'Sudski i pravni termini', history: 'Istorija' },
] as const;

/** A resident with a few weeks of notes (one sensitive, one corrected) and her court dates. */
async function seedNotes(core: Core, admin: Client): Promise<string> {
  await addAccount(core, admin, 'sara', 'staff', 'saras own long password');
  const sara = core.connect();
  await call(sara, 'session.login', { username: 'sara', password: 'saras own long password' });
  const { id } = await newResident(admin, { givenName: 'Mira', familyName: 'Petrović', alias: 'Mima' });
  const write = (
    c: Client,
    daysAgo: number,
    category: 'contact' | 'health' | 'legal' | 'incident' | 'court_hearing' | 'other',
    body: string,
    sensitive = false,
  ) => call(c, 'notes.create', { residentId: id, category, body, sensitive, date: daysFromToday(-daysAgo) });
  await write(
    sara,
    20,
    'contact',
    'First talk after arrival. Tired but calm; asked to call her sister in Niš. Agreed to meet again on Thursday.',
  );
  await write(admin, 14, 'health', 'Accompanied to the health centre for a general check-up. Blood tests next week.');
  const moved = await write(sara, 9, 'court_hearing', 'Hearing at the Higher Court postponed to 12 May.');
  await call(sara, 'notes.correct', { id: moved.id, body: 'Hearing at the Higher Court postponed to 14 May, 10:00.' });
  await write(
    sara,
    5,
    'legal',
    'Told me the recruiter still writes to her and asks for money she "owes". Spoke with her lawyer; a statement to the police is being prepared.',
    true,
  );
  await write(admin, 2, 'incident', 'Argument with another resident in the kitchen; both calmed down after a talk.');
  await write(sara, 0, 'other', 'Started the cooking workshop at the Open Club.');
  const fields = { outcome: '', accompaniedBy: sara.session!.userId };
  await call(admin, 'hearings.create', {
    residentId: id,
    fields: {
      ...fields,
      date: daysFromToday(6),
      time: '10:00',
      kind: 'hearing',
      institution: 'Higher Court in Belgrade, courtroom 12',
    },
  });
  await call(admin, 'hearings.create', {
    residentId: id,
    fields: {
      ...fields,
      date: daysFromToday(-12),
      time: '13:30',
      kind: 'police_interview',
      institution: 'Police Directorate Belgrade',
      outcome: 'Statement given with an interpreter.',
    },
  });
  sara.disconnect();
  return id;
}

for (const lang of LANGUAGES) {
  test(`notes and hearings in ${lang.label}`, async ({ app, core }) => {
    await signedInAsAdmin(app, core);
    const id = await seedNotes(core, clientOf(app));
    await app.getByText(lang.label, { exact: true }).click();
    await go(app, `/residents/${id}`);

    const notes = app.locator('.mantine-Card-root').filter({ has: app.getByRole('heading', { name: lang.notes }) });
    await expect(notes.getByTestId('note')).toHaveCount(6);
    // A window as tall as the page: the sticky header then never lies over the section in the picture.
    const height = await app.evaluate<number>('document.documentElement.scrollHeight');
    await app.setViewportSize({ width: 1280, height: Math.max(800, height) });
    await app.waitForTimeout(300);
    await notes.screenshot({ path: `${OUT}/${lang.code}-1x-notes.png` });

    await notes.getByTestId('note').nth(3).getByRole('button', { name: lang.history }).click();
    const history = app.getByRole('dialog');
    await expect(history.getByTestId('note-history')).toBeVisible();
    await app.waitForTimeout(300);
    await history.screenshot({ path: `${OUT}/${lang.code}-1x-note-history.png` });
    await app.keyboard.press('Escape');
    await expect(history).toBeHidden();

    const hearings = app
      .locator('.mantine-Card-root')
      .filter({ has: app.getByRole('heading', { name: lang.hearings }) });
    await expect(hearings.getByTestId('hearings')).toBeVisible();
    await hearings.screenshot({ path: `${OUT}/${lang.code}-1x-hearings.png` });
  });
}
