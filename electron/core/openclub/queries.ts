import type { IsoDate } from '../../../shared/dates.ts';
import type { ActivityFields, ActivityKind, ActivityView, Attendee } from '../../../shared/openclub.ts';
import type { SEXES } from '../../../shared/residents.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { isProtected, shownName } from '../residents/queries.ts';

interface ActivityRow {
  id: string;
  name: string;
  kind: ActivityKind;
  description: string;
  archived_at: string | null;
  session_count: number;
  last_session: string | null;
}

const ACTIVITY_SELECT = `SELECT a.id, a.name, a.kind, a.description, a.archived_at,
    (SELECT count(*) FROM openclub_sessions s WHERE s.activity_id = a.id) AS session_count,
    (SELECT max(date) FROM openclub_sessions s WHERE s.activity_id = a.id) AS last_session
  FROM openclub_activities a`;

const toActivity = (r: ActivityRow): ActivityView => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  description: r.description,
  archived: r.archived_at !== null,
  sessionCount: r.session_count,
  lastSessionDate: r.last_session,
});

/** Every activity, open ones first, then by name. */
export function activities(db: Db): ActivityView[] {
  const rows = prepared(
    db,
    `${ACTIVITY_SELECT} ORDER BY a.archived_at IS NOT NULL, a.name COLLATE NOCASE, a.id`,
  ).all() as ActivityRow[];
  return rows.map(toActivity);
}

export function findActivity(db: Db, id: string): ActivityView | undefined {
  const row = prepared(db, `${ACTIVITY_SELECT} WHERE a.id = ?`).get(id) as ActivityRow | undefined;
  return row && toActivity(row);
}

export function insertActivity(db: Db, id: string, f: ActivityFields, by: string | null, at: Date): void {
  prepared(
    db,
    `INSERT INTO openclub_activities (id, name, kind, description, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, f.name, f.kind, f.description, at.toISOString(), by, at.toISOString());
}

export function updateActivity(db: Db, id: string, f: ActivityFields, at: Date): void {
  prepared(db, 'UPDATE openclub_activities SET name = ?, kind = ?, description = ?, updated_at = ? WHERE id = ?').run(
    f.name,
    f.kind,
    f.description,
    at.toISOString(),
    id,
  );
}

export function setArchived(db: Db, id: string, archivedAt: Date | null): void {
  prepared(db, 'UPDATE openclub_activities SET archived_at = ? WHERE id = ?').run(
    archivedAt?.toISOString() ?? null,
    id,
  );
}

export interface SessionRow {
  id: string;
  activity_id: string;
  date: IsoDate;
  facilitator: string;
}

export function sessionsOf(db: Db, activityId: string): SessionRow[] {
  return prepared(
    db,
    'SELECT id, activity_id, date, facilitator FROM openclub_sessions WHERE activity_id = ? ORDER BY date DESC, id DESC',
  ).all(activityId) as SessionRow[];
}

export function findSession(db: Db, id: string): SessionRow | undefined {
  return prepared(db, 'SELECT id, activity_id, date, facilitator FROM openclub_sessions WHERE id = ?').get(id) as
    SessionRow | undefined;
}

export function insertSession(
  db: Db,
  s: { id: string; activityId: string; date: IsoDate; facilitator: string; by: string | null },
  at: Date,
): void {
  prepared(
    db,
    `INSERT INTO openclub_sessions (id, activity_id, date, facilitator, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(s.id, s.activityId, s.date, s.facilitator, at.toISOString(), s.by);
}

export function updateSession(db: Db, id: string, date: IsoDate, facilitator: string): void {
  prepared(db, 'UPDATE openclub_sessions SET date = ?, facilitator = ? WHERE id = ?').run(date, facilitator, id);
}

export function attendeeIds(db: Db, sessionId: string): string[] {
  return (
    prepared(db, 'SELECT resident_id AS id FROM openclub_attendance WHERE session_id = ? ORDER BY resident_id').all(
      sessionId,
    ) as { id: string }[]
  ).map((r) => r.id);
}

export function insertAttendance(db: Db, sessionId: string, residentId: string): void {
  prepared(db, 'INSERT INTO openclub_attendance (session_id, resident_id) VALUES (?, ?)').run(sessionId, residentId);
}

/** True when a row was removed. */
export function deleteAttendance(db: Db, sessionId: string, residentId: string): boolean {
  return (
    prepared(db, 'DELETE FROM openclub_attendance WHERE session_id = ? AND resident_id = ?').run(sessionId, residentId)
      .changes > 0
  );
}

export function attends(db: Db, sessionId: string, residentId: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM openclub_attendance WHERE session_id = ? AND resident_id = ?').get(
      sessionId,
      residentId,
    ) !== undefined
  );
}

