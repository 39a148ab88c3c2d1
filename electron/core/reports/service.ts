import { EXIT_DESTINATIONS } from '../../../shared/residents.ts';
import type { OccupancyReport, PeriodInput, PresentResident } from '../../../shared/reports.ts';
import type { Db } from '../db/connection.ts';
import { namesByIds } from '../residents/queries.ts';
import { byName } from '../rooms/queries.ts';
import { computeOccupancy } from './occupancy.ts';
import { declinedForNoBed, occupancyRows } from './queries.ts';

export function occupancyReport(db: Db, { from, to }: PeriodInput): OccupancyReport {
  const { input, bedNames } = occupancyRows(db, from, to);
  const result = computeOccupancy(input);

  const ids = result.presentAtEnd.map((p) => p.residentId);
  const people = new Map(namesByIds(db, ids).map((s) => [s.id, s]));
  const presentAtEnd: PresentResident[] = result.presentAtEnd
    .map((p) => {
      const s = people.get(p.residentId)!;
      const bed = bedNames.get(p.bedId)!;
      // A signed report travels: a protected resident is on it by code only, never by alias.
      return {
        residentId: s.id,
        code: s.code,
        displayName: s.protected ? s.code : s.displayName,
        protected: s.protected,
        roomName: bed.roomName,
        bedLabel: bed.label,
        since: p.since,
      };
    })
    .sort((a, b) => byName(a.roomName, b.roomName) || byName(a.bedLabel, b.bedLabel));

  return {
    from,
    to,
    nights: result.nights,
    total: result.total,
    rooms: result.rooms,
    daily: result.daily,
    exitsByDestination: EXIT_DESTINATIONS.map((destination) => ({
      destination,
      exits: result.exitsByDestination.get(destination) ?? 0,
    })),
    peopleHoused: result.peopleHoused,
    declinedNoBed: declinedForNoBed(db, from, to),
    presentAtEnd,
  };
}
