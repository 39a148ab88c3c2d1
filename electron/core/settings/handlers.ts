import type { HandlerMap } from '../handler.ts';
import { writeTx } from '../db/tx.ts';
import { setSetting } from './queries.ts';
import { idleLockMinutes, sessionSettings } from './session-settings.ts';

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.setIdleLock'> = {
  'settings.get': (_input, { db }) => sessionSettings(db),

  'settings.setIdleLock': ({ minutes }, { db, client, now }) => {
    const from = idleLockMinutes(db);
    writeTx(db, { at: now, userId: client.session!.userId }, (audit) => {
      setSetting(db, 'idleLockMinutes', String(minutes));
      audit({ action: 'settings.setIdleLock', recordType: 'setting', recordId: 'idleLockMinutes', detail: { from, to: minutes } });
    });
    return sessionSettings(db);
  },
};
