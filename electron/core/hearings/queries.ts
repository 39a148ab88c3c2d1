import { addDays, type IsoDate } from '../../../shared/dates.ts';
import type { HearingFields, HearingKind, HearingView } from '../../../shared/hearings.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { isProtected, shownName } from '../residents/queries.ts';

interface HearingRow {
  id: string;
  resident_id: string;
  appointment_date: string;
  appointment_time: string;
  kind: HearingKind;
  institution: string;
  accompanied_by: string | null;
  companion_name: string | null;
  outcome: string;
  created_at: string;
  updated_at: string;
}

const HEARING_SELECT = `SELECT h.*, u.full_name AS companion_name FROM hearings h LEFT JOIN users u ON u.id = h.accompanied_by`;

function toView(r: HearingRow): HearingView {
  return {
    id: r.id,
    residentId: r.resident_id,
    date: r.appointment_date,
    time: r.appointment_time,
    kind: r.kind,
    institution: r.institution,
    accompaniedBy: r.accompanied_by,
    accompaniedByName: r.companion_name,
    outcome: r.outcome,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A resident's hearings and appointments in time order. */
export function hearingsOf(db: Db, residentId: string): HearingView[] {
  const rows = prepared(
    db,
    `${HEARING_SELECT} WHERE h.resident_id = ? ORDER BY h.appointment_date, h.appointment_time, h.id`,
  ).all(residentId) as HearingRow[];
  return rows.map(toView);
}

export function findHearing(db: Db, id: string): HearingView | undefined {
  const row = prepared(db, `${HEARING_SELECT} WHERE h.id = ?`).get(id) as HearingRow | undefined;
  return row && toView(row);
}

/** The named parameters both writes take from the form's fields. */
const fieldParams = (f: HearingFields, at: Date) => ({
  date: f.date,
  time: f.time,
  kind: f.kind,
  institution: f.institution,
  companion: f.accompaniedBy,
  outcome: f.outcome,
  at: at.toISOString(),
});

export function insertHearing(
  db: Db,
  h: { id: string; residentId: string; fields: HearingFields; by: string | null },
  at: Date,
): void {
  const f = h.fields;
  prepared(
    db,
    `INSERT INTO hearings (id, resident_id, appointment_date, appointment_time, kind, institution, accompanied_by, outcome,
                           created_at, created_by, updated_at)
     VALUES (@id, @resident, @date, @time, @kind, @institution, @companion, @outcome, @at, @by, @at)`,
  ).run({ ...fieldParams(f, at), id: h.id, resident: h.residentId, by: h.by });
}

export function updateHearing(db: Db, id: string, f: HearingFields, at: Date): void {
  prepared(
    db,
    `UPDATE hearings SET appointment_date = @date, appointment_time = @time, kind = @kind, institution = @institution,
       accompanied_by = @companion, outcome = @outcome, updated_at = @at WHERE id = @id`,
  ).run({ ...fieldParams(f, at), id });
}

export interface UpcomingHearing {
  id: string;
  residentId: string;
  residentCode: string;
  /** The core's display name: alias or code only for a protected (do-not-disclose) resident. */
  residentName: string;
  date: IsoDate;
  time: string;
  kind: HearingKind;
  institution: string;
  accompaniedBy: string | null;
  accompaniedByName: string | null;
}

interface UpcomingRow extends HearingRow {
  code: string;
  given_name: string;
  family_name: string;
  alias: string;
  do_not_disclose: 0 | 1;
  parent_resident_id: string | null;
}

/**
 * Hearings and appointments on the `days` calendar days starting at `from` (from, from+1, …,
 * from+days-1), in time order, for the home screen. `{ from: today, days: 14 }` is "the next 14
 * days", today included. Every resident is named the way shared screens must name them.
 */
export function upcomingHearings(db: Db, { from, days }: { from: IsoDate; days: number }): UpcomingHearing[] {
  if (days <= 0) return [];
  const rows = prepared(
    db,
    `SELECT h.*, u.full_name AS companion_name, r.code, r.given_name, r.family_name, r.alias, r.do_not_disclose, r.parent_resident_id
     FROM hearings h JOIN residents r ON r.id = h.resident_id LEFT JOIN users u ON u.id = h.accompanied_by
     WHERE h.appointment_date >= @from AND h.appointment_date < @until
     ORDER BY h.appointment_date, h.appointment_time, h.id`,
  ).all({ from, until: addDays(from, days) }) as UpcomingRow[];
  return rows.map((r) => ({
    id: r.id,
    residentId: r.resident_id,
    residentCode: r.code,
    residentName: shownName(
      { givenName: r.given_name, familyName: r.family_name, alias: r.alias, code: r.code },
      isProtected(db, { doNotDisclose: r.do_not_disclose === 1, parentResidentId: r.parent_resident_id }),
    ),
    date: r.appointment_date,
    time: r.appointment_time,
    kind: r.kind,
    institution: r.institution,
    accompaniedBy: r.accompanied_by,
    accompaniedByName: r.companion_name,
  }));
}
