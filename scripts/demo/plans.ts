// Support plans for the people in residence today, written through the core's plan services: a
// plan a few days after admission, goals with actions for the staff, monthly reviews that tick
// actions off and move goals on, and now and then a new version after a review.
import type { Actor } from '../../electron/core/actor.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import { actionsOf, goalsOf } from '../../electron/core/plans/queries.ts';
import {
  createAction,
  createGoal,
  createReview,
  newVersion,
  updateAction,
  updateGoal,
} from '../../electron/core/plans/service.ts';
import { addDays, type IsoDate } from '../../shared/dates.ts';
import type { GoalDomain, GoalStatus } from '../../shared/plans.ts';
import type { DayClock } from './clock.ts';
import type { Rng } from './prng.ts';

export interface PlanOptions {
  db: Db;
  rng: Rng;
  clock: DayClock;
  staffIds: string[];
}

const GOALS: Record<GoalDomain, { goal: string; actions: string[] }> = {
  safety: {
    goal: 'Safety plan agreed and known to the night staff',
    actions: ['Go through the safety plan together', 'Agree a code word for calls'],
  },
  health: {
    goal: 'Registered with a GP and check-ups done',
    actions: ['Health card application at the health centre', 'Dental appointment'],
  },
  psychological: {
    goal: 'Regular counselling sessions',
    actions: ['First meeting with the psychologist', 'Weekly session arranged'],
  },
  legal: {
    goal: 'Prepared for the court hearing',
    actions: ['Meeting with the lawyer', 'Visit the court building before the hearing'],
  },
  documents: {
    goal: 'Identity card and residence status in order',
    actions: ['Appointment at the police station (MUP)', 'Collect the birth certificate copy'],
  },
  housing: {
    goal: 'A flat to move into after the programme',
    actions: ['Visit two flats with her', 'Apply for rent support'],
  },
  education: {
    goal: 'Serbian language course completed',
    actions: ['Enrol in the language course', 'Buy course books'],
  },
  employment: {
    goal: 'A paid job or vocational training',
    actions: ['Register with the National Employment Service', 'Write a CV together'],
  },
  family: {
    goal: 'Regular contact with her children',
    actions: ['Call with the social work centre about visits', 'Arrange the first visit'],
  },
  social: {
    goal: 'Takes part in Open Club activities',
    actions: ['Join the Thursday workshop', 'Go on the group outing'],
  },
};
const DOMAINS = Object.keys(GOALS) as GoalDomain[];
const REVIEWS = [
  'Settling in well; the first actions are under way.',
  'Good progress on documents; health appointments still to book.',
  'Some actions late because of the court date; targets kept.',
  'Motivated and taking part; next step is work or training.',
];

interface Step {
  day: IsoDate;
  run: () => void;
}

interface PlanGoal {
  domain: GoalDomain;
  status: GoalStatus;
  target: IsoDate;
  actions: { what: string; who: string; due: IsoDate; done: IsoDate | null }[];
}

/** Ids of the active version's goals and actions, by position (a new version renumbers nothing). */
function idsOf(db: Db, planId: string): { goal: string; actions: string[] }[] {
  return goalsOf(db, planId).map((g) => ({ goal: g.id, actions: actionsOf(db, g.id).map((a) => a.id) }));
}

/** The steps of one resident's plan, from a few days after admission up to today. */
function planSteps(o: PlanOptions, residentId: string, admitted: IsoDate): Step[] {
  const { db, rng, clock } = o;
  const today = clock.today;
  const who = (day: IsoDate): Actor => ({ now: clock.at(day), userId: rng.pick(o.staffIds) });
  const start = [addDays(admitted, rng.int(2, 10)), today].sort()[0]!;
  const goals: PlanGoal[] = rng.sample(DOMAINS, rng.int(2, 4)).map((domain) => ({
    domain,
    status: 'open',
    target: addDays(start, rng.int(45, 180)),
    actions: rng
      .sample(GOALS[domain].actions, rng.int(1, 2))
      .map((what) => ({ what, who: rng.pick(o.staffIds), due: addDays(start, rng.int(5, 50)), done: null })),
  }));
  let planId = '';
  let ids: ReturnType<typeof idsOf> = [];
  const steps: Step[] = [
    {
      day: start,
      run: () => {
        const actor = who(start);
        planId = newVersion(db, residentId, actor).id;
        for (const g of goals) {
          const goalId = createGoal(
            db,
            planId,
            { domain: g.domain, description: GOALS[g.domain].goal, targetDate: g.target, status: g.status },
            actor,
          );
          for (const a of g.actions)
            createAction(db, goalId, { what: a.what, responsibleUserId: a.who, dueDate: a.due, doneDate: null }, actor);
        }
        ids = idsOf(db, planId);
      },
    },
  ];
  // A review every month or so: what was due is mostly done, goals move on, sometimes a new version.
  for (let day = addDays(start, rng.int(25, 35)), n = 0; day <= today; day = addDays(day, rng.int(25, 35)), n++) {
    const on = day;
    const last = addDays(on, rng.int(25, 35)) > today;
    steps.push({
      day: on,
      run: () => {
        const actor = who(on);
        goals.forEach((g, gi) => {
          g.actions.forEach((a, ai) => {
            if (a.done || a.due > on || !rng.chance(0.75)) return;
            a.done = [addDays(a.due, rng.int(0, 4)), on].sort()[0]!;
            updateAction(
              db,
              ids[gi]!.actions[ai]!,
              { what: a.what, responsibleUserId: a.who, dueDate: a.due, doneDate: a.done },
              actor,
            );
          });
          const next: GoalStatus = g.actions.every((a) => a.done) && rng.chance(0.5) ? 'achieved' : 'in_progress';
          if (g.status !== next && g.status !== 'achieved') {
            g.status = next;
            updateGoal(
              db,
              ids[gi]!.goal,
              { domain: g.domain, description: GOALS[g.domain].goal, targetDate: g.target, status: next },
              actor,
            );
          }
        });
        const nextReview = addDays(on, 30);
        createReview(
          db,
          planId,
          { reviewDate: on, summary: REVIEWS[n % REVIEWS.length]!, nextReviewDate: nextReview },
          actor,
        );
        if (n >= 1 && !last && rng.chance(0.35)) {
          planId = newVersion(db, residentId, actor).id;
          ids = idsOf(db, planId);
        }
      },
    });
  }
  return steps;
}

/** Plans for everyone in residence today who is not a child placed with her parent. */
export function seedPlans(o: PlanOptions): void {
  const people = o.db
    .prepare(
      `SELECT r.id, s.start_date AS admitted FROM residents r
       JOIN stays s ON s.resident_id = r.id AND s.planned = 0 AND s.end_date IS NULL
       WHERE r.status = 'in_residence' AND r.parent_resident_id IS NULL ORDER BY r.code`,
    )
    .all() as { id: string; admitted: IsoDate }[];
  const steps = people.flatMap((p) => planSteps(o, p.id, p.admitted));
  // Day by day across residents (stable: one resident's steps keep their order), as it happened.
  steps.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const s of steps) s.run();
}
