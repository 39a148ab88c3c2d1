import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './dates.ts';
import { RESIDENT_STATUSES } from './residents.ts';
import { requiredTextSchema } from './text.ts';

/** The domains of a support plan (DOMAIN.md), in the order a plan lists them. */
export const GOAL_DOMAINS = [
  'safety',
  'health',
  'psychological',
  'legal',
  'documents',
  'housing',
  'education',
  'employment',
  'family',
  'social',
] as const;
export type GoalDomain = (typeof GOAL_DOMAINS)[number];

export const GOAL_STATUSES = ['open', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A goal that is no longer worked on: its open actions are not due any more. */
export const CLOSED_GOAL_STATUSES: readonly GoalStatus[] = ['achieved', 'dropped'];

const id = z.string().min(1);

export const goalFieldsSchema = z
  .object({
    domain: z.enum(GOAL_DOMAINS),
    description: requiredTextSchema(2000),
    targetDate: isoDateSchema,
    status: z.enum(GOAL_STATUSES),
  })
  .strict();
export type GoalFields = z.output<typeof goalFieldsSchema>;

export const actionFieldsSchema = z
  .object({
    what: requiredTextSchema(1000),
    responsibleUserId: id,
    dueDate: isoDateSchema,
    doneDate: isoDateSchema.nullable(),
  })
  .strict();
export type ActionFields = z.output<typeof actionFieldsSchema>;

export const reviewFieldsSchema = z
  .object({
    reviewDate: isoDateSchema,
    summary: requiredTextSchema(4000),
    nextReviewDate: isoDateSchema.nullable(),
  })
  .strict();
export type ReviewFields = z.output<typeof reviewFieldsSchema>;

/**
 * A new or moved target date is today or later, unless the goal is already achieved or dropped
 * (recording what happened). An unchanged past date stays: an overdue goal can still be edited.
 * Field → i18n key; shared by the dialogs and the core.
 */
export function goalRuleErrors(
  g: { targetDate: IsoDate | null; status: GoalStatus },
  today: IsoDate,
  before?: IsoDate,
): Record<string, string> {
  if (!g.targetDate || g.targetDate === before || CLOSED_GOAL_STATUSES.includes(g.status)) return {};
  return g.targetDate < today ? { targetDate: 'plans.validation.notInPast' } : {};
}

/** Done is a fact: not in the future. */
export function actionRuleErrors(a: { doneDate: IsoDate | null }, today: IsoDate): Record<string, string> {
  return a.doneDate && a.doneDate > today ? { doneDate: 'validation.notInFuture' } : {};
}

/** A review has happened (today or earlier); the next one comes after it. */
export function reviewRuleErrors(
  r: { reviewDate: IsoDate | null; nextReviewDate: IsoDate | null },
  today: IsoDate,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (r.reviewDate && r.reviewDate > today) errors.reviewDate = 'validation.notInFuture';
  if (r.reviewDate && r.nextReviewDate && r.nextReviewDate <= r.reviewDate)
    errors.nextReviewDate = 'plans.validation.afterReview';
  return errors;
}

export const planActionSchema = z.object({
  id: z.string(),
  what: z.string(),
  responsibleUserId: z.string(),
  responsibleName: z.string(),
  dueDate: z.string(),
  doneDate: z.string().nullable(),
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const planGoalSchema = z.object({
  id: z.string(),
  domain: z.enum(GOAL_DOMAINS),
  description: z.string(),
  targetDate: z.string(),
  status: z.enum(GOAL_STATUSES),
  actions: z.array(planActionSchema),
});
export type PlanGoal = z.infer<typeof planGoalSchema>;

export const planReviewSchema = z.object({
  id: z.string(),
  reviewDate: z.string(),
  summary: z.string(),
  nextReviewDate: z.string().nullable(),
  recordedByName: z.string(),
});
export type PlanReview = z.infer<typeof planReviewSchema>;

export const planVersionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  active: z.boolean(),
  createdAt: z.string(),
  createdByName: z.string(),
  /** When a newer version replaced it; null for the active one. */
  frozenAt: z.string().nullable(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planViewSchema = planVersionSchema.extend({
  goals: z.array(planGoalSchema),
  reviews: z.array(planReviewSchema),
});
export type PlanView = z.infer<typeof planViewSchema>;

/** Whose plan: as the core names her on shared screens (alias or code when protected). */
export const planResidentSchema = z.object({
  id: z.string(),
  code: z.string(),
  displayName: z.string(),
  protected: z.boolean(),
  status: z.enum(RESIDENT_STATUSES),
});

export const planGetInputSchema = z.object({ residentId: id, version: z.number().int().min(1).optional() }).strict();

export const planGetOutputSchema = z.object({
  resident: planResidentSchema,
  /** Every version, newest first. */
  versions: z.array(planVersionSchema),
  /** The asked-for version, or the active one; null when the resident has no plan yet. */
  plan: planViewSchema.nullable(),
});
export type PlanGetOutput = z.infer<typeof planGetOutputSchema>;

export const createGoalInputSchema = z.object({ planId: id, fields: goalFieldsSchema }).strict();
export const updateGoalInputSchema = z.object({ id, fields: goalFieldsSchema }).strict();
export const createActionInputSchema = z.object({ goalId: id, fields: actionFieldsSchema }).strict();
export const updateActionInputSchema = z.object({ id, fields: actionFieldsSchema }).strict();
export const createReviewInputSchema = z.object({ planId: id, fields: reviewFieldsSchema }).strict();
export const updateReviewInputSchema = z.object({ id, fields: reviewFieldsSchema }).strict();
