import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './dates.ts';
import { requiredTextSchema, textSchema } from './text.ts';
import { DECLINE_REASONS, EXIT_DESTINATIONS, residentSummarySchema } from './residents.ts';

/** Required when the date is before today: why the entry is late (checked against all history anyway). */
const backdateReason = textSchema(500).default('');

/** A child of the resident placed with her, in a bed of its own (a family arrives together). */
const childBedSchema = z.object({ childId: z.string().min(1), bedId: z.string().min(1) }).strict();
const withChildren = z.array(childBedSchema).max(12).default([]);

export const admitInputSchema = z
  .object({ residentId: z.string(), bedId: z.string(), date: isoDateSchema, backdateReason, children: withChildren })
  .strict();

export const moveInputSchema = admitInputSchema.omit({ children: true });

/**
 * What becomes of a child still in residence when her parent leaves: she leaves with her, or stays
 * and someone is named as now caring for her. Without one for each such child the exit is refused.
 */
export const childExitSchema = z.discriminatedUnion('action', [
  z.object({ childId: z.string().min(1), action: z.literal('exitWithParent') }).strict(),
  z.object({ childId: z.string().min(1), action: z.literal('carer'), carer: requiredTextSchema(300) }).strict(),
]);
export type ChildExit = z.infer<typeof childExitSchema>;

export const exitInputSchema = z
  .object({
    residentId: z.string(),
    date: isoDateSchema,
    reason: requiredTextSchema(1000),
    destination: z.enum(EXIT_DESTINATIONS),
    backdateReason,
    children: z.array(childExitSchema).max(12).default([]),
  })
  .strict();

export const planInputSchema = z
  .object({ residentId: z.string(), bedId: z.string(), date: isoDateSchema, children: withChildren })
  .strict();

/** The day staff expect a resident to leave (null: not known); on an open stay or a planned admission. */
export const expectedLeavingInputSchema = z
  .object({ stayId: z.string().min(1), date: isoDateSchema.nullable() })
  .strict();

/**
 * An admission, move or exit is recorded for today or an earlier day, and a late entry says why.
 * Field → i18n key; empty when all is well. Shared by the stay dialogs and the core.
 */
export function entryDateErrors(
  e: { date: IsoDate | null; backdateReason: string },
  today: IsoDate,
): Record<string, string> {
  if (!e.date) return {};
  if (e.date > today) return { date: 'validation.notInFuture' };
  if (e.date < today && !e.backdateReason.trim()) return { backdateReason: 'validation.backdateReason' };
  return {};
}

/** A planned admission is for a later day (today's is an admission). */
export function planDateErrors(date: IsoDate | null, today: IsoDate): Record<string, string> {
  return date && date <= today ? { date: 'validation.planInFuture' } : {};
}

/** A stay ends on or after the day it began. */
export function exitDateErrors(date: IsoDate | null, stayStart: IsoDate | null): Record<string, string> {
  return date && stayStart && date < stayStart ? { date: 'validation.beforeStayStart' } : {};
}

export const declineInputSchema = z.object({ residentId: z.string(), reason: z.enum(DECLINE_REASONS) }).strict();

/** One bed on the board for a date: who sleeps there that night, or why it is empty. */
export const boardBedSchema = z.object({
  bedId: z.string(),
  label: z.string(),
  state: z.enum(['occupied', 'free', 'out_of_service', 'reserved']),
  /** The resident in the bed that night (occupied), or expected from a later date (reserved). */
  resident: residentSummarySchema.nullable(),
  stayId: z.string().nullable(),
  /** Occupied: since when; reserved: the planned admission date; out of service: from. */
  since: z.string().nullable(),
  /** Out of service: until (first night back) and why. */
  until: z.string().nullable(),
  reason: z.string().nullable(),
  /** A free bed may already be held from a later date by a planned admission. */
  plannedFrom: z.string().nullable(),
  /** Occupied or reserved: the day the resident is expected to leave, when staff know it. */
  expectedLeaving: z.string().nullable(),
});
export type BoardBed = z.infer<typeof boardBedSchema>;

export const boardRoomSchema = z.object({
  roomId: z.string(),
  name: z.string(),
  floor: z.string(),
  kind: z.string(),
  beds: z.array(boardBedSchema),
});
export const boardSchema = z.object({
  date: z.string(),
  rooms: z.array(boardRoomSchema),
  totals: z.object({
    beds: z.number(),
    occupied: z.number(),
    free: z.number(),
    outOfService: z.number(),
    reserved: z.number(),
  }),
});
export type Board = z.infer<typeof boardSchema>;
