import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { requiredTextSchema } from './text.ts';

export const NOTE_CATEGORIES = ['contact', 'health', 'legal', 'incident', 'court_hearing', 'other'] as const;
export type NoteCategory = (typeof NOTE_CATEGORIES)[number];

/** A case note is a few paragraphs; the bound keeps one call from filling the database. */
export const NOTE_MAX_CHARS = 20_000;
export const noteBodySchema = requiredTextSchema(NOTE_MAX_CHARS);

export const noteInputSchema = z
  .object({
    residentId: z.string().min(1),
    category: z.enum(NOTE_CATEGORIES),
    body: noteBodySchema,
    sensitive: z.boolean(),
    /** The day the note is about; today when left out. Never in the future. */
    date: isoDateSchema.optional(),
  })
  .strict();
export type NoteInput = z.infer<typeof noteInputSchema>;

export const noteCorrectionInputSchema = z.object({ id: z.string().min(1), body: noteBodySchema }).strict();

export const noteSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  date: z.string(),
  category: z.enum(NOTE_CATEGORIES),
  sensitive: z.boolean(),
  /** The text as it reads now: the latest correction, or the original. */
  body: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  /** When the latest correction was appended; null for a note never corrected. */
  correctedAt: z.string().nullable(),
  /** The author, managers and administrators may append a correction. */
  canCorrect: z.boolean(),
});
export type NoteView = z.infer<typeof noteSchema>;

export const noteVersionSchema = z.object({
  kind: z.enum(['original', 'correction']),
  body: z.string(),
  authorName: z.string(),
  at: z.string(),
});
export type NoteVersion = z.infer<typeof noteVersionSchema>;

export const noteDetailSchema = noteSchema.extend({ history: z.array(noteVersionSchema) });
export type NoteDetail = z.infer<typeof noteDetailSchema>;
