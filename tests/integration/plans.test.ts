// Support plans: versions that never change once replaced (in the core and in the schema), one
// active plan per resident, the plan rules, staff access, and what is due for the home screen.
import { describe, expect } from 'vitest';
import type { Client, Core } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { dueActions, dueReviews } from '../../electron/core/plans/queries.ts';
import { uuidv7 } from '../../electron/core/ids.ts';
import type { ActionFields, GoalFields } from '../../shared/plans.ts';
import { call, callError } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { auditActions, day, newResident, signedIn, TODAY } from '../fixtures/premises.ts';

let core: Core;
let admin: Client;
let db: Db;
let adminId: string;

it.beforeEach(({ vault }) => {
  ({ core, client: admin, db } = vault);
  adminId = admin.session!.userId;
});

const goal = (over: Partial<GoalFields> = {}): GoalFields => ({
  domain: 'documents',
  description: 'Replace the identity card held by the employer',
  targetDate: day(30),
  status: 'open',
  ...over,
});

const action = (over: Partial<ActionFields> = {}): ActionFields => ({
  what: 'Book an appointment at the police station',
  responsibleUserId: adminId,
  dueDate: day(7),
  doneDate: null,
  ...over,
});

/** A resident with a first version holding one goal, one action and one review. */
async function planned(client = admin) {
  const r = await newResident(client);
  const { id: planId } = await call(client, 'plans.newVersion', { residentId: r.id });
  const { id: goalId } = await call(client, 'plans.createGoal', { planId, fields: goal() });
  const { id: actionId } = await call(client, 'plans.createAction', { goalId, fields: action() });
  const { id: reviewId } = await call(client, 'plans.createReview', {
    planId,
    fields: { reviewDate: TODAY, summary: 'First meeting: documents first.', nextReviewDate: day(28) },
  });
  return { residentId: r.id, code: r.code, planId, goalId, actionId, reviewId };
}

const rowsOf = (planId: string) => ({
  plan: db.prepare('SELECT * FROM plans WHERE id = ?').get(planId),
  goals: db.prepare('SELECT * FROM plan_goals WHERE plan_id = ? ORDER BY position').all(planId),
  actions: db
    .prepare(
      'SELECT a.* FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id WHERE g.plan_id = ? ORDER BY a.position',
    )
    .all(planId),
  reviews: db.prepare('SELECT * FROM plan_reviews WHERE plan_id = ?').all(planId),
});

