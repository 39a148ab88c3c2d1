import { z } from 'zod';
import type { AppErrorShape } from './errors.ts';

/**
 * What was printed, for the audit log: a kind of document (`bedBoard`, `occupancyReport`, a plan…),
 * the period or date it covers, whether names were replaced by codes, and whether it went to a
 * printer or into a PDF file. `recordId` is the resident a print is about (their plan or record), when it is about one.
 */
export const printRecordSchema = z
  .object({
    what: z.string().regex(/^[a-z][A-Za-z0-9.]{0,39}$/, { message: 'validation.invalid' }),
    period: z.string().trim().min(1).max(60),
    codesOnly: z.boolean(),
    output: z.enum(['printer', 'pdf']),
    recordId: z.string().min(1).max(64).optional(),
    /** The PDF's file name (never its folder), when saved. */
    fileName: z.string().max(255).optional(),
  })
  .strict();
export type PrintRecord = z.infer<typeof printRecordSchema>;

/** What the renderer asks the Electron glue for: the print dialog, or a PDF saved where the user chooses. */
export const printRequestSchema = z
  .object({
    mode: z.enum(['dialog', 'pdf']),
    /** Suggested file name for "Save as PDF" (no folder). */
    fileName: z.string().regex(/^[^/\\:*?"<>|]{1,120}\.pdf$/),
    record: printRecordSchema.omit({ output: true, fileName: true }),
  })
  .strict();
export type PrintRequest = z.infer<typeof printRequestSchema>;

export type PrintOutcome =
  { ok: true; outcome: 'printed' | 'saved' | 'cancelled'; fileName?: string } | { ok: false; error: AppErrorShape };
