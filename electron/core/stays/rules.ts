import { conflictDetailsRecord, type ConflictFacts, type ConflictRule } from '../../../shared/conflicts.ts';
import type { IsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { entryDateErrors } from '../../../shared/stays.ts';
import type { Db } from '../db/connection.ts';
import { findBed, outageOnBed, type BedPlace, type OutageRow } from '../rooms/queries.ts';
import { stayOfResident, stayOnBed, type StayInfo } from './queries.ts';

/** The messages of the schema's triggers: if one fires anyway, it is a conflict, not a crash. */
const TRIGGER_MESSAGES: Partial<Record<ConflictRule, string>> = {
  STAY_BED_TAKEN: 'The bed already holds someone on one of these nights.',
  STAY_RESIDENT_ELSEWHERE: 'The resident is in another bed on one of these nights.',
  STAY_BED_OUT_OF_SERVICE: 'The bed is out of service on one of these nights.',
  STAY_BED_RETIRED: 'The bed is retired by then.',
  OUTAGE_BED_OCCUPIED: 'Someone stays in the bed on one of these nights.',
  BED_RETIRE_HAS_STAYS: 'Stays or plans on the beds reach past the retirement date.',
};

const span = (start: string, end: string | null) => (end ? `${start} to ${end}` : `${start} (open)`);

const withEnd = (d: ConflictFacts, endDate: string | null): ConflictFacts => (endDate ? { ...d, endDate } : d);

export function stayConflict(rule: ConflictRule, lead: string, s: StayInfo): AppError {
  const what = s.planned ? 'planned admission' : 'stay';
  const facts: ConflictFacts = {
    stayId: s.id,
    residentCode: s.residentCode,
    roomName: s.roomName,
    bedLabel: s.bedLabel,
    startDate: s.startDate,
    planned: s.planned ? 1 : 0,
  };
  return conflict(
    rule,
    `${lead}: ${what} of ${s.residentCode} in ${s.roomName} · ${s.bedLabel}, ${span(s.startDate, s.endDate)}.`,
    withEnd(facts, s.endDate),
  );
}

export function outageConflict(rule: ConflictRule, lead: string, o: OutageRow, bed: BedPlace): AppError {
  return conflict(
    rule,
    `${lead}: ${bed.room_name} · ${bed.label} is out of service ${span(o.from_date, o.until_date)} (${o.reason}).`,
    withEnd(
      { outageId: o.id, roomName: bed.room_name, bedLabel: bed.label, startDate: o.from_date, reason: o.reason },
      o.until_date,
    ),
  );
}

/** A CONFLICT: the rule and its facts take the shape shared/conflicts.ts gives the renderer. */
export function conflict(rule: ConflictRule, message: string, facts: ConflictFacts = {}): AppError {
  return new AppError('CONFLICT', message, { details: conflictDetailsRecord(rule, facts) });
}

/** Runs a write; a trigger that refuses it becomes a CONFLICT naming the rule. */
export function underRules<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof Error && !(e instanceof AppError)) {
      const rule = (Object.keys(TRIGGER_MESSAGES) as ConflictRule[]).find((r) => e.message === r);
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
export function assertResidentFreeFrom(
  db: Db,
  residentId: string,
  start: IsoDate,
  lead: string,
  exceptStay = '',
): void {
  const stay = stayOfResident(db, residentId, start, null, exceptStay);
  if (stay) throw stayConflict('STAY_RESIDENT_ELSEWHERE', lead, stay);
}
