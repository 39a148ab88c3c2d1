import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { RevealedName } from '../../../../shared/residents.ts';
import { useChannelMutation } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { nameWithCode } from '../names.ts';
import { useResident } from '../queries.ts';
import { IntakeForm } from './IntakeForm.tsx';
import { emptyValues, valuesFromDetail } from './values.ts';

/** `/residents/new` (intake of a referral) and `/residents/:id/edit`. */
export function IntakePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  // Editing starts from the record as it is now, not from what an earlier screen had read.
  const { data: detail, error, isFetchedAfterMount } = useResident(id ?? '');
  // A protected record comes without its names; editing it asks for them (audited) so that saving
  // keeps them. An act, not a cached read: asked once per visit.
  const reveal = useChannelMutation('residents.revealName', { invalidates: [] });
  const [names, setNames] = useState<{ id: string; name: RevealedName } | null>(null);
  const needsNames = !!id && !!detail && isFetchedAfterMount && detail.protected;
  const { run: revealRun } = reveal;
  useEffect(() => {
    if (!needsNames) return;
    let live = true;
    void revealRun({ id }).then((r) => {
      if (live && r.ok) setNames({ id, name: r.value });
    });
    return () => {
      live = false;
    };
  }, [needsNames, id, revealRun]);

  if (!id)
    return (
      <IntakeForm key="new" residentId={null} title={t('residents.intake.titleNew')} initialValues={emptyValues()} />
    );
  if (error ?? reveal.error) return <ErrorAlert error={error ?? reveal.error} />;
  if (!detail || !isFetchedAfterMount || (needsNames && names?.id !== id))
    return <Loader aria-label={t('residents.intake.titleNew')} />;
  return (
    <IntakeForm
      key={detail.id}
      residentId={detail.id}
      title={t('residents.intake.titleEdit', { name: nameWithCode(detail) })}
      initialValues={valuesFromDetail(detail, names?.id === id ? names.name : null)}
    />
  );
}
