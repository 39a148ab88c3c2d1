// The occupancy figures of a period, from plain rows (no SQL here, so that property tests can
// feed it random histories). The definitions are issue 10's and DOMAIN.md's:
// - the night of date d runs from d to d+1; a stay [S, E) occupies the nights S … E−1, an open stay
//   every night to the period's end, a plan none; a stay without nights counts nothing;
// - a bed is available on a night it exists (from its first day, not retired) and is in service;
// - a residence is a resident's consecutive stays joined by moves (one ends the day the next
//   starts). An admission is a residence starting in the period, an exit one ending in it (by
//   date); its length of stay is the nights from its first day to its last, across moves.
import type { EXIT_DESTINATIONS } from '../../../shared/residents.ts';
import { dateOfDay, dayNumber, type OccupancyFigures } from '../../../shared/reports.ts';

type Destination = (typeof EXIT_DESTINATIONS)[number];

export interface OccupancyInput {
  from: string;
  to: string;
  rooms: { id: string; name: string; retired_on: string | null }[];
  /** `first_day`: the first night the bed existed (see queries.ts). */
  beds: { id: string; room_id: string; first_day: string; retired_on: string | null }[];
  outages: { bed_id: string; from_date: string; until_date: string | null }[];
  /** Stays that happened (no plans), ordered by resident, then start date. */
  stays: { id: string; resident_id: string; bed_id: string; start_date: string; end_date: string | null }[];
  /** Birth date (or an estimate) of a resident, null when unknown. */
  birth: (residentId: string) => string | null;
  /** How the residence that ended with this stay ended. */
  exitDestination: (residentId: string, stayId: string, endDate: string) => Destination;
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
  const sorted = Float64Array.from(t.stays).sort();
  const n = sorted.length;
  const median = n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    bedNightsAvailable: t.available,
    bedNightsOccupied: t.occupied,
    occupancyRate: t.available === 0 ? null : t.occupied / t.available,
    admissions: t.admissions,
    exits: n,
    averageLengthOfStay: n === 0 ? null : t.stays.reduce((a, b) => a + b, 0) / n,
    medianLengthOfStay: median,
  };
}

/** Whole years from a birth date (or 1 July of an estimated year) to a day. */
function ageOn(birth: string, day: number): number {
  const d = dateOfDay(day);
  const years = Number(d.slice(0, 4)) - Number(birth.slice(0, 4));
  return d.slice(5) < birth.slice(5) ? years - 1 : years;
}

export function computeOccupancy(input: OccupancyInput): OccupancyResult {
  const p0 = dayNumber(input.from);
  const p1 = dayNumber(input.to) + 1; // the period is the nights [p0, p1)
  const nights = p1 - p0;
  const occupiedDiff = new Int32Array(nights + 1);
  const serviceDiff = new Int32Array(nights + 1);
  const clip = (a: number, b: number): [number, number] => [Math.max(a, p0), Math.min(b, p1)];

  const roomTally = new Map<string, Tally>();
  for (const r of input.rooms) roomTally.set(r.id, tally());
  // Each bed's room tally, looked up once per stay.
  const bedTally = new Map<string, Tally>();

  // Available: each bed's existence in the period, less its outages (merged, should any overlap).
  const outagesOf = new Map<string, [number, number][]>();
  for (const o of input.outages) {
    const list = outagesOf.get(o.bed_id) ?? [];
    list.push([dayNumber(o.from_date), o.until_date ? dayNumber(o.until_date) : FAR]);
    outagesOf.set(o.bed_id, list);
  }
  for (const bed of input.beds) {
    const own = roomTally.get(bed.room_id);
    if (own) bedTally.set(bed.id, own);
    const [e0, e1] = clip(dayNumber(bed.first_day), bed.retired_on ? dayNumber(bed.retired_on) : FAR);
    if (e0 >= e1) continue;
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
    const t = roomTally.get(bed.room_id);
    if (t) t.available += available;
  }

  // Occupied nights, stay by stay.
  for (const s of input.stays) {
    const [a, b] = clip(dayNumber(s.start_date), s.end_date ? dayNumber(s.end_date) : FAR);
    if (a >= b) continue;
    occupiedDiff[a - p0]! += 1;
    occupiedDiff[b - p0]! -= 1;
    const t = bedTally.get(s.bed_id);
    if (t) t.occupied += b - a;
  }

  // Residences: per resident, stays in order, joined where one ends the day the next begins.
  const count = input.stays.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const s = input.stays[k]!;
    starts[k] = dayNumber(s.start_date);
    ends[k] = s.end_date === null ? FAR : dayNumber(s.end_date);
  }
  const roomOfStay = (k: number) => bedTally.get(input.stays[k]!.bed_id);
  const total = tally();
  const exitsByDestination = new Map<Destination, number>();
  const people = { total: 0, adults: 0, children: 0, ageUnknown: 0 };
  const presentAtEnd: OccupancyResult['presentAtEnd'] = [];
  const lastNight = p1 - 1;

  // One resident's stays at a time: [r0, r1) share a resident_id (the input is ordered).
  let r0 = 0;
  while (r0 < count) {
    const residentId = input.stays[r0]!.resident_id;
    let r1 = r0 + 1;
    while (r1 < count && input.stays[r1]!.resident_id === residentId) r1++;
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
          const closing = input.stays[j]!;
          const where = input.exitDestination(residentId, closing.id, closing.end_date!);
          exitsByDestination.set(where, (exitsByDestination.get(where) ?? 0) + 1);
        }
        const a = Math.max(start, p0);
        if (a < Math.min(end, p1)) firstNightInPeriod = Math.min(firstNightInPeriod, a);
        if (start <= lastNight && end > lastNight) {
          for (let k = first; k <= last; k++) {
            if (starts[k]! <= lastNight && ends[k]! > lastNight) {
              presentAtEnd.push({ residentId, bedId: input.stays[k]!.bed_id, since: input.stays[i]!.start_date });
            }
          }
        }
      }
      i = j + 1;
    }
    if (firstNightInPeriod !== FAR) {
      people.total++;
      const birth = input.birth(residentId);
      if (birth === null) people.ageUnknown++;
      else if (ageOn(birth, firstNightInPeriod) >= 18) people.adults++;
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
  for (const t of roomTally.values()) {
    total.available += t.available;
    total.occupied += t.occupied;
  }

  const rooms = input.rooms
    .filter((r) => {
      const t = roomTally.get(r.id)!;
      return t.available > 0 || t.occupied > 0 || t.admissions > 0 || t.stays.length > 0;
    })
    .map((r) => ({ roomId: r.id, name: r.name, retiredOn: r.retired_on, ...figures(roomTally.get(r.id)!) }));
  return { nights, total: figures(total), rooms, daily, exitsByDestination, peopleHoused: people, presentAtEnd };
}
