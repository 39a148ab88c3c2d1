// The occupancy figures of a period, from plain rows (no SQL here, so that property tests can
// feed it random histories). The definitions are issue 10's and DOMAIN.md's:
// - the night of date d runs from d to d+1; a stay [S, E) occupies the nights S … E−1, an open stay
//   every night to the period's end, a plan none; a stay without nights counts nothing;
// - a bed is available on a night it exists (from its first day, not retired) and is in service;
// - a residence is a resident's consecutive stays joined by moves (one ends the day the next
//   starts). An admission is a residence starting in the period, an exit one ending in it (by
//   date); its length of stay is the nights from its first day to its last, across moves.
import type { EXIT_DESTINATIONS } from '../../../shared/residents.ts';
import { civilDay, dateOfDay, dayNumber, type OccupancyFigures } from '../../../shared/reports.ts';

type Destination = (typeof EXIT_DESTINATIONS)[number];

/** A stay that happened: resident, bed, first day, end day (null while open), and a reference for `auditedExit`. */
export type StayRow = [residentId: string, bedId: string, start: string, end: string | null, ref: number];
/** A resident: birth date (or 1 July of an estimated year, null when unknown) and the exit on her record. */
export type ResidentRow = [
  id: string,
  birth: string | null,
  exitDate: string | null,
  exitDestination: Destination | null,
];

export interface OccupancyInput {
  from: string;
  to: string;
  rooms: { id: string; name: string; retired_on: string | null }[];
  /** `entered_on`: the day the bed was entered; a stay back-dated before it moves its first day back. */
  beds: { id: string; room_id: string; entered_on: string; retired_on: string | null }[];
  outages: { bed_id: string; from_date: string; until_date: string | null }[];
  /** Stays that happened (no plans), ordered by resident, then start date. */
  stays: StayRow[];
  /** Residents ordered by id, in the order `stays` names them (both come from id-ordered indexes). */
  residents: ResidentRow[];
  /** How a residence ended that the resident's record no longer holds (she was admitted again since). */
  auditedExit: (stayRef: number) => Destination;
}

export interface OccupancyResult {
  nights: number;
  total: OccupancyFigures;
  rooms: (OccupancyFigures & { roomId: string; name: string; retiredOn: string | null })[];
  daily: { date: string; occupied: number; inService: number }[];
  exitsByDestination: Map<Destination, number>;
  peopleHoused: { total: number; adults: number; children: number; ageUnknown: number };
  /** Who occupies the night of `to`: resident, bed, and the first day of the residence. */
  presentAtEnd: { residentId: string; bedId: string; since: string }[];
}

const FAR = Number.MAX_SAFE_INTEGER;

interface Tally {
  available: number;
  occupied: number;
  admissions: number;
  stays: number[];
}

const tally = (): Tally => ({ available: 0, occupied: 0, admissions: 0, stays: [] });

function figures(t: Tally): OccupancyFigures {
  const sorted = new Float64Array(t.stays).sort(); // the array-like constructor: no iterator
  const n = sorted.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += sorted[k]!;
  const median = n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    bedNightsAvailable: t.available,
    bedNightsOccupied: t.occupied,
    occupancyRate: t.available === 0 ? null : t.occupied / t.available,
    admissions: t.admissions,
    exits: n,
    averageLengthOfStay: n === 0 ? null : sum / n,
    medianLengthOfStay: median,
  };
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** The first day on which someone born on `birth` (or 1 July of an estimated year) is 18. */
function adultFrom(birth: string): number {
  const y = digit(birth, 0) * 1000 + digit(birth, 1) * 100 + digit(birth, 2) * 10 + digit(birth, 3);
  return civilDay(y + 18, digit(birth, 5) * 10 + digit(birth, 6), digit(birth, 8) * 10 + digit(birth, 9));
}

