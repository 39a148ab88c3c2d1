import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AppErrorShape } from '../../../../shared/errors.ts';
import type { ResidentDetail } from '../../../../shared/residents.ts';
import { invoke } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { nameWithCode } from '../names.ts';
import { useResidentsStore } from '../store.ts';
import { IntakeForm } from './IntakeForm.tsx';
import { emptyValues, valuesFromDetail } from './values.ts';

/** `/residents/new` (intake of a referral) and `/residents/:id/edit`. */
export function IntakePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const load = useResidentsStore((s) => s.load);
  const [detail, setDetail] = useState<ResidentDetail | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    void load(); // the parent picker lists the other residents
  }, [load]);

  useEffect(() => {
    if (!id) return;
    let live = true;
    void invoke('residents.get', { id }).then((r) => {
      if (!live) return;
      if (r.ok) setDetail(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (!id) return <IntakeForm key="new" residentId={null} title={t('residents.intake.titleNew')} initialValues={emptyValues()} />;
  if (error) return <ErrorAlert error={error} />;
  if (!detail || detail.id !== id) return <Loader aria-label={t('residents.intake.titleNew')} />;
  return (
    <IntakeForm
      key={detail.id}
      residentId={detail.id}
      title={t('residents.intake.titleEdit', { name: nameWithCode(detail) })}
      initialValues={valuesFromDetail(detail)}
    />
  );
}
