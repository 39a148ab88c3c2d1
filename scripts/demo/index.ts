// Premises and years of history for a demo vault, deterministic for a seed and a "today".
import type { Db } from '../../electron/core/db/connection.ts';
import type { DayClock } from './clock.ts';
import { simulate } from './history.ts';
import { seedPlans } from './plans.ts';
import { demoNotes } from './notes.ts';
import { demoOpenClub, seedExpectedLeaving } from './openclub.ts';
import { createPremises } from './premises.ts';
import { seededRng } from './prng.ts';
import { demoSummary } from './summary.ts';

/** The programme's first day in the demo. */
export const DEMO_START = '2022-01-10';
export const MAX_RESIDENTS = 5_000;

export interface DemoOptions {
  seed: number;
  residents: number;
  clock: DayClock;
  managerId: string;
  staffIds: string[];
}

/** Writes rooms, beds and the history in one transaction (all or nothing, and fast); returns the summary. */
export function seedDemoHistory(db: Db, o: DemoOptions): string {
  const rng = seededRng(o.seed);
  // Years of history in one transaction: keep its pages in memory rather than spilling them.
  db.pragma('cache_size = -131072');
  db.transaction(() => {
    const beds = createPremises(db, { now: o.clock.at(DEMO_START), userId: o.managerId });
    // Notes and court dates draw from a generator of their own: the rest of the history stays as it was for a seed.
    const notes = demoNotes(db, seededRng(o.seed + 0x4e07e5), o.clock, {
      staffIds: o.staffIds,
      managerId: o.managerId,
    });
    const club = demoOpenClub(db, seededRng(o.seed + 0xc1ab), o.clock, {
      start: DEMO_START,
      staffIds: o.staffIds,
      managerId: o.managerId,
    });
    const endOfDay = (day: string) => {
      notes(day);
      club(day);
    };
    simulate({
      db,
      rng,
      clock: o.clock,
      beds,
      start: DEMO_START,
      residents: o.residents,
      staffIds: o.staffIds,
      managerId: o.managerId,
      endOfDay,
    });
    // Its own stream, so that the history above stays what it was for a seed.
    seedPlans({ db, rng: seededRng(o.seed + 1_000_003), clock: o.clock, staffIds: o.staffIds });
    seedExpectedLeaving(db, seededRng(o.seed + 0x1ea7e), o.clock, o.staffIds);
  })();
  return demoSummary(db, o.clock.today);
}
