import { uuidv7 } from '../ids.ts';
import { localIsoDate, type IsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { consentAllowsStay, residentRuleErrors, type EXIT_DESTINATIONS } from '../../../shared/residents.ts';
import type { Actor } from '../actor.ts';
import type { AuditInput } from '../audit/log.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { fieldsOf, setResidentState, type ResidentRow } from '../residents/queries.ts';
import { residentOrThrow } from '../residents/service.ts';
import { exitDateErrors, planDateErrors, type ChildExit } from '../../../shared/stays.ts';
import type { BedPlace } from '../rooms/queries.ts';
import { applyChildStep, asChildError, checkChildBeds, childExitSteps } from './family.ts';
import {
  deleteStay,
  endStay,
  findStay,
  insertStay,
  openStayOf,
  planOf,
  realisePlan,
  setExpectedLeaving as writeExpectedLeaving,
  stayInfo,
  type StayRow,
} from './queries.ts';
import {
  assertBedFreeFrom,
  assertResidentFreeFrom,
  bedOrThrow,
  checkEntryDate,
  conflict,
  stayConflict,
  underRules,
  validation,
} from './rules.ts';

export interface StayEntry {
  residentId: string;
  bedId: string;
  date: IsoDate;
  backdateReason: string;
}

export interface ExitEntry {
  residentId: string;
  date: IsoDate;
  reason: string;
  destination: (typeof EXIT_DESTINATIONS)[number];
  backdateReason: string;
  children?: ChildExit[];
}

/** Children placed with the resident, each in her own bed. */
type ChildBeds = { children?: { childId: string; bedId: string }[] };

/** The writes of one checked placement, run later inside the family's one transaction. */
type Write = (audit: (entry: AuditInput) => void) => string;

/** Checks each child's placement as if alone (beds already told apart), naming the child in a refusal. */
function childWrites(
  db: Db,
  parentId: string,
  bedId: string,
  kids: NonNullable<ChildBeds['children']>,
  check: (kid: { childId: string; bedId: string }) => Write,
): Write[] {
  checkChildBeds(db, parentId, bedId, kids);
  return kids.map((kid, i) => {
    try {
      return check(kid);
    } catch (e) {
      throw asChildError(e, i, residentOrThrow(db, kid.childId).code);
    }
  });
}

function runFamily(db: Db, who: Actor, writes: Write[]): string {
  return underRules(() =>
    writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
      // The resident's own placement first: its id is the answer.
      const ids = writes.map((w) => w(audit));
      return ids[0]!;
    }),
  );
}

const place = (bed: BedPlace) => `${bed.room_name} · ${bed.label}`;

function statusConflict(r: ResidentRow, why: string): AppError {
  return conflict('RESIDENT_STATUS', `${r.code} ${why} (status ${r.status}, referral ${r.referral_outcome}).`, {
    residentCode: r.code,
    status: r.status,
    referralOutcome: r.referral_outcome,
  });
}

/** The open stay of a resident in residence, or a conflict saying why there is none. */
function currentStay(db: Db, r: ResidentRow): StayRow {
  const open = r.status === 'in_residence' ? openStayOf(db, r.id) : undefined;
  if (!open) throw statusConflict(r, 'is not in residence');
  return open;
}

function notBeforeStart(date: IsoDate, open: StayRow): void {
  const errors = exitDateErrors(date, open.start_date);
  if (errors.date) throw validation(`The date is before the current stay began (${open.start_date}).`, errors);
}

/**
 * Admits a referred resident (accepting the referral) or re-admits an exited one (a new stay on the
 * same record). A planned admission for the same bed and day becomes the stay.
 */
export function admit(db: Db, e: StayEntry & ChildBeds, who: Actor): string {
  const own = admitWrite(db, e, who);
  const kids = childWrites(db, e.residentId, e.bedId, e.children ?? [], (k) =>
    admitWrite(db, { residentId: k.childId, bedId: k.bedId, date: e.date, backdateReason: e.backdateReason }, who),
  );
  return runFamily(db, who, [own, ...kids]);
}

