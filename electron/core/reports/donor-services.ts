// The donor figures' services (support plan goals, accompaniment to hearings) and Open Club
// attendance, suppressed like the rest of the donor figures (suppress.ts).
//
// A goal counts for a domain when, at its last record, it was being worked on in the period or was
// finished in it. A version of a plan copies the goals of the one before, stamping the copies with
// its own time, and a frozen version never changes again, so each goal row tells:
// - open or in progress: worked on from its creation to the end of its version (the version's
//   freeze, or today for the active one): counts when created on or before the period's last day
//   and its version was not frozen before the period's first day;
// - achieved or dropped: worked on from its creation until its last change (when it was closed):
//   counts when created on or before the last day and last changed on or after the first day. A copy
//   of a goal already closed (created with its version and never changed since) does not count:
//   the goal was closed in an earlier version, whose row counts it.
// Timestamps become dates in the office PC's time zone, as every date Haven shows.
import { localIsoDate } from '../../../shared/dates.ts';
import type { Cell, DonorFigures } from '../../../shared/donors.ts';
import { ACTIVITY_KINDS } from '../../../shared/openclub.ts';
import { GOAL_DOMAINS, type GoalDomain, type GoalStatus } from '../../../shared/plans.ts';
import type { PeriodInput } from '../../../shared/reports.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { countsFor } from '../openclub/service.ts';
import { primary, suppressBreakdown } from './suppress.ts';

interface GoalRow {
  resident_id: string;
  domain: GoalDomain;
  status: GoalStatus;
  created_at: string;
  updated_at: string;
  plan_created_at: string;
  version: number;
  frozen_at: string | null;
}

const day = (timestamp: string) => localIsoDate(new Date(timestamp));

export function goalCounts({ from, to }: PeriodInput, goal: GoalRow): boolean {
  if (day(goal.created_at) > to) return false;
  if (goal.status === 'open' || goal.status === 'in_progress')
    return goal.frozen_at === null || day(goal.frozen_at) >= from;
  const closedCopy =
    goal.version > 1 && goal.created_at === goal.plan_created_at && goal.updated_at === goal.created_at;
  return !closedCopy && day(goal.updated_at) >= from;
}

export function servicesFigures(db: Db, period: PeriodInput): DonorFigures['services'] {
  const goals = prepared(
    db,
    `SELECT p.resident_id, g.domain, g.status, g.created_at, g.updated_at,
            p.created_at AS plan_created_at, p.version, p.frozen_at
     FROM plan_goals g JOIN plans p ON p.id = g.plan_id`,
  ).all() as GoalRow[];
  const byDomain = new Map(GOAL_DOMAINS.map((d) => [d, new Set<string>()]));
  const people = new Set<string>();
  for (const g of goals) {
    if (!goalCounts(period, g)) continue;
    byDomain.get(g.domain)!.add(g.resident_id);
    people.add(g.resident_id);
  }
  const cells = suppressBreakdown(
    GOAL_DOMAINS.map((d) => byDomain.get(d)!.size),
    people.size,
    { atLeast: true },
  );
  const accompanied = prepared(
    db,
    `SELECT count(*) AS appointments, count(DISTINCT resident_id) AS people FROM hearings
     WHERE accompanied_by IS NOT NULL AND appointment_date BETWEEN ? AND ?`,
  ).get(period.from, period.to) as { appointments: number; people: number };
  return {
    people: primary(people.size),
    byDomain: GOAL_DOMAINS.map((label, k) => ({ label, count: cells[k]! })),
    // One to four appointments would bound the people accompanied, so they are "<5" too.
    accompanied: { appointments: primary(accompanied.appointments), people: primary(accompanied.people) },
  };
}

const split = (total: number, current: number, former: number) => {
  const [c, f] = suppressBreakdown([current, former], total) as [Cell, Cell];
  return { total: primary(total), current: c, former: f };
};

/** openclub.counts' own figures; the people in them (attendances, participants) suppressed. */
export function openClubFigures(db: Db, period: PeriodInput): DonorFigures['openClub'] {
  const c = countsFor(db, period);
  const kinds = ACTIVITY_KINDS.map((k) => c.byKind.find((b) => b.kind === k)!);
  const attendances = suppressBreakdown(
    kinds.map((k) => k.attendances),
    c.total.attendances,
  );
  const participants = suppressBreakdown(
    kinds.map((k) => k.participants),
    c.total.participants,
    { atLeast: true },
  );
  return {
    sessions: c.total.sessions,
    attendances: split(c.total.attendances, c.current.attendances, c.former.attendances),
    participants: split(c.total.participants, c.current.participants, c.former.participants),
    byKind: kinds.map((k, i) => ({
      kind: k.kind,
      sessions: k.sessions,
      attendances: attendances[i]!,
      participants: participants[i]!,
    })),
  };
}
