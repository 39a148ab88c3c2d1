import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { requiredTextSchema, textSchema } from './text.ts';

export const HEARING_KINDS = ['hearing', 'police_interview', 'prosecutor', 'lawyer', 'other'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];

/** Local wall-clock time of the appointment, 24-hour `HH:MM`. */
export const hearingTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

export const hearingFieldsSchema = z
  .object({
    date: isoDateSchema,
    time: hearingTimeSchema,
    kind: z.enum(HEARING_KINDS),
    institution: requiredTextSchema(200),
    /** The staff member who goes with her; null while nobody is chosen. */
    accompaniedBy: z.string().min(1).nullable(),
    outcome: textSchema(5_000),
  })
  .strict();
export type HearingFields = z.infer<typeof hearingFieldsSchema>;
export type HearingFieldsInput = z.input<typeof hearingFieldsSchema>;

export const hearingCreateSchema = z.object({ residentId: z.string().min(1), fields: hearingFieldsSchema }).strict();
export const hearingUpdateSchema = z.object({ id: z.string().min(1), fields: hearingFieldsSchema }).strict();

export const hearingSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  date: z.string(),
  time: z.string(),
  kind: z.enum(HEARING_KINDS),
  institution: z.string(),
  accompaniedBy: z.string().nullable(),
  accompaniedByName: z.string().nullable(),
  outcome: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HearingView = z.infer<typeof hearingSchema>;
