import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import { ABSOLUTE_SESSION_HOURS } from '../../../shared/session.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { useSessionStore } from './store.ts';

/** Why the login screen is showing: the idle lock, the day's limit, the computer itself or a restore. */
export function LockReasonNote() {
  const { t, i18n } = useTranslation();
  const restoredAt = useSessionStore((s) => s.status?.restoredBackupAt ?? null);
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
  if (reason === 'restore' && restoredAt) {
    return (
      <Alert color="teal" data-testid="lock-reason">
        {t('login.lockedRestore', { date: formatDateTime(restoredAt, i18n.language as Language) })}
      </Alert>
    );
  }
  return null;
}
