import { writeTx } from '../db/tx.ts';
import type { HandlerMap } from '../handler.ts';

export const printHandlers: HandlerMap<'audit.recordPrint'> = {
  'audit.recordPrint': (input, { db, actor }) => {
    writeTx(db, { at: actor.now, userId: actor.userId }, (audit) => {
      const { recordId, ...detail } = input;
      audit({ action: 'print', ...(recordId ? { recordType: 'resident', recordId } : {}), detail });
    });
    return { ok: true };
  },
};
