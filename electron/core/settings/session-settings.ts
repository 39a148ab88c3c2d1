import {
  ABSOLUTE_SESSION_HOURS,
  DEFAULT_IDLE_MINUTES,
  MAX_IDLE_MINUTES,
  MIN_IDLE_MINUTES,
  type SessionSettings,
} from '../../../shared/session.ts';
import type { Db } from '../db/connection.ts';
import { getSetting } from './queries.ts';

/** The administrator's idle-lock minutes; the default when unset or out of range. */
export function idleLockMinutes(db: Db): number {
  const stored = Number(getSetting(db, 'idleLockMinutes'));
  return Number.isInteger(stored) && stored >= MIN_IDLE_MINUTES && stored <= MAX_IDLE_MINUTES
    ? stored
    : DEFAULT_IDLE_MINUTES;
}

export function sessionSettings(db: Db): SessionSettings {
  return { idleLockMinutes: idleLockMinutes(db), absoluteLimitHours: ABSOLUTE_SESSION_HOURS };
}
