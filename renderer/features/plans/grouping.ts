import { GOAL_DOMAINS, type GoalDomain, type PlanGoal } from '../../../shared/plans.ts';

/** Goals under their domains, in the plan's fixed domain order; empty domains left out. */
export function goalsByDomain(goals: PlanGoal[]): { domain: GoalDomain; goals: PlanGoal[] }[] {
  return GOAL_DOMAINS.map((domain) => ({ domain, goals: goals.filter((g) => g.domain === domain) })).filter(
    (d) => d.goals.length > 0,
  );
}
