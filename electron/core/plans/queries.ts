import type { IsoDate } from '../../../shared/dates.ts';
import type {
  ActionFields,
  GoalDomain,
  GoalFields,
  GoalStatus,
  PlanAction,
  PlanGoal,
  PlanReview,
  PlanVersion,
  PlanView,
  ReviewFields,
} from '../../../shared/plans.ts';
import type { ResidentStatus } from '../../../shared/residents.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { shownName } from '../residents/queries.ts';

export interface PlanRow {
  id: string;
  resident_id: string;
  version: number;
  active: 0 | 1;
  created_at: string;
  created_by: string | null;
  frozen_at: string | null;
}

export interface GoalRow {
  id: string;
  plan_id: string;
  position: number;
  domain: GoalDomain;
  description: string;
  target_date: string;
  status: GoalStatus;
}

export interface ActionRow {
  id: string;
  goal_id: string;
  position: number;
  what: string;
  responsible_user_id: string;
  due_date: string;
  done_date: string | null;
}

export interface ReviewRow {
  id: string;
  plan_id: string;
  review_date: string;
  summary: string;
  next_review_date: string | null;
  recorded_by: string | null;
}

/** A user who is gone from the users table cannot happen (no deletes); a null author is the set-up. */
const NAME_OF = `COALESCE((SELECT full_name FROM users WHERE id = ?), '')`;

export function findPlan(db: Db, id: string): PlanRow | undefined {
  return prepared(db, 'SELECT * FROM plans WHERE id = ?').get(id) as PlanRow | undefined;
}

export function activePlan(db: Db, residentId: string): PlanRow | undefined {
  return prepared(db, 'SELECT * FROM plans WHERE resident_id = ? AND active = 1').get(residentId) as
    PlanRow | undefined;
}

export function planByVersion(db: Db, residentId: string, version: number): PlanRow | undefined {
  return prepared(db, 'SELECT * FROM plans WHERE resident_id = ? AND version = ?').get(residentId, version) as
    PlanRow | undefined;
}

export function lastVersion(db: Db, residentId: string): number {
  const row = prepared(db, 'SELECT max(version) AS v FROM plans WHERE resident_id = ?').get(residentId) as {
    v: number | null;
  };
  return row.v ?? 0;
}

export function findGoal(db: Db, id: string): GoalRow | undefined {
  return prepared(db, 'SELECT * FROM plan_goals WHERE id = ?').get(id) as GoalRow | undefined;
}

export function findAction(db: Db, id: string): ActionRow | undefined {
  return prepared(db, 'SELECT * FROM plan_actions WHERE id = ?').get(id) as ActionRow | undefined;
}

export function findReview(db: Db, id: string): ReviewRow | undefined {
  return prepared(db, 'SELECT * FROM plan_reviews WHERE id = ?').get(id) as ReviewRow | undefined;
}

export function goalsOf(db: Db, planId: string): GoalRow[] {
  return prepared(db, 'SELECT * FROM plan_goals WHERE plan_id = ? ORDER BY position, id').all(planId) as GoalRow[];
}

export function actionsOf(db: Db, goalId: string): ActionRow[] {
  return prepared(db, 'SELECT * FROM plan_actions WHERE goal_id = ? ORDER BY position, id').all(goalId) as ActionRow[];
}

export function reviewsOf(db: Db, planId: string): ReviewRow[] {
  return prepared(db, 'SELECT * FROM plan_reviews WHERE plan_id = ? ORDER BY review_date DESC, id DESC').all(
    planId,
  ) as ReviewRow[];
}

export function nextPosition(
  db: Db,
  table: 'plan_goals' | 'plan_actions',
  parentColumn: 'plan_id' | 'goal_id',
  parentId: string,
): number {
  const row = prepared(db, `SELECT COALESCE(max(position), 0) + 1 AS p FROM ${table} WHERE ${parentColumn} = ?`).get(
    parentId,
  ) as { p: number };
  return row.p;
}

