import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './dates.ts';
import { EXIT_DESTINATIONS } from './residents.ts';

/** The longest period a report covers: ten years of nights. */
export const MAX_PERIOD_NIGHTS = 3661;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 of an ISO date (the days-from-civil algorithm on the digits: no Date, no
 * time zone, no allocation — a report reads tens of thousands of dates).
 */
export function dayNumber(date: IsoDate): number {
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  return civilDay(y, digit(date, 5) * 10 + digit(date, 6), digit(date, 8) * 10 + digit(date, 9));
}

/**
 * The day number of year y, month m, day d. A day past the month's end runs on into the next
 * month (29 February of a common year is 1 March): so `civilDay(y + 18, m, d)` of a birth date is
 * the first day of being 18, as people count it.
 */
export function civilDay(year: number, m: number, d: number): number {
  let y = year;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number (the civil-from-days algorithm: a report makes thousands of these). */
export function dateOfDay(day: number): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** A period: the nights from its first to its last date, inclusive. */
export const periodInputSchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .superRefine((p, ctx) => {
    if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodOrder' });
    else if (dayNumber(p.to) - dayNumber(p.from) + 1 > MAX_PERIOD_NIGHTS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.periodTooLong' });
    }
  });
export type PeriodInput = z.infer<typeof periodInputSchema>;

export const occupancyFiguresSchema = z.object({
  bedNightsAvailable: z.number().int(),
  bedNightsOccupied: z.number().int(),
  /** occupied ÷ available; null when nothing was available. */
  occupancyRate: z.number().nullable(),
  admissions: z.number().int(),
  exits: z.number().int(),
  /** Nights from admission to exit, over the exits of the period; null without exits. */
  averageLengthOfStay: z.number().nullable(),
  medianLengthOfStay: z.number().nullable(),
});
export type OccupancyFigures = z.infer<typeof occupancyFiguresSchema>;

export const presentResidentSchema = z.object({
  residentId: z.string(),
  code: z.string(),
  /** The core's name for a report: the code for a protected (do-not-disclose) resident, always. */
  displayName: z.string(),
  protected: z.boolean(),
  roomName: z.string(),
  bedLabel: z.string(),
  /** The first day of the residence (across moves). */
  since: z.string(),
});
export type PresentResident = z.infer<typeof presentResidentSchema>;

export const occupancyReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  nights: z.number().int(),
  total: occupancyFiguresSchema,
  rooms: z.array(
    occupancyFiguresSchema.extend({ roomId: z.string(), name: z.string(), retiredOn: z.string().nullable() }),
  ),
  daily: z.array(z.object({ date: z.string(), occupied: z.number().int(), inService: z.number().int() })),
  exitsByDestination: z.array(z.object({ destination: z.enum(EXIT_DESTINATIONS), exits: z.number().int() })),
  /** Different people with at least one night in the period; adult or child by age on their first night in it. */
  peopleHoused: z.object({
    total: z.number().int(),
    adults: z.number().int(),
    children: z.number().int(),
    ageUnknown: z.number().int(),
  }),
  /** Referrals received in the period and declined for lack of a free bed. */
  declinedNoBed: z.number().int(),
  /** Residents occupying the night of the period's last date. */
  presentAtEnd: z.array(presentResidentSchema),
});
export type OccupancyReport = z.infer<typeof occupancyReportSchema>;
