import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { conflictText } from '../stays/conflict.ts';

/** A refused premises change; a clash names the stay or period it collides with. */
export function RoomsError({ error, conflictTitle }: { error: AppErrorShape | null; conflictTitle: string }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  if (error.code !== 'CONFLICT') return <ErrorAlert error={error} />;
  return (
    <Alert color="red" role="alert" title={conflictTitle} data-testid="rooms-conflict">
      {conflictText(error, t, i18n.language as Language)}
    </Alert>
  );
}
