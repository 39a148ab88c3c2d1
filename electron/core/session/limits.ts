import { ABSOLUTE_SESSION_HOURS } from '../../../shared/session.ts';
import type { OpenDatabase, Session } from '../context.ts';
import type { Client } from '../core.ts';
import { idleLockMinutes } from '../settings/session-settings.ts';

export type Expiry = { reason: 'idle'; minutes: number } | { reason: 'absolute'; hours: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Whether a session has ended on its own at `now`: more than `idleMinutes` since the last user
 * action, or more than `absoluteHours` since sign-in whatever the activity.
 */
export function sessionExpiry(
  session: Pick<Session, 'startedAt' | 'lastActivityAt'>,
  now: Date,
  limits: { idleMinutes: number; absoluteHours: number },
): Expiry | null {
  if (now.getTime() - session.startedAt.getTime() > limits.absoluteHours * HOUR) {
    return { reason: 'absolute', hours: limits.absoluteHours };
  }
  if (now.getTime() - session.lastActivityAt.getTime() > limits.idleMinutes * MINUTE) {
    return { reason: 'idle', minutes: limits.idleMinutes };
  }
  return null;
}

/** Locks the client (audited) if its session has ended on its own; returns why, or null. */
export function enforceSessionLimits(
  core: OpenDatabase,
  client: Pick<Client, 'session' | 'lock'>,
  now: Date,
): Expiry | null {
  const session = client.session;
  if (!session) return null;
  const expiry = sessionExpiry(session, now, {
    idleMinutes: idleLockMinutes(core.database()),
    absoluteHours: ABSOLUTE_SESSION_HOURS,
  });
  if (expiry) client.lock(expiry.reason, expiry.reason === 'idle' ? expiry.minutes : null);
  return expiry;
}

/** The idle minutes in force while the database is open (for the OS idle check), else null. */
export function idleMinutesInForce(core: OpenDatabase & { isOpen(): boolean }): number | null {
  return core.isOpen() ? idleLockMinutes(core.database()) : null;
}
