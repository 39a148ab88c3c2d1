import type { IsoDate } from '../../../shared/dates.ts';
import type { Bed, Outage, Room, RoomFields } from '../../../shared/rooms.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

export interface RoomRow {
  id: string;
  premises_id: string;
  name: string;
  floor: string;
  kind: RoomFields['kind'];
  notes: string;
  retired_on: string | null;
  created_at: string;
}

export interface BedRow {
  id: string;
  room_id: string;
  label: string;
  retired_on: string | null;
  created_at: string;
}

export interface OutageRow {
  id: string;
  bed_id: string;
  from_date: string;
  until_date: string | null;
  reason: string;
  created_at: string;
}

/** A bed with the name of its room, for messages and checks. */
export interface BedPlace extends BedRow {
  room_name: string;
  room_retired_on: string | null;
}

// Room 2 before Room 10, Š after S: names sort the way people read them.
const collator = new Intl.Collator('sr-Latn', { numeric: true, sensitivity: 'base' });
export const byName = (a: string, b: string): number => collator.compare(a, b);

function toOutage(o: OutageRow): Outage {
  return { id: o.id, bedId: o.bed_id, fromDate: o.from_date, untilDate: o.until_date, reason: o.reason };
}

export function listRooms(db: Db): Room[] {
  const rooms = prepared(db, 'SELECT * FROM rooms').all() as RoomRow[];
  const beds = prepared(db, 'SELECT * FROM beds').all() as BedRow[];
  const outages = prepared(db, 'SELECT * FROM bed_outages ORDER BY from_date, id').all() as OutageRow[];
  const outagesByBed = new Map<string, Outage[]>();
  for (const o of outages) {
    const list = outagesByBed.get(o.bed_id) ?? [];
    list.push(toOutage(o));
    outagesByBed.set(o.bed_id, list);
  }
  const bedsByRoom = new Map<string, Bed[]>();
  for (const b of beds.sort((x, y) => byName(x.label, y.label))) {
    const list = bedsByRoom.get(b.room_id) ?? [];
    list.push({
      id: b.id,
      roomId: b.room_id,
      label: b.label,
      retiredOn: b.retired_on,
      outages: outagesByBed.get(b.id) ?? [],
    });
    bedsByRoom.set(b.room_id, list);
  }
  return rooms
    .sort((x, y) => byName(x.name, y.name))
    .map((r) => ({
      id: r.id,
      name: r.name,
      floor: r.floor,
      kind: r.kind,
      notes: r.notes,
      retiredOn: r.retired_on,
      beds: bedsByRoom.get(r.id) ?? [],
    }));
}

export function findRoom(db: Db, id: string): RoomRow | undefined {
  return prepared(db, 'SELECT * FROM rooms WHERE id = ?').get(id) as RoomRow | undefined;
}

/** Another room in use (not retired) with this name, ignoring case and surrounding space. */
export function roomNamed(db: Db, name: string, except = ''): RoomRow | undefined {
  return prepared(
    db,
    'SELECT * FROM rooms WHERE lower(trim(name)) = lower(trim(?)) AND id <> ? AND retired_on IS NULL',
  ).get(name, except) as RoomRow | undefined;
}

export function firstPremisesId(db: Db): string | undefined {
  const row = prepared(db, 'SELECT id FROM premises ORDER BY created_at, id LIMIT 1').get() as
    { id: string } | undefined;
  return row?.id;
}

export function insertRoom(db: Db, r: RoomFields & { id: string; premisesId: string }, at: Date): void {
  prepared(
    db,
    'INSERT INTO rooms (id, premises_id, name, floor, kind, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(r.id, r.premisesId, r.name, r.floor, r.kind, r.notes, at.toISOString());
}

export function updateRoom(db: Db, id: string, f: RoomFields): void {
  prepared(db, 'UPDATE rooms SET name = ?, floor = ?, kind = ?, notes = ? WHERE id = ?').run(
    f.name,
    f.floor,
    f.kind,
    f.notes,
    id,
  );
}

/** Retires the room and those of its beds not already retired earlier. */
export function retireRoom(db: Db, id: string, date: IsoDate): void {
  prepared(db, 'UPDATE rooms SET retired_on = ? WHERE id = ?').run(date, id);
  prepared(db, 'UPDATE beds SET retired_on = ? WHERE room_id = ? AND (retired_on IS NULL OR retired_on > ?)').run(
    date,
    id,
    date,
  );
}

export function findBed(db: Db, id: string): BedPlace | undefined {
  return prepared(
    db,
    `SELECT b.*, m.name AS room_name, m.retired_on AS room_retired_on
       FROM beds b JOIN rooms m ON m.id = b.room_id WHERE b.id = ?`,
  ).get(id) as BedPlace | undefined;
}

export function bedLabelled(db: Db, roomId: string, label: string): BedRow | undefined {
  return prepared(db, 'SELECT * FROM beds WHERE room_id = ? AND lower(trim(label)) = lower(trim(?))').get(
    roomId,
    label,
  ) as BedRow | undefined;
}

export function insertBed(db: Db, b: { id: string; roomId: string; label: string }, at: Date): void {
  prepared(db, 'INSERT INTO beds (id, room_id, label, created_at) VALUES (?, ?, ?, ?)').run(
    b.id,
    b.roomId,
    b.label,
    at.toISOString(),
  );
}

export function findOutage(db: Db, id: string): OutageRow | undefined {
  return prepared(db, 'SELECT * FROM bed_outages WHERE id = ?').get(id) as OutageRow | undefined;
}

/** The earliest outage of a bed sharing a night with [from, until), other than `except`. */
export function outageOnBed(
  db: Db,
  bedId: string,
  from: IsoDate,
  until: IsoDate | null,
  except = '',
): OutageRow | undefined {
  return prepared(
    db,
    `SELECT * FROM bed_outages WHERE bed_id = @bed AND id <> @except
         AND from_date < COALESCE(@until, '9999-12-31') AND @from < COALESCE(until_date, '9999-12-31')
       ORDER BY from_date LIMIT 1`,
  ).get({ bed: bedId, except, from, until }) as OutageRow | undefined;
}

export function insertOutage(
  db: Db,
  o: { id: string; bedId: string; fromDate: IsoDate; untilDate: IsoDate | null; reason: string },
  at: Date,
): void {
  prepared(
    db,
    'INSERT INTO bed_outages (id, bed_id, from_date, until_date, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(o.id, o.bedId, o.fromDate, o.untilDate, o.reason, at.toISOString());
}

export function setOutageUntil(db: Db, id: string, untilDate: IsoDate): void {
  prepared(db, 'UPDATE bed_outages SET until_date = ? WHERE id = ?').run(untilDate, id);
}
