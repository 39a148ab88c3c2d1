import type { IsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { entryDateErrors } from '../../../shared/stays.ts';
import type { Db } from '../db/connection.ts';
import { findBed, outageOnBed, type BedPlace, type OutageRow } from '../rooms/queries.ts';
import { stayOfResident, stayOnBed, type StayInfo } from './queries.ts';

/**
 * Why a stay, plan, outage or retirement was refused. Travels as `error.details.rule` of a CONFLICT,
 * with the colliding stay or outage (residentCode, roomName, bedLabel, startDate, endDate — absent
 * when open) so that a screen can say what is in the way. The trigger names are the same words.
 */
export type Rule =
  | 'STAY_BED_TAKEN'
  | 'STAY_RESIDENT_ELSEWHERE'
  | 'STAY_BED_OUT_OF_SERVICE'
  | 'STAY_BED_RETIRED'
  | 'OUTAGE_BED_OCCUPIED'
  | 'OUTAGE_OVERLAP'
  | 'BED_RETIRE_HAS_STAYS'
  | 'PLAN_EXISTS'
  | 'RESIDENT_STATUS'
  | 'ROOM_RETIRED'
  | 'CHILDREN_IN_RESIDENCE'
  | 'STAY_ENDED';

/** The messages of the schema's triggers: if one fires anyway, it is a conflict, not a crash. */
const TRIGGER_MESSAGES: Partial<Record<Rule, string>> = {
  STAY_BED_TAKEN: 'The bed already holds someone on one of these nights.',
  STAY_RESIDENT_ELSEWHERE: 'The resident is in another bed on one of these nights.',
  STAY_BED_OUT_OF_SERVICE: 'The bed is out of service on one of these nights.',
  STAY_BED_RETIRED: 'The bed is retired by then.',
  OUTAGE_BED_OCCUPIED: 'Someone stays in the bed on one of these nights.',
  BED_RETIRE_HAS_STAYS: 'Stays or plans on the beds reach past the retirement date.',
};

type Details = Record<string, string | number>;

const span = (start: string, end: string | null) => (end ? `${start} to ${end}` : `${start} (open)`);

function withEnd(d: Details, endDate: string | null): Details {
  if (endDate) d.endDate = endDate;
  return d;
}

export function stayConflict(rule: Rule, lead: string, s: StayInfo): AppError {
  const what = s.planned ? 'planned admission' : 'stay';
  return new AppError('CONFLICT', `${lead}: ${what} of ${s.residentCode} in ${s.roomName} · ${s.bedLabel}, ${span(s.startDate, s.endDate)}.`, {
    details: withEnd(
      {
        rule,
        stayId: s.id,
        residentCode: s.residentCode,
        roomName: s.roomName,
        bedLabel: s.bedLabel,
        startDate: s.startDate,
        planned: s.planned ? 1 : 0,
      },
      s.endDate,
    ),
  });
}

export function outageConflict(rule: Rule, lead: string, o: OutageRow, bed: BedPlace): AppError {
  return new AppError('CONFLICT', `${lead}: ${bed.room_name} · ${bed.label} is out of service ${span(o.from_date, o.until_date)} (${o.reason}).`, {
    details: withEnd(
      { rule, outageId: o.id, roomName: bed.room_name, bedLabel: bed.label, startDate: o.from_date, reason: o.reason },
      o.until_date,
    ),
  });
}

export function conflict(rule: Rule, message: string, details: Details = {}): AppError {
  return new AppError('CONFLICT', message, { details: { rule, ...details } });
}

/** Runs a write; a trigger that refuses it becomes a CONFLICT naming the rule. */
export function underRules<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof Error && !(e instanceof AppError)) {
      const rule = (Object.keys(TRIGGER_MESSAGES) as Rule[]).find((r) => e.message === r);
      if (rule) throw conflict(rule, TRIGGER_MESSAGES[rule]!);
    }
    throw e;
  }
}

export function validation(message: string, fields: Record<string, string>): AppError {
  return new AppError('VALIDATION', message, { fields });
}

/** Admit, move and exit happen today or earlier; earlier needs a reason (it rewrites history). */
export function checkEntryDate(date: IsoDate, today: IsoDate, backdateReason: string): void {
  const errors = entryDateErrors({ date, backdateReason }, today);
  if (errors.date) throw validation('This cannot be recorded for a future day; plan an admission instead.', errors);
  if (errors.backdateReason) throw validation('A back-dated entry needs a reason.', errors);
}

export function bedOrThrow(db: Db, bedId: string): BedPlace {
  const bed = findBed(db, bedId);
  if (!bed) throw new AppError('NOT_FOUND', 'No such bed.', { fields: { bedId: 'validation.invalid' } });
  return bed;
}

/**
 * Refuses an open-ended stay from `start` on this bed when anything is in its way: retirement, another
 * stay or plan, an outage (an open stay reaches every later outage too).
 */
export function assertBedFreeFrom(db: Db, bed: BedPlace, start: IsoDate, lead: string, exceptStay = ''): void {
  if (bed.retired_on !== null) {
    throw conflict('STAY_BED_RETIRED', `${lead}: ${bed.room_name} · ${bed.label} is retired from ${bed.retired_on}.`, {
      roomName: bed.room_name,
      bedLabel: bed.label,
      retiredOn: bed.retired_on,
    });
  }
  const stay = stayOnBed(db, bed.id, start, null, exceptStay);
  if (stay) throw stayConflict('STAY_BED_TAKEN', lead, stay);
  const outage = outageOnBed(db, bed.id, start, null);
  if (outage) throw outageConflict('STAY_BED_OUT_OF_SERVICE', lead, outage, bed);
}

/** Refuses when the resident already has a stay (or plan) on a night from `start` on. */
export function assertResidentFreeFrom(db: Db, residentId: string, start: IsoDate, lead: string, exceptStay = ''): void {
  const stay = stayOfResident(db, residentId, start, null, exceptStay);
  if (stay) throw stayConflict('STAY_RESIDENT_ELSEWHERE', lead, stay);
}
