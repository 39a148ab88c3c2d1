import { actorOf } from '../actor.ts';
import type { HandlerMap } from '../handler.ts';
import { boardOn } from './board.ts';
import { admit, cancelPlan, exit, move, plan } from './service.ts';

type StaysChannel = 'stays.board' | 'stays.admit' | 'stays.move' | 'stays.exit' | 'stays.plan' | 'stays.cancelPlan';

export const staysHandlers: HandlerMap<StaysChannel> = {
  'stays.board': ({ date }, { core }) => boardOn(core.database(), date),

  'stays.admit': (input, ctx) => ({ id: admit(ctx.core.database(), input, actorOf(ctx)) }),

  'stays.move': (input, ctx) => ({ id: move(ctx.core.database(), input, actorOf(ctx)) }),

  'stays.exit': (input, ctx) => {
    exit(ctx.core.database(), input, actorOf(ctx));
    return { ok: true };
  },

  'stays.plan': (input, ctx) => ({ id: plan(ctx.core.database(), input, actorOf(ctx)) }),

  'stays.cancelPlan': ({ id }, ctx) => {
    cancelPlan(ctx.core.database(), id, actorOf(ctx));
    return { ok: true };
  },
};