/** The writes of goals, actions and reviews: a new one, or a copy into the next version (`at` stamps both times). */
export function insertGoal(db: Db, g: GoalRow, at: string): void {
  prepared(
    db,
    `INSERT INTO plan_goals (id, plan_id, position, domain, description, target_date, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(g.id, g.plan_id, g.position, g.domain, g.description, g.target_date, g.status, at, at);
}

export function insertAction(db: Db, a: ActionRow, at: string): void {
  prepared(
    db,
    `INSERT INTO plan_actions (id, goal_id, position, what, responsible_user_id, due_date, done_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.goal_id, a.position, a.what, a.responsible_user_id, a.due_date, a.done_date, at, at);
}

export function insertReview(db: Db, r: ReviewRow, at: string): void {
  prepared(
    db,
    `INSERT INTO plan_reviews (id, plan_id, review_date, summary, next_review_date, recorded_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.plan_id, r.review_date, r.summary, r.next_review_date, r.recorded_by, at, at);
}

export function updateGoalRow(db: Db, id: string, f: GoalFields, at: string): void {
  prepared(
    db,
    'UPDATE plan_goals SET domain = ?, description = ?, target_date = ?, status = ?, updated_at = ? WHERE id = ?',
  ).run(f.domain, f.description, f.targetDate, f.status, at, id);
}

export function updateActionRow(db: Db, id: string, f: ActionFields, at: string): void {
  prepared(
    db,
    'UPDATE plan_actions SET what = ?, responsible_user_id = ?, due_date = ?, done_date = ?, updated_at = ? WHERE id = ?',
  ).run(f.what, f.responsibleUserId, f.dueDate, f.doneDate, at, id);
}

export function updateReviewRow(db: Db, id: string, f: ReviewFields, at: string): void {
  prepared(
    db,
    'UPDATE plan_reviews SET review_date = ?, summary = ?, next_review_date = ?, updated_at = ? WHERE id = ?',
  ).run(f.reviewDate, f.summary, f.nextReviewDate, at, id);
}

const userName = (db: Db, id: string | null) => (prepared(db, `SELECT ${NAME_OF} AS n`).get(id) as { n: string }).n;

function versionOf(db: Db, p: PlanRow): PlanVersion {
  return {
    id: p.id,
    version: p.version,
    active: p.active === 1,
    createdAt: p.created_at,
    createdByName: userName(db, p.created_by),
    frozenAt: p.frozen_at,
  };
}

export function versionsOf(db: Db, residentId: string): PlanVersion[] {
  const rows = prepared(db, 'SELECT * FROM plans WHERE resident_id = ? ORDER BY version DESC').all(
    residentId,
  ) as PlanRow[];
  return rows.map((p) => versionOf(db, p));
}

function actionView(db: Db, a: ActionRow): PlanAction {
  return {
    id: a.id,
    what: a.what,
    responsibleUserId: a.responsible_user_id,
    responsibleName: userName(db, a.responsible_user_id),
    dueDate: a.due_date,
    doneDate: a.done_date,
  };
}

function goalView(db: Db, g: GoalRow): PlanGoal {
  return {
    id: g.id,
    domain: g.domain,
    description: g.description,
    targetDate: g.target_date,
    status: g.status,
    actions: actionsOf(db, g.id).map((a) => actionView(db, a)),
  };
}

function reviewView(db: Db, r: ReviewRow): PlanReview {
  return {
    id: r.id,
    reviewDate: r.review_date,
    summary: r.summary,
    nextReviewDate: r.next_review_date,
    recordedByName: userName(db, r.recorded_by),
  };
}

export function planView(db: Db, p: PlanRow): PlanView {
  return {
    ...versionOf(db, p),
    goals: goalsOf(db, p.id).map((g) => goalView(db, g)),
    reviews: reviewsOf(db, p.id).map((r) => reviewView(db, r)),
  };
}

/** Whose work it is, for the home screen: the resident as the core names her on shared screens. */
interface DueResident {
  residentId: string;
  residentCode: string;
  /** Alias or code for a protected resident (do-not-disclose, or the child of one). */
  displayName: string;
  residentStatus: ResidentStatus;
  planId: string;
}

export interface DueAction extends DueResident {
  actionId: string;
  goalId: string;
  domain: GoalDomain;
  what: string;
  responsibleUserId: string;
  responsibleName: string;
  dueDate: IsoDate;
}

export interface DueReview extends DueResident {
  /** The latest review of the active plan, whose next review date is due. */
  lastReviewId: string;
  lastReviewDate: IsoDate;
  nextReviewDate: IsoDate;
}

// Active plans of residents still on record (not archived), with the shown name decided here.
const RESIDENT_COLUMNS = `
  r.id AS residentId, r.code AS residentCode, r.status AS residentStatus, p.id AS planId,
  r.given_name, r.family_name, r.alias,
  (r.do_not_disclose = 1 OR COALESCE(pr.do_not_disclose, 0) = 1) AS hidden`;
const ACTIVE_PLANS = `
  plans p JOIN residents r ON r.id = p.resident_id AND r.status <> 'archived'
  LEFT JOIN residents pr ON pr.id = r.parent_resident_id`;

interface NameColumns {
  given_name: string;
  family_name: string;
  alias: string;
  hidden: 0 | 1;
}

function named<T extends DueResident>(row: T & NameColumns): T {
  const { given_name, family_name, alias, hidden, ...rest } = row;
  const displayName = shownName(
    { givenName: given_name, familyName: family_name, alias, code: row.residentCode },
    hidden === 1,
  );
  return { ...(rest as unknown as T), displayName };
}

/**
 * Open actions (no done date) of active plans due on or before `until`, earliest first; an action
 * under an achieved or dropped goal is no longer due. With `userId`, only that person's. The
 * caller splits overdue (before today) from due later, on its own "today".
 */
export function dueActions(db: Db, { userId, until }: { userId?: string; until: IsoDate }): DueAction[] {
  const rows = prepared(
    db,
    `SELECT ${RESIDENT_COLUMNS}, a.id AS actionId, g.id AS goalId, g.domain, a.what,
            a.responsible_user_id AS responsibleUserId, COALESCE(u.full_name, '') AS responsibleName, a.due_date AS dueDate
     FROM ${ACTIVE_PLANS}
     JOIN plan_goals g ON g.plan_id = p.id AND g.status NOT IN ('achieved', 'dropped')
     JOIN plan_actions a ON a.goal_id = g.id AND a.done_date IS NULL AND a.due_date <= @until
     LEFT JOIN users u ON u.id = a.responsible_user_id
     WHERE p.active = 1 AND (@userId IS NULL OR a.responsible_user_id = @userId)
     ORDER BY a.due_date, r.code, a.id`,
  ).all({ until, userId: userId ?? null }) as (DueAction & NameColumns)[];
  return rows.map(named);
}

/**
 * Active plans whose latest review (by date) sets a next review on or before `until`, earliest
 * first. A plan without any review has no review date yet and is not listed.
 */
export function dueReviews(db: Db, { until }: { until: IsoDate }): DueReview[] {
  const rows = prepared(
    db,
    `SELECT ${RESIDENT_COLUMNS}, v.id AS lastReviewId, v.review_date AS lastReviewDate, v.next_review_date AS nextReviewDate
     FROM ${ACTIVE_PLANS}
     JOIN plan_reviews v ON v.id = (SELECT id FROM plan_reviews WHERE plan_id = p.id ORDER BY review_date DESC, id DESC LIMIT 1)
     WHERE p.active = 1 AND v.next_review_date IS NOT NULL AND v.next_review_date <= @until
     ORDER BY v.next_review_date, r.code`,
  ).all({ until }) as (DueReview & NameColumns)[];
  return rows.map(named);
}
