import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** A refused plan change; a version frozen in the meantime (someone started a newer one) said in words. */
export function PlanError({ error }: { error: AppErrorShape | null }) {
  const { t } = useTranslation();
  if (error?.code === 'CONFLICT' && error.details?.rule === 'PLAN_FROZEN') {
    return (
      <Alert color="red" role="alert" title={t('errors.CONFLICT.title')}>
        {t('plans.frozenConflict')}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