// In a bed on the night of the day: the night-of-d rule of the reports (a stay [S, E) covers S … E−1).
const IN_RESIDENCE_ON = `EXISTS (SELECT 1 FROM stays st WHERE st.resident_id = r.id AND st.planned = 0
  AND st.start_date <= @day AND (st.end_date IS NULL OR st.end_date > @day))`;

/**
 * Which of these residents had been admitted by `day` (a real stay starting on or before it):
 * residents and former residents, the people Open Club is for.
 */
export function admittedBy(db: Db, ids: readonly string[], day: IsoDate): Set<string> {
  const rows = prepared(
    db,
    `SELECT DISTINCT resident_id AS id FROM stays
     WHERE planned = 0 AND start_date <= @day AND resident_id IN (SELECT value FROM json_each(@ids))`,
  ).all({ day, ids: JSON.stringify(ids) }) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

interface AttendeeRow {
  id: string;
  code: string;
  given_name: string;
  family_name: string;
  alias: string;
  sex: (typeof SEXES)[number];
  do_not_disclose: 0 | 1;
  parent_resident_id: string | null;
  present: 0 | 1;
}

/** A session's attendees by code, named the way shared screens must name them. */
export function attendeesOf(db: Db, sessionId: string, day: IsoDate): Attendee[] {
  const rows = prepared(
    db,
    `SELECT r.id, r.code, r.given_name, r.family_name, r.alias, r.sex, r.do_not_disclose, r.parent_resident_id,
            ${IN_RESIDENCE_ON} AS present
     FROM openclub_attendance a JOIN residents r ON r.id = a.resident_id
     WHERE a.session_id = @session ORDER BY r.code`,
  ).all({ session: sessionId, day }) as AttendeeRow[];
  return rows.map((r) => {
    const hidden = isProtected(db, {
      doNotDisclose: r.do_not_disclose === 1,
      parentResidentId: r.parent_resident_id,
    });
    return {
      residentId: r.id,
      code: r.code,
      displayName: shownName(
        { givenName: r.given_name, familyName: r.family_name, alias: r.alias, code: r.code },
        hidden,
      ),
      protected: hidden,
      sex: r.sex,
      former: r.present === 0,
    };
  });
}

export interface CountRow {
  session_id: string;
  date: IsoDate;
  kind: ActivityKind;
  resident_id: string | null;
  present: 0 | 1 | null;
}

/** Every session dated in the period with each attendance (a session without any gives one row, resident null). */
export function sessionAttendance(db: Db, from: IsoDate, to: IsoDate): CountRow[] {
  return prepared(
    db,
    `SELECT s.id AS session_id, s.date, a.kind, t.resident_id,
            CASE WHEN t.resident_id IS NULL THEN NULL ELSE EXISTS (SELECT 1 FROM stays st
              WHERE st.resident_id = t.resident_id AND st.planned = 0
                AND st.start_date <= s.date AND (st.end_date IS NULL OR st.end_date > s.date)) END AS present
     FROM openclub_sessions s
     JOIN openclub_activities a ON a.id = s.activity_id
     LEFT JOIN openclub_attendance t ON t.session_id = s.id
     WHERE s.date >= ? AND s.date <= ?
     ORDER BY s.date, s.id`,
  ).all(from, to) as CountRow[];
}
