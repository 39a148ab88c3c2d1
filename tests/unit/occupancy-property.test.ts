// Random histories against a night-by-night count: the report's figures are sums of what each
// night holds, never more than what was available, and the rooms add up to the total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeOccupancy, type OccupancyInput } from '../../electron/core/reports/occupancy.ts';
import { dateOfDay, dayNumber } from '../../shared/reports.ts';

const BASE = dayNumber('2024-02-10'); // a leap day inside the window
const WINDOW = 70;
const iso = (k: number) => dateOfDay(BASE + k);

interface Plan {
  beds: { room: number; first: number; retired: number | null }[];
  outages: { bed: number; from: number; length: number | null }[];
  residents: { start: number; legs: { bed: number; nights: number }[]; open: boolean }[];
  period: { from: number; length: number };
}

const planArb: fc.Arbitrary<Plan> = fc.record({
  beds: fc.array(
    fc.record({
      room: fc.nat(2),
      first: fc.nat(25),
      retired: fc.option(fc.integer({ min: 30, max: WINDOW }), { nil: null }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  outages: fc.array(
    fc.record({
      bed: fc.nat(4),
      from: fc.nat(WINDOW),
      length: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
    }),
    { maxLength: 4 },
  ),
  residents: fc.array(
    fc.record({
      start: fc.nat(WINDOW),
      legs: fc.array(fc.record({ bed: fc.nat(4), nights: fc.nat(12) }), { minLength: 1, maxLength: 3 }),
      open: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
  period: fc.record({ from: fc.nat(WINDOW - 1), length: fc.integer({ min: 1, max: 40 }) }),
});

/** Turns a plan into a history the schema would accept: no bed or person twice on a night, only beds in service. */
function history(plan: Plan): OccupancyInput {
  const beds = plan.beds.map((b, i) => ({
    id: `b${i}`,
    room_id: `room${b.room}`,
    first_day: iso(b.first),
    retired_on: b.retired === null ? null : iso(Math.max(b.retired, b.first + 1)),
  }));
  const exists = (bed: number, night: number) => {
    const b = plan.beds[bed]!;
    return night >= b.first && (b.retired === null || night < Math.max(b.retired, b.first + 1));
  };
  const outages: OccupancyInput['outages'] = [];
  const out = new Set<string>();
  for (const o of plan.outages) {
    if (o.bed >= beds.length) continue;
    const end = o.length === null ? WINDOW + 60 : o.from + o.length;
    let clash = false;
    for (let n = o.from; n < end; n++) if (out.has(`${o.bed}:${n}`)) clash = true;
    if (clash) continue;
    for (let n = o.from; n < end; n++) out.add(`${o.bed}:${n}`);
    outages.push({ bed_id: `b${o.bed}`, from_date: iso(o.from), until_date: o.length === null ? null : iso(end) });
  }
  const taken = new Set<string>();
  const free = (bed: number, from: number, to: number) => {
    for (let n = from; n < to; n++)
      if (taken.has(`${bed}:${n}`) || out.has(`${bed}:${n}`) || !exists(bed, n)) return false;
    return true;
  };
  const stays: OccupancyInput['stays'] = [];
  const busy = new Set<string>();
  plan.residents.forEach((r, ri) => {
    const id = `r${ri}`;
    let day = r.start;
    r.legs.forEach((leg, li) => {
      if (leg.bed >= beds.length) return;
      const last = li === r.legs.length - 1;
      const openEnd = last && r.open;
      const end = openEnd ? WINDOW + 60 : day + leg.nights;
      let ok = free(leg.bed, day, end);
      for (let n = day; n < end; n++) if (busy.has(`${id}:${n}`)) ok = false;
      if (!ok) return;
      for (let n = day; n < end; n++) {
        taken.add(`${leg.bed}:${n}`);
        busy.add(`${id}:${n}`);
      }
      stays.push({
        id: `s${ri}.${li}`,
        resident_id: id,
        bed_id: `b${leg.bed}`,
        start_date: iso(day),
        end_date: openEnd ? null : iso(end),
      });
      day = end;
    });
  });
  const rooms = [0, 1, 2].map((k) => ({ id: `room${k}`, name: `Room ${k}`, retired_on: null }));
  // As the query delivers them: by resident, then start date.
  stays.sort((a, b) =>
    a.resident_id < b.resident_id ? -1 : a.resident_id > b.resident_id ? 1 : a.start_date < b.start_date ? -1 : 1,
  );
  const to = iso(plan.period.from + plan.period.length - 1);
  return {
    from: iso(plan.period.from),
    to,
    rooms,
    beds,
    outages,
    stays,
    birth: () => '1990-01-01',
    exitDestination: () => 'unknown',
  };
}

/** What each night holds, counted the slow way. */
function nightByNight(h: OccupancyInput) {
  const nights: { occupied: number; people: Set<string>; inService: number }[] = [];
  for (let d = dayNumber(h.from); d <= dayNumber(h.to); d++) {
    const covers = (start: string, end: string | null) => dayNumber(start) <= d && (end === null || dayNumber(end) > d);
    const here = h.stays.filter((s) => covers(s.start_date, s.end_date));
    const inService = h.beds.filter(
      (b) =>
        dayNumber(b.first_day) <= d &&
        (b.retired_on === null || dayNumber(b.retired_on) > d) &&
        !h.outages.some((o) => o.bed_id === b.id && covers(o.from_date, o.until_date)),
    ).length;
    nights.push({ occupied: here.length, people: new Set(here.map((s) => s.resident_id)), inService });
  }
  return nights;
}

describe('occupancy over random histories', () => {
  it('occupied = Σ residents present per night ≤ available; rooms add up to the total', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const h = history(plan);
        const r = computeOccupancy(h);
        const slow = nightByNight(h);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(r.total.bedNightsOccupied).toBe(sum(slow.map((n) => n.people.size)));
        expect(r.total.bedNightsAvailable).toBe(sum(slow.map((n) => n.inService)));
        expect(r.total.bedNightsOccupied).toBeLessThanOrEqual(r.total.bedNightsAvailable);
        expect(r.daily.map((d) => [d.occupied, d.inService])).toEqual(slow.map((n) => [n.people.size, n.inService]));
        for (const key of ['bedNightsAvailable', 'bedNightsOccupied', 'admissions', 'exits'] as const) {
          expect(sum(r.rooms.map((x) => x[key])), key).toBe(r.total[key]);
        }
        for (const room of r.rooms) expect(room.bedNightsOccupied).toBeLessThanOrEqual(room.bedNightsAvailable);
        const everyone = new Set(slow.flatMap((n) => [...n.people]));
        expect(r.peopleHoused.total).toBe(everyone.size);
        expect(r.presentAtEnd.map((p) => p.residentId).sort()).toEqual([...slow[slow.length - 1]!.people].sort());
      }),
      { numRuns: 300 },
    );
  });
});
