import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ABSOLUTE_SESSION_HOURS } from '../../../shared/session.ts';
import { useSessionStore } from './store.ts';

/** Why the login screen is showing: the idle lock, the day's limit or the computer itself. */
export function LockReasonNote() {
  const { t } = useTranslation();
  const reason = useSessionStore((s) => s.status?.lockReason ?? null);
  const minutes = useSessionStore((s) => s.status?.lockMinutes ?? null);
  if (reason === 'idle' && minutes !== null) {
    return (
      <Alert color="blue" data-testid="lock-reason">
        {t('login.lockedIdle', { count: minutes })}
      </Alert>
    );
  }
  if (reason === 'absolute') {
    return (
      <Alert color="blue" data-testid="lock-reason">
        {t('login.lockedAbsolute', { count: ABSOLUTE_SESSION_HOURS })}
      </Alert>
    );
  }
  if (reason === 'os') {
    return (
      <Alert color="blue" data-testid="lock-reason">
        {t('login.lockedOs')}
      </Alert>
    );
  }
  return null;
}
