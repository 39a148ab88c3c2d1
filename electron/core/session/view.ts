import type { AuditWarning, SessionView } from '../../../shared/domain.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Session, SessionHolder } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { getPremisesName } from '../premises/queries.ts';
import { getSetting } from '../settings/queries.ts';
import { findUserById, toUserView, type User } from '../users/queries.ts';

export function sessionView(db: Db, session: Session | null): SessionView {
  if (!session) throw new AppError('NO_SESSION', 'Sign in first.');
  const user = findUserById(db, session.userId);
  if (!user) throw new AppError('NOT_FOUND', 'The signed-in account no longer exists.');
  return {
    user: toUserView(user),
    organisation: getSetting(db, 'organisation') ?? '',
    premises: getPremisesName(db) ?? '',
    mustChangePassword: session.mustChangePassword,
    passwordChangeReason: session.mustChangePassword
      ? user.mustChangePassword
        ? 'temporaryPassword'
        : 'recoveryKey'
      : null,
    auditWarning: session.role === 'admin' ? session.auditWarning : null,
  };
}

export function startSession(
  client: SessionHolder,
  user: User,
  now: Date,
  mustChangePassword: boolean,
  auditWarning: AuditWarning | null = null,
): void {
  client.session = {
    userId: user.id,
    username: user.username,
    role: user.role,
    mustChangePassword,
    passwordVersion: user.passwordVersion,
    startedAt: now,
    lastActivityAt: now,
    auditWarning,
  };
  client.lockedUsername = null;
  client.lockReason = null;
  client.lockMinutes = null;
}
