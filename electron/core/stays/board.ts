import type { IsoDate } from '../../../shared/dates.ts';
import type { ResidentSummary } from '../../../shared/residents.ts';
import type { Board, BoardBed } from '../../../shared/stays.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { boardSummaries } from '../residents/queries.ts';
import { byName, type BedRow, type OutageRow, type RoomRow } from '../rooms/queries.ts';
import type { StayRow } from './queries.ts';

const inUseOn = 'retired_on IS NULL OR retired_on > @date';
const covers = (start: string, end: string) => `${start} <= @date AND (${end} IS NULL OR ${end} > @date)`;

function byBed<T extends { bed_id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.bed_id, r]));
}

/**
 * Every room and bed in use on `date` and what its night holds: a resident (occupied), a planned
 * admission already due (reserved), an outage, or nothing — perhaps held from a later day.
 */
export function boardOn(db: Db, date: IsoDate): Board {
  const rooms = prepared(db, `SELECT * FROM rooms WHERE ${inUseOn}`).all({ date }) as RoomRow[];
  const beds = prepared(db, `SELECT * FROM beds WHERE ${inUseOn}`).all({ date }) as BedRow[];
  const occupied = byBed(
    prepared(db, `SELECT * FROM stays WHERE planned = 0 AND ${covers('start_date', 'end_date')}`).all({
      date,
    }) as StayRow[],
  );
  const outages = byBed(
    prepared(db, `SELECT * FROM bed_outages WHERE ${covers('from_date', 'until_date')}`).all({ date }) as OutageRow[],
  );
  // A bed holds at most one plan (a plan is open-ended); the earliest wins should that ever change.
  const plans = byBed(
    prepared(db, 'SELECT * FROM stays WHERE planned = 1 ORDER BY start_date DESC').all() as StayRow[],
  );
  const people = new Map<string, ResidentSummary>(boardSummaries(db, date).map((s) => [s.id, s]));
  const person = (id: string) => people.get(id) ?? null;

  const bedState = (b: BedRow): BoardBed => {
    const base = {
      bedId: b.id,
      label: b.label,
      resident: null,
      stayId: null,
      since: null,
      until: null,
      reason: null,
      plannedFrom: null,
      expectedLeaving: null,
    };
    const stay = occupied.get(b.id);
    if (stay)
      return {
        ...base,
        state: 'occupied',
        resident: person(stay.resident_id),
        stayId: stay.id,
        since: stay.start_date,
        expectedLeaving: stay.expected_leaving,
      };
    const outage = outages.get(b.id);
    if (outage)
      return {
        ...base,
        state: 'out_of_service',
        since: outage.from_date,
        until: outage.until_date,
        reason: outage.reason,
      };
    const plan = plans.get(b.id);
    if (plan && plan.start_date <= date) {
      return {
        ...base,
        state: 'reserved',
        resident: person(plan.resident_id),
        stayId: plan.id,
        since: plan.start_date,
        expectedLeaving: plan.expected_leaving,
      };
    }
    if (plan)
      return {
        ...base,
        state: 'free',
        resident: person(plan.resident_id),
        stayId: plan.id,
        plannedFrom: plan.start_date,
      };
    return { ...base, state: 'free' };
  };

  const bedsOfRoom = new Map<string, BedRow[]>();
  for (const b of beds.sort((x, y) => byName(x.label, y.label)))
    bedsOfRoom.set(b.room_id, [...(bedsOfRoom.get(b.room_id) ?? []), b]);
  const boardRooms = rooms
    .sort((x, y) => byName(x.name, y.name))
    .map((r) => ({
      roomId: r.id,
      name: r.name,
      floor: r.floor,
      kind: r.kind,
      beds: (bedsOfRoom.get(r.id) ?? []).map(bedState),
    }));

  const all = boardRooms.flatMap((r) => r.beds);
  const count = (state: BoardBed['state']) => all.filter((b) => b.state === state).length;
  return {
    date,
    rooms: boardRooms,
    totals: {
      beds: all.length,
      occupied: count('occupied'),
      free: count('free'),
      outOfService: count('out_of_service'),
      reserved: count('reserved'),
    },
  };
}
