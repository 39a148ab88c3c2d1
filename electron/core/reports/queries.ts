import { localIsoDate } from '../../../shared/dates.ts';
import { EXIT_DESTINATIONS } from '../../../shared/residents.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { byName } from '../rooms/queries.ts';
import type { OccupancyInput } from './occupancy.ts';

type Destination = (typeof EXIT_DESTINATIONS)[number];

export interface BedNames {
  label: string;
  roomName: string;
}

interface ResidentRow {
  id: string;
  date_of_birth: string | null;
  birth_year_estimate: number | null;
  exit_date: string | null;
  exit_destination: Destination | null;
}

/**
 * Everything the occupancy report reads, in one pass over each table (the stays once, in full:
 * residences reach back before the period, and a bed's first day is its first stay if that came
 * before the bed was entered).
 */
export function occupancyRows(
  db: Db,
  from: string,
  to: string,
): { input: OccupancyInput; bedNames: Map<string, BedNames> } {
  const rooms = (prepared(db, 'SELECT id, name, retired_on FROM rooms').all() as OccupancyInput['rooms']).sort((a, b) =>
    byName(a.name, b.name),
  );
  const roomName = new Map(rooms.map((r) => [r.id, r.name]));
  // Read from the covering index of migration 008, already in the order residences are built in.
  const stays = prepared(
    db,
    'SELECT id, resident_id, bed_id, start_date, end_date FROM stays INDEXED BY stays_report WHERE planned = 0 ORDER BY resident_id, start_date',
  ).all() as OccupancyInput['stays'];
  const firstStay = new Map<string, string>();
  for (const s of stays) {
    const seen = firstStay.get(s.bed_id);
    if (seen === undefined || s.start_date < seen) firstStay.set(s.bed_id, s.start_date);
  }
  const bedRows = prepared(db, 'SELECT id, room_id, label, created_at, retired_on FROM beds').all() as {
    id: string;
    room_id: string;
    label: string;
    created_at: string;
    retired_on: string | null;
  }[];
  const bedNames = new Map<string, BedNames>();
  const beds = bedRows.map((b) => {
    bedNames.set(b.id, { label: b.label, roomName: roomName.get(b.room_id) ?? '' });
    // A bed exists from the day it was entered (the office PC's date), or from its first stay if
    // that was entered later, back-dated: a bed that held someone on a night existed that night.
    const entered = localIsoDate(new Date(b.created_at));
    const first = firstStay.get(b.id);
    return {
      id: b.id,
      room_id: b.room_id,
      retired_on: b.retired_on,
      first_day: first !== undefined && first < entered ? first : entered,
    };
  });
  const outages = prepared(
    db,
    'SELECT bed_id, from_date, until_date FROM bed_outages',
  ).all() as OccupancyInput['outages'];

  let exitAudit: Map<string, Destination> | null = null;
  // A re-admitted resident's record holds only the latest exit; earlier ones are in the audit log.
  const auditedDestination = (stayId: string): Destination => {
    exitAudit ??= new Map(
      (
        prepared(
          db,
          "SELECT json_extract(detail, '$.stayId') AS stay, json_extract(detail, '$.destination') AS destination FROM audit_log WHERE action = 'stays.exit'",
        ).all() as { stay: string; destination: Destination }[]
      ).map((r) => [r.stay, r.destination]),
    );
    const d = exitAudit.get(stayId);
    return d && (EXIT_DESTINATIONS as readonly string[]).includes(d) ? d : 'unknown';
  };
  const residents = new Map<string, ResidentRow>();
  for (const r of prepared(
    db,
    'SELECT id, date_of_birth, birth_year_estimate, exit_date, exit_destination FROM residents',
  ).all() as ResidentRow[]) {
    residents.set(r.id, r);
  }
  const birth = (id: string): string | null => {
    const r = residents.get(id);
    if (!r) return null;
    return r.date_of_birth ?? (r.birth_year_estimate !== null ? `${r.birth_year_estimate}-07-01` : null);
  };
  const exitDestination = (id: string, stayId: string, endDate: string): Destination => {
    const r = residents.get(id);
    return r && r.exit_date === endDate && r.exit_destination ? r.exit_destination : auditedDestination(stayId);
  };
  return { input: { from, to, rooms, beds, outages, stays, birth, exitDestination }, bedNames };
}

/** Referrals received in the period and declined because no bed was free. */
export function declinedForNoBed(db: Db, from: string, to: string): number {
  const row = prepared(
    db,
    "SELECT count(*) AS n FROM residents WHERE referral_outcome = 'declined' AND decline_reason = 'no_free_bed' AND referral_date BETWEEN ? AND ?",
  ).get(from, to) as { n: number };
  return row.n;
}
