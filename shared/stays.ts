import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './dates.ts';
import { requiredTextSchema, textSchema } from './text.ts';
import { DECLINE_REASONS, EXIT_DESTINATIONS, residentSummarySchema } from './residents.ts';

/** Required when the date is before today: why the entry is late (checked against all history anyway). */
const backdateReason = textSchema(500).default('');

export const admitInputSchema = z
  .object({ residentId: z.string(), bedId: z.string(), date: isoDateSchema, backdateReason })
  .strict();

export const moveInputSchema = admitInputSchema;

export const exitInputSchema = z
  .object({
    residentId: z.string(),
    date: isoDateSchema,
    reason: requiredTextSchema(1000),
    destination: z.enum(EXIT_DESTINATIONS),
    backdateReason,
  })
  .strict();

export const planInputSchema = z.object({ residentId: z.string(), bedId: z.string(), date: isoDateSchema }).strict();

/**
 * An admission, move or exit is recorded for today or an earlier day, and a late entry says why.
 * Field → i18n key; empty when all is well. Shared by the stay dialogs and the core.
 */
export function entryDateErrors(e: { date: IsoDate | null; backdateReason: string }, today: IsoDate): Record<string, string> {
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
  totals: z.object({ beds: z.number(), occupied: z.number(), free: z.number(), outOfService: z.number(), reserved: z.number() }),
});
export type Board = z.infer<typeof boardSchema>;
