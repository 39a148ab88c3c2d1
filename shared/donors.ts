import { z } from 'zod';
import { ACTIVITY_KINDS } from './openclub.ts';
import { GOAL_DOMAINS } from './plans.ts';
import { DECLINE_REASONS, EXPLOITATION_FORMS, IDENTIFICATION_STATUSES, REFERRAL_SOURCES, SEXES } from './residents.ts';

// Figures for donors and partners (issue 10): counts only. The schema has no place for a name, a
// code, an id or a date of birth: every row is a fixed label and a cell, and a cell is 0, a count
// of 5 or more, or a suppression marker (the core suppresses; see electron/core/reports/suppress.ts).

/** Age in whole years on the person's first night in the period (see docs/architecture.md). */
export const AGE_BANDS = ['0-13', '14-17', '18-25', '26-40', '41+', 'unknown'] as const;
export const RESIDENCE_KINDS = ['new', 'continuing'] as const;
/** A resident with no form of exploitation recorded. */
export const EXPLOITATION_ROWS = [...EXPLOITATION_FORMS, 'not_recorded'] as const;
/** A declined referral recorded without a reason. */
export const DECLINE_ROWS = [...DECLINE_REASONS, 'not_recorded'] as const;

/** The smallest count shown as a number; 1 … SMALL_CELL − 1 are shown as "<5". */
export const SMALL_CELL = 5;

/**
 * One figure: a number that is 0 or at least 5, or withheld. `small`: a count from 1 to 4, shown
 * as "<5". `secondary`: any count (0 included) withheld so that a small one cannot be worked out
 * by subtraction from a total, shown as "*".
 */
export const cellSchema = z.union([
  z
    .number()
    .int()
    .refine((n) => n === 0 || n >= SMALL_CELL, { message: 'a count from 1 to 4 is never sent' }),
  z.object({ suppressed: z.enum(['small', 'secondary']) }).strict(),
]);
export type Cell = z.infer<typeof cellSchema>;

const breakdown = <const L extends readonly [string, ...string[]]>(labels: L) =>
  z.array(z.object({ label: z.enum(labels), count: cellSchema }).strict());

/** A total and its split between people in a bed that day (current) and former residents. */
const split = z.object({ total: cellSchema, current: cellSchema, former: cellSchema }).strict();

export const donorFiguresSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    /** Different people with at least one night in the period, adults and children. */
    people: cellSchema,
    residence: breakdown(RESIDENCE_KINDS),
    ageBands: breakdown(AGE_BANDS),
    sex: breakdown(SEXES),
    /** A person counts once in each form recorded for them: these rows need not add up to `people`. */
    exploitation: breakdown(EXPLOITATION_ROWS),
    referralSource: breakdown(REFERRAL_SOURCES),
    identification: breakdown(IDENTIFICATION_STATUSES),
    bedNights: z.object({ available: cellSchema, occupied: cellSchema }).strict(),
    /** Referrals dated in the period and declined, by reason. */
    declined: z.object({ total: cellSchema, byReason: breakdown(DECLINE_ROWS) }).strict(),
    /** Support given in the period (see docs/architecture.md for when a goal counts). */
    services: z
      .object({
        /** Different people with a goal counted in the period: the population of `byDomain`. */
        people: cellSchema,
        /** A person counts once per domain: the rows add up to at least `people`. */
        byDomain: breakdown(GOAL_DOMAINS),
        /** Hearings and appointments dated in the period with a staff member accompanying. */
        accompanied: z.object({ appointments: cellSchema, people: cellSchema }).strict(),
      })
      .strict(),
    /** Open Club in the period (openclub.counts' figures, suppressed). */
    openClub: z
      .object({
        /** Sessions held: not a count of people, so never suppressed. */
        sessions: z.number().int().nonnegative(),
        attendances: split,
        participants: split,
        byKind: z.array(
          z
            .object({
              kind: z.enum(ACTIVITY_KINDS),
              sessions: z.number().int().nonnegative(),
              attendances: cellSchema,
              participants: cellSchema,
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict();
export type DonorFigures = z.infer<typeof donorFiguresSchema>;

export const DONOR_BREAKDOWNS = [
  'residence',
  'ageBands',
  'sex',
  'exploitation',
  'referralSource',
  'identification',
] as const;
export type DonorBreakdown = (typeof DONOR_BREAKDOWNS)[number];

/** A cell as the screen, the CSV and the print show it. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  return cell.suppressed === 'small' ? `<${SMALL_CELL}` : '*';
}
