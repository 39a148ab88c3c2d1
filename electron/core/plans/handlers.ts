import type { HandlerMap } from '../handler.ts';
import {
  createAction,
  createGoal,
  createReview,
  newVersion,
  readPlan,
  updateAction,
  updateGoal,
  updateReview,
} from './service.ts';

type PlansChannel =
  | 'plans.get'
  | 'plans.newVersion'
  | 'plans.createGoal'
  | 'plans.updateGoal'
  | 'plans.createAction'
  | 'plans.updateAction'
  | 'plans.createReview'
  | 'plans.updateReview';

const done = { ok: true } as const;

export const plansHandlers: HandlerMap<PlansChannel> = {
  'plans.get': ({ residentId, version }, { db, actor }) => readPlan(db, residentId, version, actor),

  'plans.newVersion': ({ residentId }, { db, actor }) => newVersion(db, residentId, actor),

  'plans.createGoal': ({ planId, fields }, { db, actor }) => ({ id: createGoal(db, planId, fields, actor) }),

  'plans.updateGoal': ({ id, fields }, { db, actor }) => {
    updateGoal(db, id, fields, actor);
    return done;
  },

  'plans.createAction': ({ goalId, fields }, { db, actor }) => ({ id: createAction(db, goalId, fields, actor) }),

  'plans.updateAction': ({ id, fields }, { db, actor }) => {
    updateAction(db, id, fields, actor);
    return done;
  },

  'plans.createReview': ({ planId, fields }, { db, actor }) => ({ id: createReview(db, planId, fields, actor) }),

  'plans.updateReview': ({ id, fields }, { db, actor }) => {
    updateReview(db, id, fields, actor);
    return done;
  },
};
