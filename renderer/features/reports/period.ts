import { addDays, type IsoDate } from '../../../shared/dates.ts';
import type { OccupancyReport } from '../../../shared/reports.ts';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** The last day of a month (1–12): the day before the next month's first. */
function lastDayOfMonth(year: number, month: number): IsoDate {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** The month, quarter or year that holds `anchor`. */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, anchor: IsoDate): Period {
  const year = Number(anchor.slice(0, 4));
  const month = Number(anchor.slice(5, 7));
  const first = kind === 'year' ? 1 : kind === 'quarter' ? month - ((month - 1) % 3) : month;
  const last = kind === 'year' ? 12 : kind === 'quarter' ? first + 2 : month;
  return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: lastDayOfMonth(year, last) };
}

/** One CSV field, quoted when it must be; a leading = + - @ is defused so no spreadsheet runs it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: (string | number | null)[]): string => fields.map(csvField).join(',');

type Labels = (key: string) => string;

/** The report as CSV: the same result the screen and the print show, section by section. */
export function occupancyCsv(
  r: OccupancyReport,
  label: Labels,
  residentName: (p: OccupancyReport['presentAtEnd'][number]) => string,
): string {
  const figures = (f: OccupancyReport['total']) => [
    f.bedNightsAvailable,
    f.bedNightsOccupied,
    f.occupancyRate === null ? null : Math.round(f.occupancyRate * 10000) / 100,
    f.admissions,
    f.exits,
    f.averageLengthOfStay === null ? null : Math.round(f.averageLengthOfStay * 10) / 10,
    f.medianLengthOfStay,
  ];
  const head = ['available', 'occupied', 'rate', 'admissions', 'exits', 'average', 'median'].map((k) =>
    label(`figures.${k}`),
  );
  const lines = [
    csvLine([label('csv.period'), r.from, r.to]),
    '',
    csvLine([label('csv.room'), ...head]),
    ...r.rooms.map((room) => csvLine([room.name, ...figures(room)])),
    csvLine([label('csv.total'), ...figures(r.total)]),
    '',
    csvLine([label('csv.destination'), label('figures.exits')]),
    ...r.exitsByDestination.map((d) => csvLine([label(`destinations.${d.destination}`), d.exits])),
    '',
    csvLine([label('people.total'), r.peopleHoused.total]),
    csvLine([label('people.adults'), r.peopleHoused.adults]),
    csvLine([label('people.children'), r.peopleHoused.children]),
    csvLine([label('people.ageUnknown'), r.peopleHoused.ageUnknown]),
    csvLine([label('declinedNoBed'), r.declinedNoBed]),
    '',
    csvLine([label('csv.date'), label('chart.occupied'), label('chart.inService')]),
    ...r.daily.map((d) => csvLine([d.date, d.occupied, d.inService])),
    '',
    csvLine([label('present.resident'), label('present.room'), label('present.bed'), label('present.since')]),
    ...r.presentAtEnd.map((p) => csvLine([residentName(p), p.roomName, p.bedLabel, p.since])),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
