import { localIsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  actionRuleErrors,
  goalRuleErrors,
  reviewRuleErrors,
  type ActionFields,
  type GoalFields,
  type PlanGetOutput,
  type ReviewFields,
} from '../../../shared/plans.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { writeTx } from '../db/tx.ts';
import { uuidv7 } from '../ids.ts';
import { isProtected, fieldsOf, shownName } from '../residents/queries.ts';
import { residentOrThrow } from '../residents/service.ts';
import {
  actionsOf,
  activePlan,
  findAction,
  findGoal,
  findPlan,
  findReview,
  goalsOf,
  isActiveUser,
  lastVersion,
  nextPosition,
  planByVersion,
  planView,
  reviewsOf,
  versionsOf,
  type PlanRow,
} from './queries.ts';

const FROZEN = 'PLAN_FROZEN';

function frozen(p: PlanRow): AppError {
  return new AppError(
    'CONFLICT',
    `Version ${p.version} of this plan was replaced by a newer one and is kept as it was.`,
    {
      details: { rule: FROZEN, planId: p.id, version: p.version },
    },
  );
}

/** A trigger that refuses a change to a frozen version is the same conflict, not a crash. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof Error && !(e instanceof AppError) && e.message === FROZEN) {
      throw new AppError('CONFLICT', 'This version of the plan is frozen.', { details: { rule: FROZEN } });
    }
    throw e;
  }
}

function invalid(message: string, fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', message, { fields });
}

/** The plan to write to: it exists, is the active version, and its resident is not archived. */
function writablePlan(db: Db, planId: string): PlanRow {
  const plan = findPlan(db, planId);
  if (!plan) throw new AppError('NOT_FOUND', 'No such plan.');
  if (plan.active !== 1) throw frozen(plan);
  notArchived(db, plan.resident_id);
  return plan;
}

function notArchived(db: Db, residentId: string): void {
  const r = residentOrThrow(db, residentId);
  if (r.status === 'archived') {
    throw new AppError('CONFLICT', `${r.code} is archived: the plan is kept as it was.`, {
      details: { rule: 'RESIDENT_STATUS', residentCode: r.code, status: r.status },
    });
  }
}

const txOf = (who: Actor) => ({ at: who.now, userId: who.userId });

/**
 * The plan as the resident page shows it: a given version, or the active one. Reading the plan is
 * reading her record, audited the same way.
 */
export function readPlan(db: Db, residentId: string, version: number | undefined, who: Actor): PlanGetOutput {
  const r = residentOrThrow(db, residentId);
  const plan = version === undefined ? activePlan(db, residentId) : planByVersion(db, residentId, version);
  if (version !== undefined && !plan) throw new AppError('NOT_FOUND', `The plan has no version ${version}.`);
  writeTx(db, txOf(who), (audit) =>
    audit({
      action: 'residents.read',
      recordType: 'resident',
      recordId: residentId,
      detail: { view: 'plan', version: plan?.version ?? null },
    }),
  );
  const hidden = isProtected(db, fieldsOf(r));
  return {
    resident: {
      id: r.id,
      code: r.code,
      displayName: shownName(
        { givenName: r.given_name, familyName: r.family_name, alias: r.alias, code: r.code },
        hidden,
      ),
      protected: hidden,
      status: r.status,
    },
    versions: versionsOf(db, residentId),
    plan: plan ? planView(db, plan) : null,
  };
}

/**
 * Starts the next version as a copy of the active one (goals, actions, reviews), freezing the old
 * one first so that the copy is all that can change from now on. The first version starts empty.
 */
export function newVersion(db: Db, residentId: string, who: Actor): { id: string; version: number } {
  notArchived(db, residentId);
  return guarded(() =>
    writeTx(db, txOf(who), (audit) => {
      const old = activePlan(db, residentId);
      const at = who.now.toISOString();
      if (old) prepared(db, 'UPDATE plans SET active = 0, frozen_at = ? WHERE id = ?').run(at, old.id);
      const id = uuidv7();
      const version = lastVersion(db, residentId) + 1;
      prepared(
        db,
        'INSERT INTO plans (id, resident_id, version, active, created_at, created_by) VALUES (?, ?, ?, 1, ?, ?)',
      ).run(id, residentId, version, at, who.userId);
      if (old) copyContent(db, old.id, id, at);
      audit({
        action: 'plans.newVersion',
        recordType: 'resident',
        recordId: residentId,
        detail: { planId: id, version, from: old?.version ?? null },
      });
      return { id, version };
    }),
  );
}

