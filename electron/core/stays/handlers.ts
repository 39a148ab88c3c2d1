import type { HandlerMap } from '../handler.ts';
import { boardOn } from './board.ts';
import { admit, cancelPlan, exit, move, plan, setExpectedLeaving } from './service.ts';

type StaysChannel =
  | 'stays.board'
  | 'stays.admit'
  | 'stays.move'
  | 'stays.exit'
  | 'stays.plan'
  | 'stays.cancelPlan'
  | 'stays.setExpectedLeaving';

export const staysHandlers: HandlerMap<StaysChannel> = {
  'stays.board': ({ date }, { db }) => boardOn(db, date),

  'stays.admit': (input, ctx) => ({ id: admit(ctx.db, input, ctx.actor) }),

  'stays.move': (input, ctx) => ({ id: move(ctx.db, input, ctx.actor) }),

  'stays.exit': (input, ctx) => {
    exit(ctx.db, input, ctx.actor);
    return { ok: true };
  },

  'stays.plan': (input, ctx) => ({ id: plan(ctx.db, input, ctx.actor) }),

  'stays.setExpectedLeaving': (input, ctx) => {
    setExpectedLeaving(ctx.db, input, ctx.actor);
    return { ok: true };
  },

  'stays.cancelPlan': ({ id }, ctx) => {
    cancelPlan(ctx.db, id, ctx.actor);
    return { ok: true };
  },
};
