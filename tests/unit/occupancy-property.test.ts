// Random histories against a night-by-night count: the report's figures are sums of what each
// night holds, never more than what was available, and the rooms add up to the total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeOccupancy, type OccupancyInput } from '../../electron/core/reports/occupancy.ts';
import { dayNumber } from '../../shared/reports.ts';
import { history, planArb } from '../fixtures/occupancy-history.ts';

/** What each night holds, counted the slow way. */
function nightByNight(h: OccupancyInput) {
  const nights: { occupied: number; people: Set<string>; inService: number }[] = [];
  for (let d = dayNumber(h.from); d <= dayNumber(h.to); d++) {
    const covers = (start: string, end: string | null) => dayNumber(start) <= d && (end === null || dayNumber(end) > d);
    const here = h.stays.filter((s) => covers(s[2], s[3]));
    const inService = h.beds.filter(
      (b) =>
        dayNumber(b.entered_on) <= d &&
        (b.retired_on === null || dayNumber(b.retired_on) > d) &&
        !h.outages.some((o) => o.bed_id === b.id && covers(o.from_date, o.until_date)),
    ).length;
    nights.push({ occupied: here.length, people: new Set(here.map((s) => s[0])), inService });
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
