import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { requiredTextSchema, textSchema } from './text.ts';

export const ROOM_KINDS = ['single', 'shared', 'family', 'child_friendly'] as const;

const name = requiredTextSchema(80);

export const roomFieldsSchema = z.object({
  name,
  floor: textSchema(20).default(''),
  kind: z.enum(ROOM_KINDS),
  notes: textSchema(2000).default(''),
});
export type RoomFields = z.output<typeof roomFieldsSchema>;

export const outageSchema = z.object({
  id: z.string(),
  bedId: z.string(),
  /** First night out of service. */
  fromDate: z.string(),
  /** First night back in service; null: until further notice. */
  untilDate: z.string().nullable(),
  reason: z.string(),
});
export type Outage = z.infer<typeof outageSchema>;

export const bedSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  label: z.string(),
  retiredOn: z.string().nullable(),
  outages: z.array(outageSchema),
});
export type Bed = z.infer<typeof bedSchema>;

export const roomSchema = roomFieldsSchema.extend({
  id: z.string(),
  retiredOn: z.string().nullable(),
  beds: z.array(bedSchema),
});
export type Room = z.infer<typeof roomSchema>;

export const bedLabelSchema = name;

/** An out-of-service period ends (the first night back) after it began. */
export function outagePeriodErrors(o: { fromDate: string | null; untilDate: string | null }): Record<string, string> {
  return o.fromDate && o.untilDate !== null && o.untilDate <= o.fromDate
    ? { untilDate: 'validation.untilAfterFrom' }
    : {};
}

/** Bed labels are unique within a room, whatever the case or surrounding spaces. */
export function bedLabelTaken(existing: readonly string[], label: string): boolean {
  const key = label.trim().toLowerCase();
  return existing.some((l) => l.trim().toLowerCase() === key);
}

export const outageInputSchema = z
  .object({
    bedId: z.string(),
    fromDate: isoDateSchema,
    untilDate: isoDateSchema.nullable().default(null),
    reason: requiredTextSchema(500),
  })
  .strict()
  .refine((o) => !outagePeriodErrors(o).untilDate, {
    message: 'validation.untilAfterFrom',
    path: ['untilDate'],
  });