function copyContent(db: Db, fromPlan: string, toPlan: string, at: string): void {
  for (const g of goalsOf(db, fromPlan)) {
    const goalId = uuidv7();
    prepared(
      db,
      `INSERT INTO plan_goals (id, plan_id, position, domain, description, target_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(goalId, toPlan, g.position, g.domain, g.description, g.target_date, g.status, at, at);
    for (const a of actionsOf(db, g.id)) {
      prepared(
        db,
        `INSERT INTO plan_actions (id, goal_id, position, what, responsible_user_id, due_date, done_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(uuidv7(), goalId, a.position, a.what, a.responsible_user_id, a.due_date, a.done_date, at, at);
    }
  }
  for (const r of reviewsOf(db, fromPlan)) {
    prepared(
      db,
      `INSERT INTO plan_reviews (id, plan_id, review_date, summary, next_review_date, recorded_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(uuidv7(), toPlan, r.review_date, r.summary, r.next_review_date, r.recorded_by, at, at);
  }
}

export function createGoal(db: Db, planId: string, f: GoalFields, who: Actor): string {
  const plan = writablePlan(db, planId);
  invalid('The goal breaks a plan rule.', goalRuleErrors(f, localIsoDate(who.now)));
  const id = uuidv7();
  const at = who.now.toISOString();
  guarded(() =>
    writeTx(db, txOf(who), (audit) => {
      prepared(
        db,
        `INSERT INTO plan_goals (id, plan_id, position, domain, description, target_date, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        planId,
        nextPosition(db, 'plan_goals', 'plan_id', planId),
        f.domain,
        f.description,
        f.targetDate,
        f.status,
        at,
        at,
      );
      audit({
        action: 'plans.createGoal',
        recordType: 'resident',
        recordId: plan.resident_id,
        detail: { planId, goalId: id, domain: f.domain },
      });
    }),
  );
  return id;
}

export function updateGoal(db: Db, goalId: string, f: GoalFields, who: Actor): void {
  const goal = findGoal(db, goalId);
  if (!goal) throw new AppError('NOT_FOUND', 'No such goal.');
  const plan = writablePlan(db, goal.plan_id);
  invalid('The goal breaks a plan rule.', goalRuleErrors(f, localIsoDate(who.now), goal.target_date));
  const before = {
    domain: goal.domain,
    description: goal.description,
    targetDate: goal.target_date,
    status: goal.status,
  };
  const changed = (Object.keys(before) as (keyof GoalFields)[]).filter((k) => before[k] !== f[k]);
  if (changed.length === 0) return;
  guarded(() =>
    writeTx(db, txOf(who), (audit) => {
      prepared(
        db,
        'UPDATE plan_goals SET domain = ?, description = ?, target_date = ?, status = ?, updated_at = ? WHERE id = ?',
      ).run(f.domain, f.description, f.targetDate, f.status, who.now.toISOString(), goalId);
      audit({
        action: 'plans.updateGoal',
        recordType: 'resident',
        recordId: plan.resident_id,
        detail: { planId: plan.id, goalId, fields: changed },
      });
    }),
  );
}

/** A new responsible person must be an active account; one who has since left may stay on an old action. */
function actionErrors(db: Db, f: ActionFields, who: Actor, previousUser?: string): Record<string, string> {
  const errors = actionRuleErrors(f, localIsoDate(who.now));
  if (f.responsibleUserId !== previousUser && !isActiveUser(db, f.responsibleUserId))
    errors.responsibleUserId = 'validation.invalid';
  return errors;
}

