import { z } from 'zod';
import { HEARING_KINDS } from './hearings.ts';
import { GOAL_DOMAINS } from './plans.ts';
import { SEXES } from './residents.ts';

/** Hearings and appointments shown on Today: the next 14 days, today included. */
export const HEARING_DAYS = 14;

/** Days counted as "this week" on Today: today and the six after it. */
export const WEEK_DAYS = 7;

/** Whom a line is about, named as shared screens must name her (alias or code when protected). */
const who = { residentId: z.string(), displayName: z.string() };

export const todayArrivalSchema = z.object({ ...who, stayId: z.string(), date: z.string(), bed: z.string() });
export const todayDepartureSchema = z.object({ ...who, stayId: z.string(), date: z.string(), bed: z.string() });
export const todayReferralSchema = z.object({ ...who, referralDate: z.string(), accepted: z.boolean() });
export const todayConsentSchema = z.object({
  ...who,
  status: z.enum(['referred', 'in_residence']),
  reason: z.string(),
  /** Chooses the grammatical form of her status in Serbian. */
  sex: z.enum(SEXES),
});
export const todayActionSchema = z.object({
  ...who,
  actionId: z.string(),
  domain: z.enum(GOAL_DOMAINS),
  what: z.string(),
  dueDate: z.string(),
  responsibleUserId: z.string(),
  responsibleName: z.string(),
});
export const todayHearingSchema = z.object({
  ...who,
  id: z.string(),
  date: z.string(),
  time: z.string(),
  kind: z.enum(HEARING_KINDS),
  institution: z.string(),
  accompaniedByName: z.string().nullable(),
});
export const todayReviewSchema = z.object({ ...who, planId: z.string(), nextReviewDate: z.string() });

/** One person's actions: overdue (due before today) and due this week. */
export const todayWorkSchema = z.object({ overdue: z.array(todayActionSchema), week: z.array(todayActionSchema) });

export const todaySchema = z.object({
  /** The core's today, and the last day of "this week". */
  date: z.string(),
  weekEnd: z.string(),
  occupancy: z.object({
    beds: z.number(),
    occupied: z.number(),
    free: z.number(),
    outOfService: z.number(),
    reserved: z.number(),
  }),
  /** Planned admissions due today (or already late), then later this week. */
  arrivalsToday: z.array(todayArrivalSchema),
  arrivalsWeek: z.array(todayArrivalSchema),
  /** Open stays whose expected leaving date is this week or already passed. */
  departures: z.array(todayDepartureSchema),
  referrals: z.array(todayReferralSchema),
  consentPending: z.array(todayConsentSchema),
  hearings: z.array(todayHearingSchema),
  mine: todayWorkSchema,
  /** Reviews of active plans due by the end of the week (a team matter: not per person). */
  reviews: z.array(todayReviewSchema),
  /** Managers and administrators: everyone's actions, by the staff member responsible; null for staff. */
  team: z.array(todayWorkSchema.extend({ userId: z.string(), name: z.string() })).nullable(),
});
export type Today = z.infer<typeof todaySchema>;
export type TodayAction = z.infer<typeof todayActionSchema>;
