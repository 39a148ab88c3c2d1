import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AppErrorShape } from '../../../../shared/errors.ts';
import type { ResidentDetail, RevealedName } from '../../../../shared/residents.ts';
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
  const [names, setNames] = useState<RevealedName | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    void load(); // the parent picker lists the other residents
  }, [load]);

  useEffect(() => {
    if (!id) return;
    let live = true;
    void invoke('residents.get', { id }).then(async (r) => {
      // A protected record comes without its names; editing it asks for them (audited) so that
      // saving keeps them.
      const revealed = r.ok && r.value.protected ? await invoke('residents.revealName', { id }) : null;
      if (!live) return;
      if (!r.ok) return setError(r.error);
      if (revealed && !revealed.ok) return setError(revealed.error);
      setNames(revealed?.value ?? null);
      setDetail(r.value);
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
      initialValues={valuesFromDetail(detail, names)}
    />
  );
}
