import { addDays, type IsoDate } from '../../../shared/dates.ts';
import { roleAtLeast, type Role } from '../../../shared/roles.ts';
import { HEARING_DAYS, WEEK_DAYS, type Today, type TodayAction } from '../../../shared/today.ts';
import type { Db } from '../db/connection.ts';
import { upcomingHearings } from '../hearings/queries.ts';
import { dueActions, dueReviews } from '../plans/queries.ts';
import { boardOn } from '../stays/board.ts';
import { arrivals, consentPending, departures, waitingReferrals } from './queries.ts';

function split(actions: TodayAction[], today: IsoDate): Today['mine'] {
  return { overdue: actions.filter((a) => a.dueDate < today), week: actions.filter((a) => a.dueDate >= today) };
}

/** Everyone's open actions by the person responsible, people in name order. */
function byPerson(actions: TodayAction[], today: IsoDate): NonNullable<Today['team']> {
  const people = new Map<string, { name: string; actions: TodayAction[] }>();
  for (const a of actions) {
    const p = people.get(a.responsibleUserId) ?? { name: a.responsibleName, actions: [] };
    p.actions.push(a);
    people.set(a.responsibleUserId, p);
  }
  return [...people.entries()]
    .sort(([, x], [, y]) => x.name.localeCompare(y.name))
    .map(([userId, p]) => ({ userId, name: p.name, ...split(p.actions, today) }));
}

/**
 * The home screen for one person on the core's today: the house tonight, who comes and goes this
 * week, what waits, and the actions due — their own, and everyone's for managers and up.
 */
export function todayFor(db: Db, today: IsoDate, user: { userId: string; role: Role }): Today {
  const weekEnd = addDays(today, WEEK_DAYS - 1);
  const { totals } = boardOn(db, today);
  const planned = arrivals(db, weekEnd);
  const toLine = (a: ReturnType<typeof dueActions>[number]): TodayAction => ({
    residentId: a.residentId,
    displayName: a.displayName,
    actionId: a.actionId,
    domain: a.domain,
    what: a.what,
    dueDate: a.dueDate,
    responsibleUserId: a.responsibleUserId,
    responsibleName: a.responsibleName,
  });
  const manager = roleAtLeast(user.role, 'manager');
  const all = dueActions(db, { until: weekEnd }).map(toLine);
  return {
    date: today,
    weekEnd,
    occupancy: totals,
    arrivalsToday: planned.filter((a) => a.date <= today),
    arrivalsWeek: planned.filter((a) => a.date > today),
    departures: departures(db, weekEnd),
    referrals: waitingReferrals(db),
    consentPending: consentPending(db),
    hearings: upcomingHearings(db, { from: today, days: HEARING_DAYS }).map((h) => ({
      id: h.id,
      residentId: h.residentId,
      displayName: h.residentName,
      date: h.date,
      time: h.time,
      kind: h.kind,
      institution: h.institution,
      accompaniedByName: h.accompaniedByName,
    })),
    mine: split(
      all.filter((a) => a.responsibleUserId === user.userId),
      today,
    ),
    reviews: dueReviews(db, { until: weekEnd }).map((r) => ({
      residentId: r.residentId,
      displayName: r.displayName,
      planId: r.planId,
      nextReviewDate: r.nextReviewDate,
    })),
    team: manager ? byPerson(all, today) : null,
  };
}
