// Today lists exactly what is due on the core's today (a fixed date here): no more, no less.
import { describe, expect } from 'vitest';
import type { Client } from '../../electron/core/index.ts';
import { ADMIN, call } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { admitted, day, newResident, newRoom, rawStay, signedIn, TODAY } from '../fixtures/premises.ts';

async function planWithAction(admin: Client, residentId: string, responsibleUserId: string, dueDates: string[]) {
  const plan = await call(admin, 'plans.newVersion', { residentId });
  const goal = await call(admin, 'plans.createGoal', {
    planId: plan.id,
    fields: { domain: 'housing', description: 'A flat of her own', targetDate: day(60), status: 'open' },
  });
  for (const [i, dueDate] of dueDates.entries()) {
    await call(admin, 'plans.createAction', {
      goalId: goal.id,
      fields: { what: `Step ${i + 1}`, responsibleUserId, dueDate, doneDate: null },
    });
  }
  return plan.id;
}

describe('today.get', () => {
  it('lists the house tonight, the week’s arrivals and departures, waiting referrals, pending consent and the actions due', async ({
    vault,
  }) => {
    const { client: admin, core, db } = vault;
    const mira = await signedIn(core, admin, 'mira', 'staff');
    const boss = await signedIn(core, admin, 'boss', 'manager');
    const miraId = mira.session!.userId;
    const adminId = admin.session!.userId;

    const one = (await newRoom(admin, 'Room 1', ['A', 'B', 'C', 'D'])).beds;
    const two = (await newRoom(admin, 'Room 2', ['A', 'B', 'C'])).beds;
    await call(admin, 'beds.setOutOfService', {
      bedId: one.D!,
      fromDate: day(-1),
      untilDate: null,
      reason: 'Broken frame',
    });

    const leaving = await admitted(admin, one.A!, day(-10), { givenName: 'Jelena' });
    const later = await admitted(admin, one.B!, day(-20), { givenName: 'Ana' });
    const hidden = await admitted(admin, one.C!, day(-5), { givenName: 'Marija', alias: 'Maša', doNotDisclose: true });
    const stayOf = async (id: string) => (await call(admin, 'residents.get', { id })).stays[0]!.id;
    await call(admin, 'stays.setExpectedLeaving', { stayId: await stayOf(leaving.id), date: day(3) });
    await call(admin, 'stays.setExpectedLeaving', { stayId: await stayOf(later.id), date: day(7) });
    await call(admin, 'stays.setExpectedLeaving', { stayId: await stayOf(hidden.id), date: day(-1) });

    const dueToday = await newResident(admin, { givenName: 'Olena' });
    rawStay(db, { residentId: dueToday.id, bedId: two.A!, start: TODAY, planned: true });
    const dueSoon = await newResident(admin, { givenName: 'Fatima' });
    await call(admin, 'stays.plan', { residentId: dueSoon.id, bedId: two.B!, date: day(6) });
    const dueLater = await newResident(admin, { givenName: 'Sanja' });
    await call(admin, 'stays.plan', { residentId: dueLater.id, bedId: two.C!, date: day(7) });

    const waiting = await newResident(admin, { givenName: 'Vesna', referralDate: day(-2) });
    const declined = await newResident(admin, { givenName: 'Nada' });
    await call(admin, 'residents.declineReferral', { id: declined.id, reason: 'no_free_bed' });
    const noConsent = await newResident(admin, {
      givenName: 'Dragana',
      consentGivenOn: null,
      consentPendingReason: 'Waiting for an interpreter',
    });

    await planWithAction(admin, leaving.id, miraId, [day(-2), day(0), day(6), day(7)]);
    const hiddenPlan = await planWithAction(admin, hidden.id, adminId, [day(1)]);
    await call(admin, 'plans.createReview', {
      planId: hiddenPlan,
      fields: { reviewDate: day(-30), summary: 'First month', nextReviewDate: day(2) },
    });

    const hearing = (residentId: string, date: string, time: string) =>
      call(admin, 'hearings.create', {
        residentId,
        fields: {
          date,
          time,
          kind: 'hearing',
          institution: 'Higher Court Belgrade',
          accompaniedBy: miraId,
          outcome: '',
        },
      });
    await hearing(hidden.id, day(13), '09:30');
    await hearing(leaving.id, day(0), '11:00');
    await hearing(leaving.id, day(14), '10:00');
    await hearing(leaving.id, day(-1), '10:00');

    const t = await call(mira, 'today.get', {});
    expect(t.date).toBe(TODAY);
    expect(t.weekEnd).toBe(day(6));
    expect(t.occupancy).toEqual({ beds: 7, occupied: 3, free: 2, outOfService: 1, reserved: 1 });
    expect(t.arrivalsToday.map((a) => [a.displayName, a.date, a.bed])).toEqual([
      ['Olena Marković', TODAY, 'Room 2 · A'],
    ]);
    expect(t.arrivalsWeek.map((a) => [a.displayName, a.date, a.bed])).toEqual([
      ['Fatima Marković', day(6), 'Room 2 · B'],
    ]);
    expect(t.departures.map((d) => [d.displayName, d.date, d.bed, d.residentId])).toEqual([
      ['Maša', day(-1), 'Room 1 · C', hidden.id],
      ['Jelena Marković', day(3), 'Room 1 · A', leaving.id],
    ]);
    expect(t.referrals.map((r) => [r.displayName, r.residentId])).toEqual([
      ['Dragana Marković', noConsent.id],
      ['Vesna Marković', waiting.id],
    ]);
    expect(t.consentPending.map((c) => [c.displayName, c.status, c.reason])).toEqual([
      ['Dragana Marković', 'referred', 'Waiting for an interpreter'],
    ]);
    expect(t.hearings.map((h) => [h.displayName, h.date, h.time, h.accompaniedByName])).toEqual([
      ['Jelena Marković', TODAY, '11:00', 'mira tester'],
      ['Maša', day(13), '09:30', 'mira tester'],
    ]);
    expect(t.mine.overdue.map((a) => [a.what, a.dueDate])).toEqual([['Step 1', day(-2)]]);
    expect(t.mine.week.map((a) => [a.what, a.dueDate, a.displayName])).toEqual([
      ['Step 2', day(0), 'Jelena Marković'],
      ['Step 3', day(6), 'Jelena Marković'],
    ]);
    expect(t.reviews.map((r) => [r.displayName, r.nextReviewDate])).toEqual([['Maša', day(2)]]);
    expect(t.team).toBeNull();
    expect(JSON.stringify(t)).not.toContain('Marija');

    // The manager sees her own (none) and everyone's, by the person responsible.
    const m = await call(boss, 'today.get', {});
    expect(m.mine).toEqual({ overdue: [], week: [] });
    expect(m.team!.map((p) => [p.name, p.overdue.length, p.week.map((a) => `${a.displayName}: ${a.what}`)])).toEqual([
      ['Ana Admin', 0, ['Maša: Step 1']],
      ['mira tester', 1, ['Jelena Marković: Step 2', 'Jelena Marković: Step 3']],
    ]);
  });

  it('moves with the core’s clock: tomorrow, today’s actions are overdue', async ({ vault }) => {
    const { client: admin, time } = vault;
    const r = await admitted(admin, (await newRoom(admin, 'Room 1', ['A'])).beds.A!, day(-3), { givenName: 'Jelena' });
    await planWithAction(admin, r.id, admin.session!.userId, [TODAY]);
    expect((await call(admin, 'today.get', {})).mine.overdue).toHaveLength(0);
    time.advance(24 * 3600 * 1000);
    // A day later the idle lock has ended the session: sign in again, as staff would.
    await call(admin, 'session.login', { username: ADMIN.username, password: ADMIN.password });
    const next = await call(admin, 'today.get', {});
    expect(next.date).toBe(day(1));
    expect(next.mine.overdue.map((a) => a.dueDate)).toEqual([TODAY]);
  });
});