function admitWrite(db: Db, e: StayEntry, who: Actor): Write {
  const today = localIsoDate(who.now);
  const r = residentOrThrow(db, e.residentId);
  const admissible = (r.status === 'referred' && r.referral_outcome !== 'declined') || r.status === 'exited';
  if (!admissible)
    throw statusConflict(
      r,
      r.status === 'in_residence' ? 'is already in residence; move them instead' : 'cannot be admitted',
    );
  checkEntryDate(e.date, today, e.backdateReason);
  const bed = bedOrThrow(db, e.bedId);

  const fields = fieldsOf(r);
  const errors = residentRuleErrors(fields, today, e.date);
  // Every admission, re-admissions too: consent may have been withdrawn since the last stay.
  if (!consentAllowsStay(fields, e.date)) errors.consentGivenOn ??= 'validation.consentRequired';
  if (Object.keys(errors).length > 0) throw validation('The record does not yet allow this admission.', errors);

  const lead = `${r.code} cannot be admitted to ${place(bed)} on ${e.date}`;
  const plan = planOf(db, r.id);
  // Arriving earlier or later than planned still takes up the planned bed; another bed needs the plan cancelled.
  if (plan && plan.bed_id !== bed.id) {
    throw stayConflict('PLAN_EXISTS', `${lead}; cancel the planned admission first`, stayInfo(db, plan.id)!);
  }
  assertBedFreeFrom(db, bed, e.date, lead, plan?.id);
  assertResidentFreeFrom(db, r.id, e.date, lead, plan?.id);

  const id = plan?.id ?? uuidv7();
  return (audit) => {
    if (plan) realisePlan(db, plan.id, e.date, e.backdateReason);
    else
      insertStay(
        db,
        {
          id,
          residentId: r.id,
          bedId: bed.id,
          startDate: e.date,
          planned: false,
          backdateReason: e.backdateReason,
          userId: who.userId,
        },
        who.now,
      );
    setResidentState(
      db,
      r.id,
      {
        status: 'in_residence',
        referral_outcome: 'accepted',
        exit_date: null,
        exit_reason: '',
        exit_destination: null,
      },
      who.now,
    );
    audit({
      action: 'stays.admit',
      recordType: 'resident',
      recordId: r.id,
      detail: {
        stayId: id,
        bedId: bed.id,
        date: e.date,
        readmission: r.status === 'exited',
        fromPlan: !!plan,
        backdateReason: e.backdateReason,
      },
    });
    return id;
  };
}

/** Ends the current stay on `date` and starts the next one, in another bed, the same day. */
export function move(db: Db, e: StayEntry, who: Actor): string {
  const r = residentOrThrow(db, e.residentId);
  const open = currentStay(db, r);
  checkEntryDate(e.date, localIsoDate(who.now), e.backdateReason);
  notBeforeStart(e.date, open);
  const bed = bedOrThrow(db, e.bedId);
  if (bed.id === open.bed_id) throw validation('The resident is already in this bed.', { bedId: 'validation.sameBed' });
  const lead = `${r.code} cannot move to ${place(bed)} on ${e.date}`;
  assertBedFreeFrom(db, bed, e.date, lead);
  assertResidentFreeFrom(db, r.id, e.date, lead, open.id);

  const id = uuidv7();
  return underRules(() =>
    writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
      endStay(db, open.id, e.date);
      insertStay(
        db,
        {
          id,
          residentId: r.id,
          bedId: bed.id,
          startDate: e.date,
          planned: false,
          backdateReason: e.backdateReason,
          userId: who.userId,
        },
        who.now,
      );
      setResidentState(db, r.id, {}, who.now);
      audit({
        action: 'stays.move',
        recordType: 'resident',
        recordId: r.id,
        detail: {
          fromStayId: open.id,
          fromBedId: open.bed_id,
          stayId: id,
          bedId: bed.id,
          date: e.date,
          backdateReason: e.backdateReason,
        },
      });
      return id;
    }),
  );
}

/**
 * Ends the current stay. A parent with children in residence leaves only with a decision for each
 * (see `childExitSteps`); her exit and theirs, or their carers, land in one transaction.
 */
