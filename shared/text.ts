import { z } from 'zod';

// Zero-width spaces and joiners, BOM, direction marks and every other format character (Cf),
// whitespace, and the default-ignorable fillers (e.g. U+3164) render as nothing: text made only of
// them looks empty on screen and in print, so it is empty.
const INVISIBLE_ONLY = /^[\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;
const INVISIBLE = /[\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;

export function isBlank(text: string): boolean {
  return INVISIBLE_ONLY.test(text);
}

/** Free text, trimmed; invisible-only text becomes '' so that conditional "required" rules see it as missing. */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .overwrite((s) => (isBlank(s) ? '' : s))
    .max(max, 'validation.tooLong');

/** The one rule for required text: after trimming, something visible must remain. */
export const requiredTextSchema = (max: number) => textSchema(max).min(1, 'validation.required');

/** What makes two list entries the same: case, width forms and invisible characters aside. */
const sameKey = (v: string) => v.normalize('NFKC').replace(INVISIBLE, '').toLocaleLowerCase();

/** A list with at most `max` entries and no entry twice (the whole list is named in the error). */
export function listSchema<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item)
    .max(max, 'validation.tooMany')
    .refine((list) => new Set(list.map(sameKey)).size === list.length, { message: 'validation.duplicate' });
}
