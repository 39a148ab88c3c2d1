import type { IsoDate } from '../../../shared/dates.ts';
import type { StayView } from '../../../shared/residents.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

// Nights: a stay or outage covers [start, end); NULL end is open. Two ranges share a night when
// s1 < e2 and s2 < e1, with an open end read as the far future — the same test as the triggers.
const FAR = "'9999-12-31'";
const overlaps = (start: string, end: string, newStart: string, newEnd: string) =>
  `${start} < COALESCE(${newEnd}, ${FAR}) AND ${newStart} < COALESCE(${end}, ${FAR})`;

export interface StayRow {
  id: string;
  resident_id: string;
  bed_id: string;
  start_date: string;
  end_date: string | null;
  planned: 0 | 1;
  backdate_reason: string;
  created_at: string;
  created_by: string | null;
  expected_leaving: string | null;
}

/** A stay named the way a person can recognise it: whose, where, when. */
export interface StayInfo {
  id: string;
  residentId: string;
  residentCode: string;
  bedId: string;
  roomName: string;
  bedLabel: string;
  startDate: string;
  endDate: string | null;
  planned: boolean;
}

interface StayInfoRow {
  id: string;
  resident_id: string;
  code: string;
  bed_id: string;
  room_name: string;
  bed_label: string;
  start_date: string;
  end_date: string | null;
  planned: 0 | 1;
}

const STAY_INFO = `
  SELECT s.id, s.resident_id, r.code, s.bed_id, m.name AS room_name, b.label AS bed_label,
         s.start_date, s.end_date, s.planned
  FROM stays s JOIN residents r ON r.id = s.resident_id
  JOIN beds b ON b.id = s.bed_id JOIN rooms m ON m.id = b.room_id`;

function toInfo(r: StayInfoRow): StayInfo {
  return {
    id: r.id,
    residentId: r.resident_id,
    residentCode: r.code,
    bedId: r.bed_id,
    roomName: r.room_name,
    bedLabel: r.bed_label,
    startDate: r.start_date,
    endDate: r.end_date,
    planned: r.planned === 1,
  };
}

function firstInfo(db: Db, where: string, params: Record<string, string | null>): StayInfo | undefined {
  const row = prepared(db, `${STAY_INFO} WHERE ${where} ORDER BY s.start_date LIMIT 1`).get(params) as
    StayInfoRow | undefined;
  return row && toInfo(row);
}

/** The earliest stay or plan on a bed that shares a night with [start, end), other than `except`. */
export function stayOnBed(
  db: Db,
  bedId: string,
  start: IsoDate,
  end: IsoDate | null,
  except = '',
): StayInfo | undefined {
  return firstInfo(
    db,
    `s.bed_id = @bed AND s.id <> @except AND ${overlaps('s.start_date', 's.end_date', '@start', '@end')}`,
    {
      bed: bedId,
      except,
      start,
      end,
    },
  );
}

/** The earliest stay or plan of a resident that shares a night with [start, end), other than `except`. */
export function stayOfResident(
  db: Db,
  residentId: string,
  start: IsoDate,
  end: IsoDate | null,
  except = '',
): StayInfo | undefined {
  return firstInfo(
    db,
    `s.resident_id = @resident AND s.id <> @except AND ${overlaps('s.start_date', 's.end_date', '@start', '@end')}`,
    { resident: residentId, except, start, end },
  );
}

/** The first stay or plan on any bed of a room that reaches past `date` (would be cut by retiring). */
export function stayInRoomPast(db: Db, roomId: string, date: IsoDate): StayInfo | undefined {
  return firstInfo(db, `b.room_id = @room AND COALESCE(s.end_date, ${FAR}) > @date`, { room: roomId, date });
}

export function findStay(db: Db, id: string): StayRow | undefined {
  return prepared(db, 'SELECT * FROM stays WHERE id = ?').get(id) as StayRow | undefined;
}

export function stayInfo(db: Db, id: string): StayInfo | undefined {
  return firstInfo(db, 's.id = @id', { id });
}

/** The stay a resident is in now (not planned, no end). */
export function openStayOf(db: Db, residentId: string): StayRow | undefined {
  return prepared(db, 'SELECT * FROM stays WHERE resident_id = ? AND planned = 0 AND end_date IS NULL').get(
    residentId,
  ) as StayRow | undefined;
}

export function planOf(db: Db, residentId: string): StayRow | undefined {
  return prepared(db, 'SELECT * FROM stays WHERE resident_id = ? AND planned = 1').get(residentId) as
    StayRow | undefined;
}

export function firstAdmission(db: Db, residentId: string): IsoDate | null {
  const row = prepared(db, 'SELECT min(start_date) AS d FROM stays WHERE resident_id = ? AND planned = 0').get(
    residentId,
  ) as {
    d: string | null;
  };
  return row.d;
}

export function insertStay(
  db: Db,
  s: {
    id: string;
    residentId: string;
    bedId: string;
    startDate: IsoDate;
    planned: boolean;
    backdateReason: string;
    userId: string | null;
  },
  at: Date,
): void {
  prepared(
    db,
    `INSERT INTO stays (id, resident_id, bed_id, start_date, end_date, planned, backdate_reason, created_at, created_by)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(s.id, s.residentId, s.bedId, s.startDate, s.planned ? 1 : 0, s.backdateReason, at.toISOString(), s.userId);
}

export function endStay(db: Db, id: string, endDate: IsoDate): void {
  prepared(db, 'UPDATE stays SET end_date = ? WHERE id = ?').run(endDate, id);
}

/** A planned admission becomes the actual stay. */
/** A planned admission becomes the stay, from the day the resident actually arrived. */
export function realisePlan(db: Db, id: string, startDate: IsoDate, backdateReason: string): void {
  prepared(db, 'UPDATE stays SET planned = 0, start_date = ?, backdate_reason = ? WHERE id = ?').run(
    startDate,
    backdateReason,
    id,
  );
}

export function deleteStay(db: Db, id: string): void {
  prepared(db, 'DELETE FROM stays WHERE id = ?').run(id);
}

/** A resident's stays and plans, newest first, with room and bed names. */
export function staysOfResident(db: Db, residentId: string): StayView[] {
  const rows = prepared(
    db,
    `SELECT s.*, b.label AS bed_label, m.name AS room_name
       FROM stays s JOIN beds b ON b.id = s.bed_id JOIN rooms m ON m.id = b.room_id
       WHERE s.resident_id = ? ORDER BY s.start_date DESC, s.id DESC`,
  ).all(residentId) as (StayRow & { bed_label: string; room_name: string })[];
  return rows.map((r) => ({
    id: r.id,
    residentId: r.resident_id,
    bedId: r.bed_id,
    bedLabel: r.bed_label,
    roomName: r.room_name,
    startDate: r.start_date,
    endDate: r.end_date,
    planned: r.planned === 1,
    backdateReason: r.backdate_reason,
    expectedLeaving: r.expected_leaving,
  }));
}

export function setExpectedLeaving(db: Db, id: string, date: IsoDate | null): void {
  prepared(db, 'UPDATE stays SET expected_leaving = ? WHERE id = ?').run(date, id);
}
