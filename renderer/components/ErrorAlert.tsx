import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../shared/errors.ts';
import { formatDateTime } from '../i18n/index.ts';
import type { Language } from '../../shared/domain.ts';

/** A refused call, explained in the user's language by its stable code. */
export function ErrorAlert({ error }: { error: AppErrorShape | null }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const retryAt = error.details?.retryAt;
  return (
    <Alert color="red" role="alert" title={t(`errors.${error.code}.title`)}>
      {t(`errors.${error.code}.text`, {
        retryAt: typeof retryAt === 'string' ? formatDateTime(retryAt, i18n.language as Language) : '',
      })}
    </Alert>
  );
}
