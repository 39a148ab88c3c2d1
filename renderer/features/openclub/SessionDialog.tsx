import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { sessionFieldsSchema, type SessionView } from '../../../shared/openclub.ts';
import { useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { todayIso } from '../stays/data.ts';
import { AttendeePicker } from './AttendeePicker.tsx';
import { OPENCLUB_VIEWS } from './views.ts';

interface Values {
  date: string | null;
  facilitator: string;
  residentIds: string[];
  [key: string]: unknown;
}

const notInFuture = (v: Values): Record<string, string> =>
  v.date && v.date > todayIso() ? { date: 'validation.notInFuture' } : {};

/** A session that took place: its day, who ran it, and who came; or the day and facilitator of one on record. */
export function SessionDialog({
  activityId,
  session,
  opened,
  onClose,
}: {
  activityId: string;
  session: SessionView | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={session ? t('openclub.session.editTitle') : t('openclub.session.newTitle')}
      size="lg"
    >
      {opened && <SessionForm activityId={activityId} session={session} onClose={onClose} />}
    </Modal>
  );
}

function SessionForm({
  activityId,
  session,
  onClose,
}: {
  activityId: string;
  session: SessionView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useChannelMutation('openclub.createSession', { invalidates: OPENCLUB_VIEWS });
  const update = useChannelMutation('openclub.updateSession', { invalidates: OPENCLUB_VIEWS });
  const { busy, error } = session ? update : create;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { date: session?.date ?? todayIso(), facilitator: session?.facilitator ?? '', residentIds: [] },
    validate: schemaValidate(sessionFieldsSchema, notInFuture),
  });

  const submit = form.onSubmit(async (v) => {
    // The core names attendees who do not fit the new date on residentIds: here that is about the date.
    const handled = (e: AppErrorShape) =>
      showFieldErrors(
        form,
        session && e.fields?.residentIds ? { ...e, fields: { date: 'openclub.session.dateBeforeAdmission' } } : e,
      );
    const r = session
      ? await update.run({ id: session.id, date: v.date!, facilitator: v.facilitator }, handled)
      : await create.run(
          { activityId, date: v.date!, facilitator: v.facilitator, residentIds: v.residentIds },
          handled,
        );
    if (r.ok) onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <DateField
          label={t('openclub.session.date')}
          withAsterisk
          {...fieldProps(form, t, 'date')}
          value={form.values.date}
          onChange={(d) => form.setFieldValue('date', d)}
        />
        <TextInput
          label={t('openclub.session.facilitator')}
          description={t('openclub.session.facilitatorHint')}
          withAsterisk
          data-autofocus
          {...fieldProps(form, t, 'facilitator')}
        />
        {!session && (
          <AttendeePicker
            value={form.values.residentIds}
            onChange={(ids) => form.setFieldValue('residentIds', ids)}
            error={form.errors.residentIds ? t(String(form.errors.residentIds)) : undefined}
          />
        )}
        <ErrorAlert error={error} />
        <DialogActions
          onCancel={onClose}
          confirmLabel={session ? t('openclub.save') : t('openclub.session.create')}
          busy={busy}
        />
      </Stack>
    </form>
  );
}
