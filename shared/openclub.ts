import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { requiredTextSchema, textSchema } from './text.ts';
import { SEXES } from './residents.ts';

export const ACTIVITY_KINDS = ['workshop', 'training', 'group_session', 'outing'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** At most this many residents ticked in one call: a session of the whole house and its alumni. */
export const MAX_ATTENDEES = 200;

export const activityFieldsSchema = z
  .object({
    name: requiredTextSchema(120),
    kind: z.enum(ACTIVITY_KINDS),
    description: textSchema(2_000),
  })
  .strict();
export type ActivityFields = z.infer<typeof activityFieldsSchema>;
export type ActivityFieldsInput = z.input<typeof activityFieldsSchema>;

export const activitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  description: z.string(),
  archived: z.boolean(),
  sessionCount: z.number().int(),
  lastSessionDate: z.string().nullable(),
});
export type ActivityView = z.infer<typeof activitySchema>;

const residentIdsSchema = z
  .array(z.string().min(1).max(100))
  .max(MAX_ATTENDEES, 'validation.tooMany')
  .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.duplicate' });

export const sessionFieldsSchema = z
  .object({
    date: isoDateSchema,
    facilitator: requiredTextSchema(120),
  })
  .strict();

export const sessionCreateSchema = z
  .object({
    activityId: z.string().min(1).max(100),
    date: isoDateSchema,
    facilitator: requiredTextSchema(120),
    residentIds: residentIdsSchema,
  })
  .strict();

export const sessionUpdateSchema = z
  .object({ id: z.string().min(1).max(100), date: isoDateSchema, facilitator: requiredTextSchema(120) })
  .strict();

export const attendeesAddSchema = z
  .object({ sessionId: z.string().min(1).max(100), residentIds: residentIdsSchema.min(1, 'validation.required') })
  .strict();

export const attendeeRemoveSchema = z
  .object({ sessionId: z.string().min(1).max(100), residentId: z.string().min(1).max(100) })
  .strict();

export const attendeeSchema = z.object({
  residentId: z.string(),
  code: z.string(),
  /** The core's display name: alias or code only for a protected (do-not-disclose) resident. */
  displayName: z.string(),
  protected: z.boolean(),
  sex: z.enum(SEXES),
  /** Not in a bed on the session's date: she had left the house by then. */
  former: z.boolean(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const sessionSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  date: z.string(),
  facilitator: z.string(),
  attendees: z.array(attendeeSchema),
});
export type SessionView = z.infer<typeof sessionSchema>;

export const activityDetailSchema = z.object({
  activity: activitySchema,
  /** Newest first. */
  sessions: z.array(sessionSchema),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

const countsSchema = z.object({
  sessions: z.number().int(),
  attendances: z.number().int(),
  participants: z.number().int(),
});

export const openClubCountsSchema = z.object({
  from: z.string(),
  to: z.string(),
  total: countsSchema,
  /** Attendances by whether she was in residence on the session's day; participants by her last attendance in the period. */
  current: countsSchema.omit({ sessions: true }),
  former: countsSchema.omit({ sessions: true }),
  byKind: z.array(countsSchema.extend({ kind: z.enum(ACTIVITY_KINDS) })),
});
export type OpenClubCounts = z.infer<typeof openClubCountsSchema>;