export function createAction(db: Db, goalId: string, f: ActionFields, who: Actor): string {
  const goal = findGoal(db, goalId);
  if (!goal) throw new AppError('NOT_FOUND', 'No such goal.');
  const plan = writablePlan(db, goal.plan_id);
  invalid('The action breaks a plan rule.', actionErrors(db, f, who));
  const id = uuidv7();
  const at = who.now.toISOString();
  guarded(() =>
    writeTx(db, txOf(who), (audit) => {
      prepared(
        db,
        `INSERT INTO plan_actions (id, goal_id, position, what, responsible_user_id, due_date, done_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        goalId,
        nextPosition(db, 'plan_actions', 'goal_id', goalId),
        f.what,
        f.responsibleUserId,
        f.dueDate,
        f.doneDate,
        at,
        at,
      );
      audit({
        action: 'plans.createAction',
        recordType: 'resident',
        recordId: plan.resident_id,
        detail: { planId: plan.id, goalId, actionId: id },
      });
    }),
  );
  return id;
}

export function updateAction(db: Db, actionId: string, f: ActionFields, who: Actor): void {
  const action = findAction(db, actionId);
  if (!action) throw new AppError('NOT_FOUND', 'No such action.');
  const plan = writablePlan(db, findGoal(db, action.goal_id)!.plan_id);
  invalid('The action breaks a plan rule.', actionErrors(db, f, who, action.responsible_user_id));
  const before: ActionFields = {
    what: action.what,
    responsibleUserId: action.responsible_user_id,
    dueDate: action.due_date,
    doneDate: action.done_date,
  };
  const changed = (Object.keys(before) as (keyof ActionFields)[]).filter((k) => before[k] !== f[k]);
  if (changed.length === 0) return;
  guarded(() =>
    writeTx(db, txOf(who), (audit) => {
      prepared(
        db,
        'UPDATE plan_actions SET what = ?, responsible_user_id = ?, due_date = ?, done_date = ?, updated_at = ? WHERE id = ?',
      ).run(f.what, f.responsibleUserId, f.dueDate, f.doneDate, who.now.toISOString(), actionId);
      audit({
        action: 'plans.updateAction',
        recordType: 'resident',
        recordId: plan.resident_id,
        detail: { planId: plan.id, goalId: action.goal_id, actionId, fields: changed },
      });
    }),
  );
}

export function createReview(db: Db, planId: string, f: ReviewFields, who: Actor): string {
  const plan = writablePlan(db, planId);
  invalid('The review breaks a plan rule.', reviewRuleErrors(f, localIsoDate(who.now)));
  const id = uuidv7();
  const at = who.now.toISOString();
  guarded(() =>
    writeTx(db, txOf(who), (audit) => {
      prepared(
        db,
        `INSERT INTO plan_reviews (id, plan_id, review_date, summary, next_review_date, recorded_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, planId, f.reviewDate, f.summary, f.nextReviewDate, who.userId, at, at);
      audit({
        action: 'plans.createReview',
        recordType: 'resident',
        recordId: plan.resident_id,
        detail: { planId, reviewId: id },
      });
    }),
  );
  return id;
}

export function updateReview(db: Db, reviewId: string, f: ReviewFields, who: Actor): void {
  const review = findReview(db, reviewId);
  if (!review) throw new AppError('NOT_FOUND', 'No such review.');
  const plan = writablePlan(db, review.plan_id);
  invalid('The review breaks a plan rule.', reviewRuleErrors(f, localIsoDate(who.now)));
  const before: ReviewFields = {
    reviewDate: review.review_date,
    summary: review.summary,
    nextReviewDate: review.next_review_date,
  };
  const changed = (Object.keys(before) as (keyof ReviewFields)[]).filter((k) => before[k] !== f[k]);
  if (changed.length === 0) return;
  guarded(() =>
    writeTx(db, txOf(who), (audit) => {
      prepared(
        db,
        'UPDATE plan_reviews SET review_date = ?, summary = ?, next_review_date = ?, updated_at = ? WHERE id = ?',
      ).run(f.reviewDate, f.summary, f.nextReviewDate, who.now.toISOString(), reviewId);
      audit({
        action: 'plans.updateReview',
        recordType: 'resident',
        recordId: plan.resident_id,
        detail: { planId: plan.id, reviewId, fields: changed },
      });
    }),
  );
}
