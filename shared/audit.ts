import { z } from 'zod';
import { isoDateSchema } from './dates.ts';

/** Most entries one `audit.list` page may ask for: a page is cheap to send and to render. */
export const AUDIT_PAGE_MAX = 500;
export const AUDIT_PAGE_DEFAULT = 100;
/** Most entries one CSV export carries; beyond it the export says it was cut and the filters should narrow it. */
export const AUDIT_EXPORT_MAX = 100_000;
/** "Who has seen this record" shows the latest entries up to this many, and how many there are in all. */
export const RECORD_READERS_MAX = 200;

const idSchema = z.string().min(1).max(100);

/** An exact action (`residents.read`) or every action of a domain (`residents.*`). */
export const auditActionFilterSchema = z
  .string()
  .max(80)
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*(\.\*)?$/, { message: 'validation.invalid' });

export const auditFiltersSchema = z
  .object({
    userId: idSchema.optional(),
    residentId: idSchema.optional(),
    action: auditActionFilterSchema.optional(),
    /** Local calendar dates, both included. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'validation.periodOrder' });
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const auditListInputSchema = z
  .object({
    filters: auditFiltersSchema,
    /** Keyset cursor: entries older than this seq (the `next` of the previous page). */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
  })
  .strict();

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  /** The account's full name (also of a deactivated account); null for entries without a user. */
  userName: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  /** What the record is called on screen: a protected resident by alias or code only. */
  recordName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), next: z.number().int().nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;

export const BREAK_REASONS = ['edited', 'deleted', 'reordered', 'truncated', 'replaced'] as const;
export type BreakReason = (typeof BREAK_REASONS)[number];

export const verifyResultSchema = z.object({
  ok: z.boolean(),
  /** Entries read from the log. */
  entries: z.number().int(),
  /** The first entry that does not follow; `at` is null when that entry is missing altogether. */
  firstBroken: z.object({ seq: z.number().int(), at: z.string().nullable(), reason: z.enum(BREAK_REASONS) }).nullable(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

export const auditFilterOptionsSchema = z.object({
  users: z.array(z.object({ id: z.string(), fullName: z.string(), active: z.boolean() })),
  actions: z.array(z.string()),
});

export const recordReadersSchema = z.object({
  entries: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      userId: z.string().nullable(),
      userName: z.string().nullable(),
      action: z.string(),
    }),
  ),
  total: z.number().int(),
});
export type RecordReaders = z.infer<typeof recordReadersSchema>;

export const auditCsvSchema = z.object({ csv: z.string(), rows: z.number().int(), truncated: z.boolean() });