// One ordered pass over the stays (typed arrays, no per-stay objects): a five-year report on 200
// beds reads some six thousand stays and must cost little more than reading them (tests/bench).
export function computeOccupancy(input: OccupancyInput): OccupancyResult {
  const p0 = dayNumber(input.from);
  const p1 = dayNumber(input.to) + 1; // the period is the nights [p0, p1)
  const nights = p1 - p0;
  const occupiedDiff = new Int32Array(nights + 1);
  const serviceDiff = new Int32Array(nights + 1);

  const roomTally = input.rooms.map(tally);
  const roomIndex = new Map(input.rooms.map((r, i) => [r.id, i]));
  const bedIndex = new Map<string, number>();
  // Each bed's room tally (null for a bed whose room is unknown), and its first stay's day.
  const bedRoom: (Tally | null)[] = [];
  const firstStay = new Float64Array(input.beds.length).fill(FAR);
  input.beds.forEach((b, i) => {
    bedIndex.set(b.id, i);
    const r = roomIndex.get(b.room_id);
    bedRoom.push(r === undefined ? null : roomTally[r]!);
  });

  // Occupied nights, stay by stay; each stay's days and bed kept for the residences below.
  const stays = input.stays;
  const count = stays.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const bedOf = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const s = stays[k]!;
    const start = dayNumber(s[2]);
    const end = s[3] === null ? FAR : dayNumber(s[3]);
    const bed = bedIndex.get(s[1]) ?? -1;
    starts[k] = start;
    ends[k] = end;
    bedOf[k] = bed;
    // Only a stay with nights: a bed that held no one on a night did not exist for it.
    if (bed >= 0 && start < end && start < firstStay[bed]!) firstStay[bed] = start;
    const a = start > p0 ? start : p0;
    const b = end < p1 ? end : p1;
    if (a >= b) continue;
    occupiedDiff[a - p0]! += 1;
    occupiedDiff[b - p0]! -= 1;
    const t = bed >= 0 ? bedRoom[bed] : null;
    if (t) t.occupied += b - a;
  }

  // Available: each bed's existence in the period, less its outages (merged, should any overlap).
  // A bed exists from the day it was entered, or from its first stay if that was back-dated: a bed
  // that held someone on a night existed that night.
  const outagesOf = new Map<string, [number, number][]>();
  for (const o of input.outages) {
    const list = outagesOf.get(o.bed_id) ?? [];
    list.push([dayNumber(o.from_date), o.until_date ? dayNumber(o.until_date) : FAR]);
    outagesOf.set(o.bed_id, list);
  }
  input.beds.forEach((bed, i) => {
    const first = Math.min(dayNumber(bed.entered_on), firstStay[i]!);
    const e0 = Math.max(first, p0);
    const e1 = Math.min(bed.retired_on ? dayNumber(bed.retired_on) : FAR, p1);
    if (e0 >= e1) return;
    let available = e1 - e0;
    serviceDiff[e0 - p0]! += 1;
    serviceDiff[e1 - p0]! -= 1;
    const outs = (outagesOf.get(bed.id) ?? []).sort((a, b) => a[0] - b[0]);
    let covered = e0; // outage nights before this are already taken off
    for (const [o0, o1] of outs) {
      const a = Math.max(o0, covered);
      const b = Math.min(o1, e1);
      if (a >= b) continue;
      available -= b - a;
      serviceDiff[a - p0]! -= 1;
      serviceDiff[b - p0]! += 1;
      covered = b;
    }
    const t = bedRoom[i];
    if (t) t.available += available;
  });

  const roomOfStay = (k: number) => (bedOf[k]! >= 0 ? bedRoom[bedOf[k]!]! : null);
  const total = tally();
  const exitsByDestination = new Map<Destination, number>();
  const people = { total: 0, adults: 0, children: 0, ageUnknown: 0 };
  const presentAtEnd: OccupancyResult['presentAtEnd'] = [];
  const lastNight = p1 - 1;
  const residents = input.residents;
  let rp = 0; // the residents are walked alongside the stays: both are in id order

  // Residences: one resident's stays at a time, [r0, r1) sharing a resident id (the input is
  // ordered), joined where one ends the day the next begins.
  let r0 = 0;
  while (r0 < count) {
    const residentId = stays[r0]![0];
    let r1 = r0 + 1;
    while (r1 < count && stays[r1]![0] === residentId) r1++;
    while (rp < residents.length && residents[rp]![0] < residentId) rp++;
    const me = rp < residents.length && residents[rp]![0] === residentId ? residents[rp]! : null;
    let firstNightInPeriod = FAR;
    let i = r0;
    while (i < r1) {
      let j = i;
      while (j + 1 < r1 && ends[j] !== FAR && starts[j + 1] === ends[j]) j++;
      const start = starts[i]!;
      const end = ends[j]!;
      if (end > start) {
        // The room of the first and of the last night (a stay without nights is no one's room).
        let first = i;
        while (ends[first]! <= starts[first]!) first++;
        let last = j;
        while (ends[last]! <= starts[last]!) last--;
        if (start >= p0 && start < p1) {
          total.admissions++;
          const room = roomOfStay(first);
          if (room) room.admissions++;
        }
        if (end >= p0 && end < p1) {
          total.stays.push(end - start);
          roomOfStay(last)?.stays.push(end - start);
          const closing = stays[j]!;
          const where = me && me[2] === closing[3] && me[3] ? me[3] : input.auditedExit(closing[4]);
          exitsByDestination.set(where, (exitsByDestination.get(where) ?? 0) + 1);
        }
        const a = Math.max(start, p0);
        if (a < Math.min(end, p1)) firstNightInPeriod = Math.min(firstNightInPeriod, a);
        if (start <= lastNight && end > lastNight) {
          for (let k = first; k <= last; k++) {
            if (starts[k]! <= lastNight && ends[k]! > lastNight) {
              presentAtEnd.push({ residentId, bedId: stays[k]![1], since: stays[i]![2] });
            }
          }
        }
      }
      i = j + 1;
    }
    if (firstNightInPeriod !== FAR) {
      people.total++;
      const birth = me ? me[1] : null;
      if (birth === null) people.ageUnknown++;
      else if (firstNightInPeriod >= adultFrom(birth)) people.adults++;
      else people.children++;
    }
    r0 = r1;
  }

  const daily: OccupancyResult['daily'] = [];
  let occupied = 0;
  let inService = 0;
  for (let k = 0; k < nights; k++) {
    occupied += occupiedDiff[k]!;
    inService += serviceDiff[k]!;
    daily.push({ date: dateOfDay(p0 + k), occupied, inService });
  }
  for (const t of roomTally) {
    total.available += t.available;
    total.occupied += t.occupied;
  }

  const rooms = input.rooms
    .map((r, i) => ({ r, t: roomTally[i]! }))
    .filter(({ t }) => t.available > 0 || t.occupied > 0 || t.admissions > 0 || t.stays.length > 0)
    .map(({ r, t }) => ({ roomId: r.id, name: r.name, retiredOn: r.retired_on, ...figures(t) }));
  return { nights, total: figures(total), rooms, daily, exitsByDestination, peopleHoused: people, presentAtEnd };
}
