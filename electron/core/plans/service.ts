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
import { auditedAs, type Actor } from '../actor.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { writeTx } from '../db/tx.ts';
import { uuidv7 } from '../ids.ts';
import { isProtected, fieldsOf, shownName } from '../residents/queries.ts';
import { residentOrThrow } from '../residents/service.ts';
import { isActiveUser } from '../users/queries.ts';
import {
  actionsOf,
  activePlan,
  findAction,
  findGoal,
  findPlan,
  findReview,
  goalsOf,
  insertAction,
  insertGoal,
  insertReview,
  lastVersion,
  nextPosition,
  planByVersion,
  planView,
  reviewsOf,
  updateActionRow,
  updateGoalRow,
  updateReviewRow,
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

function found<T>(row: T | undefined, what: string): T {
  if (!row) throw new AppError('NOT_FOUND', `No such ${what}.`);
  return row;
}

function invalid(message: string, fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', message, { fields });
}

/** The plan to write to: it exists, is the active version, and its resident is not archived. */
function writablePlan(db: Db, planId: string): PlanRow {
  const plan = found(findPlan(db, planId), 'plan');
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

/**
 * The plan as the resident page shows it: a given version, or the active one. Reading the plan is
 * reading her record, audited the same way.
 */
export function readPlan(db: Db, residentId: string, version: number | undefined, who: Actor): PlanGetOutput {
  const r = residentOrThrow(db, residentId);
  const plan = version === undefined ? activePlan(db, residentId) : planByVersion(db, residentId, version);
  if (version !== undefined && !plan) throw new AppError('NOT_FOUND', `The plan has no version ${version}.`);
  writeTx(db, auditedAs(who), (audit) =>
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
    writeTx(db, auditedAs(who), (audit) => {
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
    insertGoal(db, { ...g, id: goalId, plan_id: toPlan }, at);
    for (const a of actionsOf(db, g.id)) insertAction(db, { ...a, id: uuidv7(), goal_id: goalId }, at);
  }
  for (const r of reviewsOf(db, fromPlan)) insertReview(db, { ...r, id: uuidv7(), plan_id: toPlan }, at);
}

interface ChildWrite {
  /** The audit action: `plans.createGoal`, … */
  action: string;
  /** Ids (and, for an edit, the changed field names): never the text. */
  detail: Record<string, unknown>;
  /** The row's write; `at` is the time it is stamped with. */
  write: (at: string) => void;
}

/**
 * A goal, action or review of an editable version written with its audit row on the resident, in
 * one transaction; a version frozen meanwhile (its trigger) is the same conflict as one frozen before.
 */
function writeChild(db: Db, who: Actor, plan: PlanRow, { action, detail, write }: ChildWrite): void {
  guarded(() =>
    writeTx(db, auditedAs(who), (audit) => {
      write(who.now.toISOString());
      audit({ action, recordType: 'resident', recordId: plan.resident_id, detail });
    }),
  );
}

/** An edit names the fields it changes in its audit row; one that changes nothing writes nothing. */
function editChild<F extends object>(db: Db, who: Actor, plan: PlanRow, before: F, after: F, edit: ChildWrite): void {
  const fields = (Object.keys(before) as (keyof F)[]).filter((k) => before[k] !== after[k]);
  if (fields.length === 0) return;
  writeChild(db, who, plan, { ...edit, detail: { ...edit.detail, fields } });
}

export function createGoal(db: Db, planId: string, f: GoalFields, who: Actor): string {
  const plan = writablePlan(db, planId);
  invalid('The goal breaks a plan rule.', goalRuleErrors(f, localIsoDate(who.now)));
  const id = uuidv7();
  writeChild(db, who, plan, {
    action: 'plans.createGoal',
    detail: { planId, goalId: id, domain: f.domain },
    write: (at) =>
      insertGoal(
        db,
        {
          id,
          plan_id: planId,
          position: nextPosition(db, 'plan_goals', 'plan_id', planId),
          domain: f.domain,
          description: f.description,
          target_date: f.targetDate,
          status: f.status,
        },
        at,
      ),
  });
  return id;
}

export function updateGoal(db: Db, goalId: string, f: GoalFields, who: Actor): void {
  const goal = found(findGoal(db, goalId), 'goal');
  const plan = writablePlan(db, goal.plan_id);
  invalid('The goal breaks a plan rule.', goalRuleErrors(f, localIsoDate(who.now), goal.target_date));
  const before: GoalFields = {
    domain: goal.domain,
    description: goal.description,
    targetDate: goal.target_date,
    status: goal.status,
  };
  editChild(db, who, plan, before, f, {
    action: 'plans.updateGoal',
    detail: { planId: plan.id, goalId },
    write: (at) => updateGoalRow(db, goalId, f, at),
  });
}

/** A new responsible person must be an active account; one who has since left may stay on an old action. */
function actionErrors(db: Db, f: ActionFields, who: Actor, previousUser?: string): Record<string, string> {
  const errors = actionRuleErrors(f, localIsoDate(who.now));
  if (f.responsibleUserId !== previousUser && !isActiveUser(db, f.responsibleUserId))
    errors.responsibleUserId = 'validation.invalid';
  return errors;
}

export function createAction(db: Db, goalId: string, f: ActionFields, who: Actor): string {
  const goal = found(findGoal(db, goalId), 'goal');
  const plan = writablePlan(db, goal.plan_id);
  invalid('The action breaks a plan rule.', actionErrors(db, f, who));
  const id = uuidv7();
  writeChild(db, who, plan, {
    action: 'plans.createAction',
    detail: { planId: plan.id, goalId, actionId: id },
    write: (at) =>
      insertAction(
        db,
        {
          id,
          goal_id: goalId,
          position: nextPosition(db, 'plan_actions', 'goal_id', goalId),
          what: f.what,
          responsible_user_id: f.responsibleUserId,
          due_date: f.dueDate,
          done_date: f.doneDate,
        },
        at,
      ),
  });
  return id;
}

export function updateAction(db: Db, actionId: string, f: ActionFields, who: Actor): void {
  const action = found(findAction(db, actionId), 'action');
  const plan = writablePlan(db, findGoal(db, action.goal_id)!.plan_id);
  invalid('The action breaks a plan rule.', actionErrors(db, f, who, action.responsible_user_id));
  const before: ActionFields = {
    what: action.what,
    responsibleUserId: action.responsible_user_id,
    dueDate: action.due_date,
    doneDate: action.done_date,
  };
  editChild(db, who, plan, before, f, {
    action: 'plans.updateAction',
    detail: { planId: plan.id, goalId: action.goal_id, actionId },
    write: (at) => updateActionRow(db, actionId, f, at),
  });
}

export function createReview(db: Db, planId: string, f: ReviewFields, who: Actor): string {
  const plan = writablePlan(db, planId);
  invalid('The review breaks a plan rule.', reviewRuleErrors(f, localIsoDate(who.now)));
  const id = uuidv7();
  writeChild(db, who, plan, {
    action: 'plans.createReview',
    detail: { planId, reviewId: id },
    write: (at) =>
      insertReview(
        db,
        {
          id,
          plan_id: planId,
          review_date: f.reviewDate,
          summary: f.summary,
          next_review_date: f.nextReviewDate,
          recorded_by: who.userId,
        },
        at,
      ),
  });
  return id;
}

export function updateReview(db: Db, reviewId: string, f: ReviewFields, who: Actor): void {
  const review = found(findReview(db, reviewId), 'review');
  const plan = writablePlan(db, review.plan_id);
  invalid('The review breaks a plan rule.', reviewRuleErrors(f, localIsoDate(who.now)));
  const before: ReviewFields = {
    reviewDate: review.review_date,
    summary: review.summary,
    nextReviewDate: review.next_review_date,
  };
  editChild(db, who, plan, before, f, {
    action: 'plans.updateReview',
    detail: { planId: plan.id, reviewId },
    write: (at) => updateReviewRow(db, reviewId, f, at),
  });
}
