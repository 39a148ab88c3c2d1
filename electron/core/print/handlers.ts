import { actorOf } from '../actor.ts';
import { writeTx } from '../db/tx.ts';
import type { HandlerMap } from '../handler.ts';

export const printHandlers: HandlerMap<'audit.recordPrint'> = {
  'audit.recordPrint': (input, ctx) => {
    const who = actorOf(ctx);
    writeTx(ctx.core.database(), { at: who.now, userId: who.userId }, (audit) => {
      const { recordId, ...detail } = input;
      audit({ action: 'print', ...(recordId ? { recordType: 'resident', recordId } : {}), detail });
    });
    return { ok: true };
  },
};
