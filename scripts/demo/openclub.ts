// Open Club for the demo: a handful of activities with weekly sessions, attended by the women in
// the house and by some who left within the past year, written day by day as the history runs
// (through the same services as typed-in ones); and, today, expected leaving dates on some stays.
import type { Db } from '../../electron/core/db/connection.ts';
import { archiveActivity, createActivity, createSession } from '../../electron/core/openclub/service.ts';
import { setExpectedLeaving } from '../../electron/core/stays/service.ts';
import { addDays, type IsoDate } from '../../shared/dates.ts';
import type { ActivityKind } from '../../shared/openclub.ts';
import type { DayClock } from './clock.ts';
import type { Rng } from './prng.ts';

interface DemoActivity {
  name: string;
  kind: ActivityKind;
  description: string;
  /** 0 = Sunday. */
  weekday: number;
  /** Chance that a week's session takes place. */
  held: number;
  facilitators: string[];
  /** From this many days after the programme's start… */
  from: number;
  /** …until this many (then archived); null while it runs. */
  until: number | null;
}

const ACTIVITIES: DemoActivity[] = [
  {
    name: 'Sewing workshop',
    kind: 'workshop',
    description: 'Tuesdays 17:00 in the common room. Machines and fabric provided.',
    weekday: 2,
    held: 0.85,
    facilitators: ['Jovana Ilić'],
    from: 20,
    until: null,
  },
  {
    name: 'Computer basics',
    kind: 'training',
    description: 'Email, job portals, online banking. Eight weeks per group.',
    weekday: 4,
    held: 0.7,
    facilitators: ['Marko Lazić (volunteer)', 'Jovana Ilić'],
    from: 60,
    until: null,
  },
  {
    name: 'Women’s support group',
    kind: 'group_session',
    description: 'With the psychologist; what is said in the group stays in the group.',
    weekday: 3,
    held: 0.8,
    facilitators: ['Dr. Ivana Perić'],
    from: 30,
    until: null,
  },
  {
    name: 'Day out',
    kind: 'outing',
    description: 'A museum, the zoo, Avala or a walk by the river, once a month.',
    weekday: 6,
    held: 0.25,
    facilitators: ['Jovana Ilić', 'Staff on duty'],
    from: 45,
    until: null,
  },
  {
    name: 'Photography workshop',
    kind: 'workshop',
    description: 'Ran with a donated camera set for one season.',
    weekday: 5,
    held: 0.8,
    facilitators: ['Nikola Savić (volunteer)'],
    from: 120,
    until: 300,
  },
];

export interface ClubWriters {
  start: IsoDate;
  staffIds: string[];
  managerId: string;
}

const weekday = (day: IsoDate) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** A writer of one demo: call it once per simulated day, after that day's stays. */
export function demoOpenClub(db: Db, rng: Rng, clock: DayClock, w: ClubWriters): (day: IsoDate) => void {
  const ids = new Map<DemoActivity, string>();
  return (day) => {
    for (const a of ACTIVITIES) {
      const id = ids.get(a);
      if (!id && day === addDays(w.start, a.from)) {
        const who = { now: clock.at(day), userId: rng.pick(w.staffIds) };
        ids.set(a, createActivity(db, { name: a.name, kind: a.kind, description: a.description }, who).id);
        continue;
      }
      if (!id) continue;
      if (a.until !== null && day === addDays(w.start, a.until)) {
        archiveActivity(db, id, true, { now: clock.at(day), userId: w.managerId });
        continue;
      }
      if (a.until !== null && day > addDays(w.start, a.until)) continue;
      if (weekday(day) !== a.weekday || !rng.chance(a.held)) continue;
      const present = residentsOn(db, day);
      const former = formerOn(db, day);
      const come = [
        ...rng.sample(present, Math.min(present.length, rng.int(2, 6))),
        ...rng.sample(former, Math.min(former.length, rng.int(0, a.kind === 'outing' ? 1 : 2))),
      ];
      createSession(
        db,
        { activityId: id, date: day, facilitator: rng.pick(a.facilitators), residentIds: come },
        { now: clock.at(day), userId: rng.pick(w.staffIds) },
      );
    }
  };
}

/** Adults and unaccompanied minors in a bed that night (children placed with a parent stay with her). */
function residentsOn(db: Db, day: IsoDate): string[] {
  const rows = db
    .prepare(
      `SELECT s.resident_id AS id FROM stays s JOIN residents r ON r.id = s.resident_id
       WHERE s.planned = 0 AND s.start_date <= ? AND (s.end_date IS NULL OR s.end_date > ?) AND r.parent_resident_id IS NULL
       ORDER BY s.resident_id`,
    )
    .all(day, day) as { id: string }[];
  return rows.map((r) => r.id);
}

/** Women who left within the past year and are not back in the house. */
function formerOn(db: Db, day: IsoDate): string[] {
  const rows = db
    .prepare(
      `SELECT s.resident_id AS id FROM stays s JOIN residents r ON r.id = s.resident_id
       WHERE s.planned = 0 AND r.parent_resident_id IS NULL AND s.start_date <= @day
       GROUP BY s.resident_id
       HAVING max(coalesce(s.end_date, '9999-12-31')) <= @day AND max(s.end_date) >= @since
       ORDER BY s.resident_id`,
    )
    .all({ day, since: addDays(day, -365) }) as { id: string }[];
  return rows.map((r) => r.id);
}

/**
 * Today: an expected leaving date on about a third of the open stays of women in the house (a few
 * this week, so that the home screen lists them), the same date on her children's stays.
 */
export function seedExpectedLeaving(db: Db, rng: Rng, clock: DayClock, staffIds: string[]): void {
  const leads = db
    .prepare(
      `SELECT s.id, s.resident_id AS residentId, s.start_date AS start FROM stays s JOIN residents r ON r.id = s.resident_id
       WHERE s.planned = 0 AND s.end_date IS NULL AND r.parent_resident_id IS NULL ORDER BY r.code`,
    )
    .all() as { id: string; residentId: string; start: IsoDate }[];
  let soon = 0;
  for (const lead of leads) {
    if (!rng.chance(0.35)) continue;
    const date = addDays(clock.today, soon < 3 ? rng.int(1, 6) : rng.int(7, 75));
    soon += 1;
    const children = db
      .prepare(
        `SELECT s.id FROM stays s JOIN residents r ON r.id = s.resident_id
         WHERE r.parent_resident_id = ? AND s.planned = 0 AND s.end_date IS NULL ORDER BY s.id`,
      )
      .all(lead.residentId) as { id: string }[];
    const who = { now: clock.at(clock.today), userId: rng.pick(staffIds) };
    for (const stay of [lead, ...children]) setExpectedLeaving(db, { stayId: stay.id, date }, who);
  }
}
