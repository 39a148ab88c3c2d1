import { z } from 'zod';

/** A calendar date, stored and sent as ISO `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ message: 'validation.date' });
export type IsoDate = string;

/** The local calendar date of an instant (the office PC's own time zone). */
export function localIsoDate(at: Date): IsoDate {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole years between a birth date and a day (age on that day). */
export function ageOn(birth: IsoDate, day: IsoDate): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
