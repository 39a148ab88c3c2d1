import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Client, Core } from '../../electron/core/index.ts';
import { call } from '../fixtures/core.ts';
import { signedInAsAdmin } from './flows.ts';
import { clientOf, expect, test } from './harness.ts';
import { pdfToPngs, printedPdf } from './pdf.ts';
import { addAccount, daysFromToday, go, newResident } from './stays-flows.ts';

const OUT = resolve('artifacts/screenshots');
mkdirSync(OUT, { recursive: true });

const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'sr-Latn', label: 'Srpski' },
] as const;

/** A plan in its second version: goals in three domains, actions done, due and overdue, two reviews. */
async function seedPlan(core: Core, admin: Client): Promise<string> {
  await addAccount(core, admin, 'marija', 'staff', 'marija has a long password');
  const staff = await call(admin, 'users.active', {});
  const marija = staff.find((s) => s.fullName.startsWith('Marija'))!.id;
  const ana = admin.session!.userId;
  const r = await newResident(admin, { givenName: 'Jelena', familyName: 'Marković', alias: '' });
  const { id: v1 } = await call(admin, 'plans.newVersion', { residentId: r.id });
  await call(admin, 'plans.createReview', {
    planId: v1,
    fields: {
      reviewDate: daysFromToday(-40),
      summary: 'First plan agreed with Jelena: safety and documents first.',
      nextReviewDate: daysFromToday(-10),
    },
  });
  const { id: planId } = await call(admin, 'plans.newVersion', { residentId: r.id });
  const goal = async (
    domain: 'safety' | 'documents' | 'employment',
    description: string,
    status: 'open' | 'in_progress' | 'achieved',
    days: number,
  ) =>
    (
      await call(admin, 'plans.createGoal', {
        planId,
        fields: { domain, description, targetDate: daysFromToday(days), status },
      })
    ).id;
  const act = (goalId: string, what: string, who: string, due: number, done: number | null) =>
    call(admin, 'plans.createAction', {
      goalId,
      fields: {
        what,
        responsibleUserId: who,
        dueDate: daysFromToday(due),
        doneDate: done === null ? null : daysFromToday(done),
      },
    });
  const safety = await goal('safety', 'Safety plan agreed and known to the night staff', 'achieved', 10);
  await act(safety, 'Go through the safety plan with Jelena', ana, -20, -21);
  const docs = await goal('documents', 'Replace the identity card held by the former employer', 'in_progress', 45);
  await act(docs, 'Book an appointment at the police station (MUP)', marija, -3, null);
  await act(docs, 'Accompany Jelena to the appointment', marija, 12, null);
  const work = await goal('employment', 'Start a paid job or vocational training', 'open', 120);
  await act(work, 'Register with the National Employment Service', ana, 5, null);
  await call(admin, 'plans.createReview', {
    planId,
    fields: {
      reviewDate: daysFromToday(-2),
      summary: 'Safety goal reached. Documents under way; job search starts next month.',
      nextReviewDate: daysFromToday(28),
    },
  });
  return r.id;
}

for (const lang of LANGUAGES) {
  test(`plan screens in ${lang.label}`, async ({ app, core }) => {
    await signedInAsAdmin(app, core);
    await app.getByText(lang.label, { exact: true }).click();
    const residentId = await seedPlan(core, clientOf(app));

    await go(app, `/residents/${residentId}`);
    const section = app.getByTestId('plan-section');
    await expect(section.getByTestId('plan-goal')).toHaveCount(3);
    await app.setViewportSize({ width: 1280, height: 1400 });
    await section.scrollIntoViewIfNeeded();
    await app.waitForTimeout(300); // let transitions settle
    await section.screenshot({ path: `${OUT}/${lang.code}-1x-plan.png` });

    await go(app, `/residents/${residentId}/plan/2/print`);
    await expect(app.getByTestId('plan-sheet')).toBeVisible();
    await app.screenshot({ path: `${OUT}/${lang.code}-1x-plan-print-screen.png`, fullPage: true });
    // The pages as printed (the shared print layout), as PNG.
    pdfToPngs(await printedPdf(app), `${OUT}/${lang.code}-plan-print-pdf`);
  });
}
