import { localIsoDate } from '../../../shared/dates.ts';
import { EXIT_DESTINATIONS } from '../../../shared/residents.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { byName } from '../rooms/queries.ts';
import type { OccupancyInput, ResidentRow, StayRow } from './occupancy.ts';

type Destination = (typeof EXIT_DESTINATIONS)[number];

export interface BedNames {
  label: string;
  roomName: string;
}

/**
 * Everything the occupancy report reads: each table once, from covering indexes, as plain arrays
 * (the stays in full: residences reach back before the period, and a bed's first day is its first
 * stay if that came before the bed was entered).
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
  // From the covering index of migration 008, already in the order residences are built in.
  const stays = prepared(
    db,
    'SELECT resident_id, bed_id, start_date, end_date, rowid FROM stays INDEXED BY stays_report WHERE planned = 0 ORDER BY resident_id, start_date',
  )
    .raw()
    .all() as StayRow[];
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
    // Entered on the office PC's date.
    return { id: b.id, room_id: b.room_id, retired_on: b.retired_on, entered_on: localIsoDate(new Date(b.created_at)) };
  });
  const outages = prepared(
    db,
    'SELECT bed_id, from_date, until_date FROM bed_outages',
  ).all() as OccupancyInput['outages'];
  // In id order, as the stays name them (the covering index of migration 008).
  const residents = prepared(
    db,
    "SELECT id, coalesce(date_of_birth, birth_year_estimate || '-07-01'), exit_date, exit_destination FROM residents INDEXED BY residents_report ORDER BY id",
  )
    .raw()
    .all() as ResidentRow[];

  let exitAudit: Map<string, Destination> | null = null;
  // A re-admitted resident's record holds only the latest exit; earlier ones are in the audit log.
  const auditedExit = (stayRef: number): Destination => {
    exitAudit ??= new Map(
      (
        prepared(
          db,
          "SELECT json_extract(detail, '$.stayId') AS stay, json_extract(detail, '$.destination') AS destination FROM audit_log WHERE action = 'stays.exit'",
        ).all() as { stay: string; destination: Destination }[]
      ).map((r) => [r.stay, r.destination]),
    );
    const stay = prepared(db, 'SELECT id FROM stays WHERE rowid = ?').get(stayRef) as { id: string } | undefined;
    const d = stay ? exitAudit.get(stay.id) : undefined;
    return d && (EXIT_DESTINATIONS as readonly string[]).includes(d) ? d : 'unknown';
  };
  return { input: { from, to, rooms, beds, outages, stays, residents, auditedExit }, bedNames };
}

/** Referrals received in the period and declined because no bed was free. */
export function declinedForNoBed(db: Db, from: string, to: string): number {
  const row = prepared(
    db,
    "SELECT count(*) AS n FROM residents WHERE referral_outcome = 'declined' AND decline_reason = 'no_free_bed' AND referral_date BETWEEN ? AND ?",
  ).get(from, to) as { n: number };
  return row.n;
}
