import { z } from 'zod';

/** A form's draft is small; a bound keeps one window from filling the database. */
export const MAX_DRAFT_BYTES = 256 * 1024;

export const draftKeySchema = z
  .string()
  .min(1, 'validation.required')
  .max(200, 'validation.tooLong')
  .regex(/^[A-Za-z0-9._:-]+$/, 'validation.invalid');

/** A route inside the app's hash router, never a URL. */
export const draftRouteSchema = z
  .string()
  .max(500, 'validation.tooLong')
  .regex(/^\/[^\s]*$/, 'validation.invalid');

function jsonBytes(value: unknown): number | null {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : new TextEncoder().encode(text).length;
  } catch {
    return null;
  }
}

/** Any JSON value up to MAX_DRAFT_BYTES once serialised. */
export const draftDataSchema = z.unknown().superRefine((value, ctx) => {
  const bytes = jsonBytes(value);
  if (bytes === null) ctx.addIssue({ code: 'custom', message: 'validation.invalid' });
  else if (bytes > MAX_DRAFT_BYTES) ctx.addIssue({ code: 'custom', message: 'validation.draftTooLarge' });
});

export const draftSchema = z.object({ key: z.string(), route: z.string(), data: z.unknown(), savedAt: z.string() });
export type Draft = z.infer<typeof draftSchema>;