export function exit(db: Db, e: ExitEntry, who: Actor): void {
  const r = residentOrThrow(db, e.residentId);
  const open = currentStay(db, r);
  checkEntryDate(e.date, localIsoDate(who.now), e.backdateReason);
  notBeforeStart(e.date, open);
  const steps = childExitSteps(db, r, e.children ?? [], e.date);
  underRules(() =>
    writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
      endStay(db, open.id, e.date);
      setResidentState(
        db,
        r.id,
        { status: 'exited', exit_date: e.date, exit_reason: e.reason, exit_destination: e.destination },
        who.now,
      );
      audit({
        action: 'stays.exit',
        recordType: 'resident',
        recordId: r.id,
        detail: { stayId: open.id, date: e.date, destination: e.destination, backdateReason: e.backdateReason },
      });
      const exit = { parentId: r.id, date: e.date, reason: e.reason, destination: e.destination };
      for (const step of steps) applyChildStep(db, step, exit, who, audit);
    }),
  );
}

/** Holds a bed for a referred resident from a later day on. */
export function plan(db: Db, e: Omit<StayEntry, 'backdateReason'> & ChildBeds, who: Actor): string {
  const own = planWrite(db, e, who);
  const kids = childWrites(db, e.residentId, e.bedId, e.children ?? [], (k) =>
    planWrite(db, { residentId: k.childId, bedId: k.bedId, date: e.date }, who),
  );
  return runFamily(db, who, [own, ...kids]);
}

function planWrite(db: Db, e: Omit<StayEntry, 'backdateReason'>, who: Actor): Write {
  const r = residentOrThrow(db, e.residentId);
  if (r.status !== 'referred' || r.referral_outcome === 'declined')
    throw statusConflict(r, 'cannot be planned for admission');
  const errors = planDateErrors(e.date, localIsoDate(who.now));
  if (errors.date) throw validation('A planned admission is for a later day; admit today directly.', errors);
  const bed = bedOrThrow(db, e.bedId);
  const lead = `${r.code} cannot be planned into ${place(bed)} from ${e.date}`;
  const existing = planOf(db, r.id);
  if (existing)
    throw stayConflict('PLAN_EXISTS', `${lead}; cancel the planned admission first`, stayInfo(db, existing.id)!);
  assertBedFreeFrom(db, bed, e.date, lead);
  assertResidentFreeFrom(db, r.id, e.date, lead);

  const id = uuidv7();
  return (audit) => {
    insertStay(
      db,
      { id, residentId: r.id, bedId: bed.id, startDate: e.date, planned: true, backdateReason: '', userId: who.userId },
      who.now,
    );
    audit({
      action: 'stays.plan',
      recordType: 'resident',
      recordId: r.id,
      detail: { stayId: id, bedId: bed.id, date: e.date },
    });
    return id;
  };
}

/** Planning only: the day staff expect the resident to leave, on a stay still open or a planned admission. */
export function setExpectedLeaving(db: Db, e: { stayId: string; date: IsoDate | null }, who: Actor): void {
  const s = findStay(db, e.stayId);
  if (!s) throw new AppError('NOT_FOUND', 'No such stay.');
  if (s.end_date !== null) {
    throw conflict(
      'STAY_ENDED',
      `The stay ended on ${s.end_date}; an expected leaving date is for a stay still open.`,
      { endDate: s.end_date },
    );
  }
  if (e.date !== null && e.date < s.start_date) {
    throw validation(`The stay begins on ${s.start_date}.`, { date: 'validation.beforeStayStart' });
  }
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    writeExpectedLeaving(db, s.id, e.date);
    audit({
      action: 'stays.setExpectedLeaving',
      recordType: 'resident',
      recordId: s.resident_id,
      detail: { stayId: s.id, date: e.date },
    });
  });
}

/** A plan that will not happen leaves no stay behind; the audit log keeps that it existed. */
export function cancelPlan(db: Db, stayId: string, who: Actor): void {
  const s = findStay(db, stayId);
  if (!s || s.planned !== 1) throw new AppError('NOT_FOUND', 'No such planned admission.');
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    deleteStay(db, s.id);
    audit({
      action: 'stays.cancelPlan',
      recordType: 'resident',
      recordId: s.resident_id,
      detail: { stayId: s.id, bedId: s.bed_id, date: s.start_date },
    });
  });
}
