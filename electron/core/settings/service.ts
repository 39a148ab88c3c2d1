import type { SessionSettings } from '../../../shared/session.ts';
import { auditedAs, type Actor } from '../actor.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { setSetting } from './queries.ts';
import { idleLockMinutes, sessionSettings } from './session-settings.ts';

/** The administrator's idle-lock minutes, audited with the value it replaces. */
export function setIdleLock(db: Db, minutes: number, actor: Actor): SessionSettings {
  const from = idleLockMinutes(db);
  writeTx(db, auditedAs(actor), (audit) => {
    setSetting(db, 'idleLockMinutes', String(minutes));
    audit({
      action: 'settings.setIdleLock',
      recordType: 'setting',
      recordId: 'idleLockMinutes',
      detail: { from, to: minutes },
    });
  });
  return sessionSettings(db);
}
