// Case notes and court dates for the demo, written day by day as the history runs (so that the
// audit log reads in order), through the same services as typed-in ones. A generator of its own
// keeps the rest of the history the same for a seed.
import type { Db } from '../../electron/core/db/connection.ts';
import { createHearing, editHearing } from '../../electron/core/hearings/service.ts';
import { createNote } from '../../electron/core/notes/service.ts';
import { addDays, type IsoDate } from '../../shared/dates.ts';
import type { HearingKind } from '../../shared/hearings.ts';
import type { NoteCategory } from '../../shared/notes.ts';
import type { Role } from '../../shared/roles.ts';
import type { DayClock } from './clock.ts';
import type { Rng } from './prng.ts';

const NOTES: Record<NoteCategory, string[]> = {
  contact: [
    'Weekly talk: sleeping better, wants to start a Serbian course.',
    'Called her mother with our phone; the call went well.',
    'Met her case manager from the Center; next meeting in a month.',
  ],
  health: [
    'Went with her to the health centre; blood tests next week.',
    'Dentist appointment booked for the 10th.',
    'Started sessions with the psychologist, once a week.',
  ],
  legal: [
    'Her lawyer asked for copies of the identification decision.',
    'Application for a temporary residence permit handed in.',
    'Talked through what the trial will be like; she wants to testify.',
  ],
  incident: [
    'Came back after the curfew; talked it through calmly.',
    'Argument with another resident in the kitchen; settled after a talk.',
  ],
  court_hearing: [
    'Hearing postponed; new date to follow from the court.',
    'Gave her statement at the hearing; the interpreter was good.',
  ],
  other: ['Joined the cooking workshop at the Open Club.', 'Helped repaint the common room.'],
};
const SENSITIVE = [
  'Told me the recruiter still writes to her and asks for money.',
  'Disclosed abuse by a family member; the psychologist is informed.',
  'Is afraid a visitor at the door was sent by the trafficker.',
];
const INSTITUTIONS: Record<HearingKind, string[]> = {
  hearing: ['Higher Court in Belgrade', 'Basic Court in Belgrade', 'Higher Court in Novi Sad'],
  police_interview: ['Police Directorate Belgrade', 'Police station Vračar'],
  prosecutor: ['Prosecutor for Organised Crime', 'Higher Public Prosecutor, Belgrade'],
  lawyer: ['Law office Jovanović', 'ASTRA legal aid'],
  other: ['Center for Social Work Stari grad', 'Ministry of Interior, foreigners department'],
};
const OUTCOMES = [
  'Statement given; interpreter present.',
  'Postponed by the court.',
  'Went well; next step by letter.',
];

export interface DemoWriters {
  staffIds: string[];
  managerId: string;
}

/** A writer of one demo: call it once per simulated day, after that day's stays. */
export function demoNotes(db: Db, rng: Rng, clock: DayClock, w: DemoWriters): (day: IsoDate) => void {
  const pendingOutcomes: { id: string; date: IsoDate; fields: Parameters<typeof createHearing>[2] }[] = [];
  return (day) => writeDay(db, rng, clock, day, w, pendingOutcomes);
}

/** Notes on some residents present that day, now and then a court date; outcomes of the day's court dates. */
function writeDay(
  db: Db,
  rng: Rng,
  clock: DayClock,
  day: IsoDate,
  w: DemoWriters,
  pendingOutcomes: { id: string; date: IsoDate; fields: Parameters<typeof createHearing>[2] }[],
): void {
  const present = db
    .prepare(
      `SELECT resident_id AS id FROM stays WHERE planned = 0 AND start_date <= ? AND (end_date IS NULL OR end_date > ?) ORDER BY resident_id`,
    )
    .all(day, day) as { id: string }[];
  for (const { id } of present) {
    if (rng.chance(0.06)) {
      const writer = rng.pick(w.staffIds);
      const role: Role = writer === w.managerId ? 'manager' : 'staff';
      const sensitive = rng.chance(0.12);
      const category = sensitive
        ? rng.pick(['legal', 'health', 'incident'] as const)
        : rng.weighted({ contact: 5, health: 3, legal: 2, incident: 1, court_hearing: 1, other: 2 });
      const body = sensitive ? rng.pick(SENSITIVE) : rng.pick(NOTES[category]);
      createNote(
        db,
        { residentId: id, category, body, sensitive, date: day },
        { now: clock.at(day), userId: writer, role },
      );
    }
    // Today a few court dates always lie ahead, so that the home screen has some in its fortnight.
    const ahead = day === clock.today && rng.chance(Math.min(1, 3 / present.length));
    if (ahead || rng.chance(0.006)) {
      const kind = rng.weighted({ hearing: 4, police_interview: 2, prosecutor: 2, lawyer: 2, other: 1 });
      const date = addDays(day, ahead ? rng.int(1, 13) : rng.int(3, 40));
      const who = { now: clock.at(day), userId: rng.pick(w.staffIds) };
      const fields = {
        date,
        time: rng.pick(['09:00', '10:30', '12:00', '13:30']),
        kind,
        institution: rng.pick(INSTITUTIONS[kind]),
        accompaniedBy: rng.chance(0.8) ? who.userId : null,
        outcome: '',
      };
      const h = createHearing(db, id, fields, who);
      // Its outcome is written on the day, when that day is in the demo's past.
      pendingOutcomes.push({ id: h.id, date, fields });
    }
  }
  for (const p of pendingOutcomes.filter((x) => x.date === day)) {
    editHearing(
      db,
      p.id,
      { ...p.fields, outcome: rng.pick(OUTCOMES) },
      { now: clock.at(day), userId: p.fields.accompaniedBy ?? w.managerId },
    );
  }
}
