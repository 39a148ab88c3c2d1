import { localIsoDate, type IsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import type { ActivityDetail, ActivityFields, ActivityView, OpenClubCounts } from '../../../shared/openclub.ts';
import type { PeriodInput } from '../../../shared/reports.ts';
import { auditedAs, type Actor } from '../actor.ts';
import type { AuditInput } from '../audit/log.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { uuidv7 } from '../ids.ts';
import { openClubCounts } from './counts.ts';
import {
  activities,
  admittedBy,
  attendeeIds,
  attendeesOf,
  attends,
  deleteAttendance,
  findActivity,
  findSession,
  insertActivity,
  insertAttendance,
  insertSession,
  sessionAttendance,
  sessionsOf,
  setArchived,
  updateActivity,
  updateSession,
  type SessionRow,
} from './queries.ts';

const FIELDS = ['name', 'kind', 'description'] as const;

function activityOrThrow(db: Db, id: string): ActivityView {
  const a = findActivity(db, id);
  if (!a) throw new AppError('NOT_FOUND', 'No such Open Club activity.');
  return a;
}

function sessionOrThrow(db: Db, id: string): SessionRow {
  const s = findSession(db, id);
  if (!s) throw new AppError('NOT_FOUND', 'No such Open Club session.');
  return s;
}

function openActivity(db: Db, id: string): ActivityView {
  const a = activityOrThrow(db, id);
  if (a.archived) throw new AppError('ACTIVITY_ARCHIVED', 'The activity is archived: restore it to record sessions.');
  return a;
}

/**
 * Attendees are residents and former residents: people with a stay that began by the session's
 * day. Anyone else (unknown, only referred, a planned admission) is refused, and nothing is written.
 */
function checkAttendees(db: Db, ids: readonly string[], day: IsoDate): void {
  if (ids.length === 0) return;
  const admitted = admittedBy(db, ids, day);
  if (ids.some((id) => !admitted.has(id))) {
    throw new AppError('VALIDATION', 'Only residents and former residents admitted by that day can attend.', {
      fields: { residentIds: 'validation.notAResident' },
    });
  }
}

function checkDate(date: IsoDate, who: Actor): void {
  if (date > localIsoDate(who.now)) {
    throw new AppError('VALIDATION', 'A session is recorded once it has taken place.', {
      fields: { date: 'validation.notInFuture' },
    });
  }
}

export const listActivities = (db: Db): ActivityView[] => activities(db);

export function activityDetail(db: Db, id: string): ActivityDetail {
  const activity = activityOrThrow(db, id);
  const sessions = sessionsOf(db, id).map((s) => ({
    id: s.id,
    activityId: s.activity_id,
    date: s.date,
    facilitator: s.facilitator,
    attendees: attendeesOf(db, s.id, s.date),
  }));
  return { activity, sessions };
}

export function createActivity(db: Db, fields: ActivityFields, who: Actor): { id: string } {
  const id = uuidv7();
  return writeTx(db, auditedAs(who), (audit) => {
    insertActivity(db, id, fields, who.userId, who.now);
    audit({
      action: 'openclub.createActivity',
      recordType: 'openclub_activity',
      recordId: id,
      detail: { kind: fields.kind },
    });
    return { id };
  });
}

/** Saves the fields; the audit row names the fields that changed (never their values). */
export function editActivity(db: Db, id: string, fields: ActivityFields, who: Actor): void {
  const before = activityOrThrow(db, id);
  const changed = FIELDS.filter((k) => before[k] !== fields[k]);
  if (changed.length === 0) return;
  writeTx(db, auditedAs(who), (audit) => {
    updateActivity(db, id, fields, who.now);
    audit({
      action: 'openclub.updateActivity',
      recordType: 'openclub_activity',
      recordId: id,
      detail: { fields: changed },
    });
  });
}

/** Archived activities take no new sessions and leave the pick list; their sessions stay counted. */
export function archiveActivity(db: Db, id: string, archived: boolean, who: Actor): void {
  const before = activityOrThrow(db, id);
  if (before.archived === archived) return;
  writeTx(db, auditedAs(who), (audit) => {
    setArchived(db, id, archived ? who.now : null);
    audit({
      action: archived ? 'openclub.archiveActivity' : 'openclub.restoreActivity',
      recordType: 'openclub_activity',
      recordId: id,
      detail: {},
    });
  });
}

function auditAttendance(
  audit: (entry: AuditInput) => void,
  action: 'openclub.attend' | 'openclub.removeAttendance',
  s: { id: string; activityId: string },
  residentId: string,
): void {
  audit({
    action,
    recordType: 'resident',
    recordId: residentId,
    detail: { sessionId: s.id, activityId: s.activityId },
  });
}

export function createSession(
  db: Db,
  input: { activityId: string; date: IsoDate; facilitator: string; residentIds: string[] },
  who: Actor,
): { id: string } {
  openActivity(db, input.activityId);
  checkDate(input.date, who);
  checkAttendees(db, input.residentIds, input.date);
  const id = uuidv7();
  const s = { id, activityId: input.activityId };
  return writeTx(db, auditedAs(who), (audit) => {
    insertSession(db, { ...s, date: input.date, facilitator: input.facilitator, by: who.userId }, who.now);
    audit({
      action: 'openclub.createSession',
      recordType: 'openclub_session',
      recordId: id,
      detail: { activityId: input.activityId, date: input.date, attendees: input.residentIds.length },
    });
    for (const r of input.residentIds) {
      insertAttendance(db, id, r);
      auditAttendance(audit, 'openclub.attend', s, r);
    }
    return { id };
  });
}

/** Corrects a session's date or facilitator; the audit row names the fields that changed. */
export function editSession(db: Db, input: { id: string; date: IsoDate; facilitator: string }, who: Actor): void {
  const before = sessionOrThrow(db, input.id);
  openActivity(db, before.activity_id);
  checkDate(input.date, who);
  checkAttendees(db, attendeeIds(db, before.id), input.date);
  const changed = [
    ...(before.date === input.date ? [] : ['date']),
    ...(before.facilitator === input.facilitator ? [] : ['facilitator']),
  ];
  if (changed.length === 0) return;
  writeTx(db, auditedAs(who), (audit) => {
    updateSession(db, before.id, input.date, input.facilitator);
    audit({
      action: 'openclub.updateSession',
      recordType: 'openclub_session',
      recordId: before.id,
      detail: { activityId: before.activity_id, fields: changed },
    });
  });
}

/** Adds attendees to a session on record; those already ticked are left as they are. */
export function addAttendees(db: Db, input: { sessionId: string; residentIds: string[] }, who: Actor): void {
  const session = sessionOrThrow(db, input.sessionId);
  openActivity(db, session.activity_id);
  checkAttendees(db, input.residentIds, session.date);
  const s = { id: session.id, activityId: session.activity_id };
  const added = input.residentIds.filter((r) => !attends(db, session.id, r));
  if (added.length === 0) return;
  writeTx(db, auditedAs(who), (audit) => {
    for (const r of added) {
      insertAttendance(db, session.id, r);
      auditAttendance(audit, 'openclub.attend', s, r);
    }
  });
}

export function removeAttendee(db: Db, input: { sessionId: string; residentId: string }, who: Actor): void {
  const session = sessionOrThrow(db, input.sessionId);
  if (!attends(db, session.id, input.residentId)) throw new AppError('NOT_FOUND', 'She is not on this session.');
  writeTx(db, auditedAs(who), (audit) => {
    deleteAttendance(db, session.id, input.residentId);
    auditAttendance(
      audit,
      'openclub.removeAttendance',
      { id: session.id, activityId: session.activity_id },
      input.residentId,
    );
  });
}

export function countsFor(db: Db, { from, to }: PeriodInput): OpenClubCounts {
  return openClubCounts(from, to, sessionAttendance(db, from, to));
}