describe('versions', () => {
  it('a new version starts as a copy of the active one; the old one is frozen, unchanged', async () => {
    const p = await planned();
    const before = await call(admin, 'plans.get', { residentId: p.residentId });
    const rawBefore = rowsOf(p.planId);

    const next = await call(admin, 'plans.newVersion', { residentId: p.residentId });
    expect(next.version).toBe(2);
    const now = await call(admin, 'plans.get', { residentId: p.residentId });
    expect(now.plan).toMatchObject({ id: next.id, version: 2, active: true, frozenAt: null });
    const strip = (g: (typeof before.plan & object)['goals']) =>
      g.map(({ id: _g, actions, ...rest }) => ({ ...rest, actions: actions.map(({ id: _a, ...a }) => a) }));
    expect(strip(now.plan!.goals)).toEqual(strip(before.plan!.goals));
    expect(now.plan!.reviews.map(({ id: _r, ...r }) => r)).toEqual(before.plan!.reviews.map(({ id: _r, ...r }) => r));
    expect(now.versions.map((v) => [v.version, v.active])).toEqual([
      [2, true],
      [1, false],
    ]);

    // Working on the new version leaves the old one exactly as it was.
    const newGoal = now.plan!.goals[0]!;
    await call(admin, 'plans.updateGoal', {
      id: newGoal.id,
      fields: goal({ status: 'in_progress', description: 'Card and passport' }),
    });
    await call(admin, 'plans.updateAction', { id: newGoal.actions[0]!.id, fields: action({ doneDate: TODAY }) });
    await call(admin, 'plans.createGoal', {
      planId: next.id,
      fields: goal({ domain: 'housing', description: 'Find a flat' }),
    });

    const old = await call(admin, 'plans.get', { residentId: p.residentId, version: 1 });
    expect(old.plan).toEqual({ ...before.plan!, active: false, frozenAt: '2026-03-10T12:00:00.000Z' });
    const rawAfter = rowsOf(p.planId);
    expect(rawAfter.goals).toEqual(rawBefore.goals);
    expect(rawAfter.actions).toEqual(rawBefore.actions);
    expect(rawAfter.reviews).toEqual(rawBefore.reviews);
  });

  it('the core refuses any write to a frozen version, and changes nothing', async () => {
    const p = await planned();
    await call(admin, 'plans.newVersion', { residentId: p.residentId });
    const raw = rowsOf(p.planId);
    const refusals = [
      await callError(admin, 'plans.createGoal', { planId: p.planId, fields: goal() }),
      await callError(admin, 'plans.updateGoal', { id: p.goalId, fields: goal({ status: 'achieved' }) }),
      await callError(admin, 'plans.createAction', { goalId: p.goalId, fields: action() }),
      await callError(admin, 'plans.updateAction', { id: p.actionId, fields: action({ doneDate: TODAY }) }),
      await callError(admin, 'plans.createReview', {
        planId: p.planId,
        fields: { reviewDate: TODAY, summary: 'x', nextReviewDate: null },
      }),
      await callError(admin, 'plans.updateReview', {
        id: p.reviewId,
        fields: { reviewDate: TODAY, summary: 'changed', nextReviewDate: null },
      }),
    ];
    for (const e of refusals)
      expect(e).toMatchObject({ code: 'CONFLICT', details: { rule: 'PLAN_FROZEN', version: 1 } });
    expect(rowsOf(p.planId)).toEqual(raw);
  });

  it('the schema refuses edits to a frozen version even with raw SQL', async () => {
    const p = await planned();
    await call(admin, 'plans.newVersion', { residentId: p.residentId });
    const at = '2026-03-10T12:00:00.000Z';
    const attempts = [
      () => db.prepare("UPDATE plan_goals SET status = 'achieved' WHERE id = ?").run(p.goalId),
      () => db.prepare('DELETE FROM plan_goals WHERE id = ?').run(p.goalId),
      () => db.prepare('UPDATE plan_actions SET done_date = ? WHERE id = ?').run(TODAY, p.actionId),
      () => db.prepare('DELETE FROM plan_actions WHERE id = ?').run(p.actionId),
      () => db.prepare("UPDATE plan_reviews SET summary = 'rewritten' WHERE id = ?").run(p.reviewId),
      () => db.prepare('DELETE FROM plan_reviews WHERE id = ?').run(p.reviewId),
      () => db.prepare('UPDATE plans SET active = 1, frozen_at = NULL WHERE id = ?').run(p.planId),
      () => db.prepare('DELETE FROM plans WHERE id = ?').run(p.planId),
      () =>
        db
          .prepare(
            "INSERT INTO plan_goals (id, plan_id, position, domain, description, target_date, status, created_at, updated_at) VALUES (?, ?, 9, 'health', 'x', ?, 'open', ?, ?)",
          )
          .run(uuidv7(), p.planId, TODAY, at, at),
      () =>
        db
          .prepare(
            'INSERT INTO plan_actions (id, goal_id, position, what, responsible_user_id, due_date, created_at, updated_at) VALUES (?, ?, 9, ?, ?, ?, ?, ?)',
          )
          .run(uuidv7(), p.goalId, 'x', adminId, TODAY, at, at),
      () =>
        db
          .prepare(
            'INSERT INTO plan_reviews (id, plan_id, review_date, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(uuidv7(), p.planId, TODAY, 'x', at, at),
    ];
    const raw = rowsOf(p.planId);
    for (const attempt of attempts) expect(attempt).toThrow(/PLAN_FROZEN/);
    expect(rowsOf(p.planId)).toEqual(raw);
  });

  it('one active plan per resident: the schema refuses a second', async () => {
    const p = await planned();
    expect(() =>
      db
        .prepare(
          "INSERT INTO plans (id, resident_id, version, active, created_at) VALUES (?, ?, 2, 1, '2026-03-10T12:00:00.000Z')",
        )
        .run(uuidv7(), p.residentId),
    ).toThrow(/UNIQUE/);
    await call(admin, 'plans.newVersion', { residentId: p.residentId });
    await call(admin, 'plans.newVersion', { residentId: p.residentId });
    const active = db.prepare('SELECT version FROM plans WHERE resident_id = ? AND active = 1').all(p.residentId);
    expect(active).toEqual([{ version: 3 }]);
  });

  it('a resident without a plan reads as none; the first version starts empty', async () => {
    const r = await newResident(admin);
    expect(await call(admin, 'plans.get', { residentId: r.id })).toMatchObject({
      plan: null,
      versions: [],
      resident: { id: r.id, code: r.code },
    });
    const first = await call(admin, 'plans.newVersion', { residentId: r.id });
    expect(first.version).toBe(1);
    expect((await call(admin, 'plans.get', { residentId: r.id })).plan).toMatchObject({
      version: 1,
      goals: [],
      reviews: [],
    });
    expect(await callError(admin, 'plans.get', { residentId: r.id, version: 5 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callError(admin, 'plans.get', { residentId: uuidv7() })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('validation', () => {
  it('target dates: a new or moved one is not in the past unless the goal is closed; an unchanged one may be', async () => {
    const p = await planned();
    expect(
      await callError(admin, 'plans.createGoal', { planId: p.planId, fields: goal({ targetDate: day(-1) }) }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { targetDate: 'plans.validation.notInPast' },
    });
    await call(admin, 'plans.createGoal', {
      planId: p.planId,
      fields: goal({ targetDate: day(-20), status: 'achieved' }),
    });
    expect(
      await callError(admin, 'plans.createGoal', { planId: p.planId, fields: goal({ targetDate: '2026-02-30' }) }),
    ).toMatchObject({
      code: 'VALIDATION',
    });
    // An overdue goal keeps its date when edited.
    db.prepare('UPDATE plan_goals SET target_date = ? WHERE id = ?').run(day(-5), p.goalId); // as if time had passed
    await call(admin, 'plans.updateGoal', {
      id: p.goalId,
      fields: goal({ targetDate: day(-5), status: 'in_progress' }),
    });
    expect(
      await callError(admin, 'plans.updateGoal', { id: p.goalId, fields: goal({ targetDate: day(-3) }) }),
    ).toMatchObject({
      fields: { targetDate: 'plans.validation.notInPast' },
    });
  });

  it('statuses and domains are the listed ones; text is required; nothing is written on refusal', async () => {
    const p = await planned();
    const count = () => (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = count();
    for (const fields of [
      { ...goal(), status: 'finished' },
      { ...goal(), domain: 'leisure' },
      { ...goal(), description: '  \u200b ' },
      { ...goal(), targetDate: null },
    ]) {
      expect(await callError(admin, 'plans.createGoal', { planId: p.planId, fields })).toMatchObject({
        code: 'VALIDATION',
      });
    }
    expect(
      await callError(admin, 'plans.createAction', { goalId: p.goalId, fields: action({ doneDate: day(1) }) }),
    ).toMatchObject({
      fields: { doneDate: 'validation.notInFuture' },
    });
    expect(
      await callError(admin, 'plans.createAction', {
        goalId: p.goalId,
        fields: action({ responsibleUserId: uuidv7() }),
      }),
    ).toMatchObject({
      fields: { responsibleUserId: 'validation.invalid' },
    });
    expect(
      await callError(admin, 'plans.createReview', {
        planId: p.planId,
        fields: { reviewDate: day(1), summary: 'Later', nextReviewDate: null },
      }),
    ).toMatchObject({ fields: { reviewDate: 'validation.notInFuture' } });
    expect(
      await callError(admin, 'plans.createReview', {
        planId: p.planId,
        fields: { reviewDate: TODAY, summary: 'Now', nextReviewDate: TODAY },
      }),
    ).toMatchObject({ fields: { nextReviewDate: 'plans.validation.afterReview' } });
    expect(await callError(admin, 'plans.createGoal', { planId: uuidv7(), fields: goal() })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(count()).toBe(before);
    expect(rowsOf(p.planId).goals).toHaveLength(1);
  });
});

describe('access and audit', () => {
  it('staff can do all of it; every write and every read is audited on the resident', async () => {
    const staff = await signedIn(core, admin, 'sara', 'staff');
    const p = await planned(staff);
    const users = await call(staff, 'users.active', {});
    expect(users.map((u) => u.fullName).sort()).toEqual(['Ana Admin', 'sara tester']);
    expect(Object.keys(users[0]!).sort()).toEqual(['fullName', 'id']);
    await call(staff, 'plans.get', { residentId: p.residentId });
    await call(staff, 'plans.newVersion', { residentId: p.residentId });
    expect(auditActions(db, p.residentId).map((a) => a.action)).toEqual([
      'residents.create',
      'plans.newVersion',
      'plans.createGoal',
      'plans.createAction',
      'plans.createReview',
      'residents.read',
      'plans.newVersion',
    ]);
    expect(auditActions(db, p.residentId)[5]!.detail).toEqual({ view: 'plan', version: 1 });
    // The audit names what changed, never the text typed.
    expect(JSON.stringify(auditActions(db, p.residentId))).not.toContain('identity card');
    const nobody = core.connect();
    expect(await callError(nobody, 'plans.get', { residentId: p.residentId })).toMatchObject({ code: 'NO_SESSION' });
  });
});

describe('due work for the home screen', () => {
  it('dueActions and dueReviews list exactly what is due by a date, on active plans only', async () => {
    const staff = await signedIn(core, admin, 'sara', 'staff');
    const saraId = staff.session!.userId;
    const a = await planned(); // action due day(7) for the admin, review due day(28)
    const b = await newResident(admin, { givenName: 'Mira', familyName: 'Ilić', alias: 'Zvezda', doNotDisclose: true });
    const { id: planB } = await call(admin, 'plans.newVersion', { residentId: b.id });
    const { id: g1 } = await call(admin, 'plans.createGoal', { planId: planB, fields: goal({ domain: 'health' }) });
    const { id: overdue } = await call(admin, 'plans.createAction', {
      goalId: g1,
      fields: action({ responsibleUserId: saraId, dueDate: day(1) }),
    });
    await call(admin, 'plans.createAction', { goalId: g1, fields: action({ dueDate: day(2), doneDate: TODAY }) }); // done
    const { id: g2 } = await call(admin, 'plans.createGoal', { planId: planB, fields: goal({ status: 'dropped' }) });
    await call(admin, 'plans.createAction', { goalId: g2, fields: action({ dueDate: day(1) }) }); // goal dropped
    await call(admin, 'plans.createReview', {
      planId: planB,
      fields: { reviewDate: day(-30), summary: 'Older', nextReviewDate: day(-2) },
    });
    await call(admin, 'plans.createReview', {
      planId: planB,
      fields: { reviewDate: day(-1), summary: 'Latest', nextReviewDate: day(5) },
    });

    // On the fixed date day(8): sara's action (day 1) and the admin's (day 7); reviews: only B's latest (day 5).
    const until = day(8);
    expect(dueActions(db, { until }).map((x) => [x.dueDate, x.residentCode, x.responsibleName])).toEqual([
      [day(1), b.code, 'sara tester'],
      [day(7), a.code, 'Ana Admin'],
    ]);
    expect(dueActions(db, { userId: saraId, until }).map((x) => x.actionId)).toEqual([overdue]);
    expect(dueActions(db, { until: day(0) })).toEqual([]);
    const reviews = dueReviews(db, { until });
    expect(reviews.map((x) => [x.residentCode, x.lastReviewDate, x.nextReviewDate])).toEqual([
      [b.code, day(-1), day(5)],
    ]);
    // A protected resident is named by alias, never by her name.
    expect(reviews[0]!.displayName).toBe('Zvezda');
    expect(JSON.stringify(dueActions(db, { until }))).not.toContain('Mira');
    expect(
      dueReviews(db, { until: day(28) })
        .map((x) => x.residentCode)
        .sort(),
    ).toEqual([a.code, b.code].sort());

    // A frozen version's work is not due: only the copy in the active version counts, once.
    await call(admin, 'plans.newVersion', { residentId: b.id });
    const after = dueActions(db, { until });
    expect(after).toHaveLength(2);
    expect(after.find((x) => x.residentId === b.id)!.actionId).not.toBe(overdue);
  });
});
