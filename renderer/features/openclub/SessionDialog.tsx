import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { sessionFieldsSchema } from '../../../shared/openclub.ts';
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

/** A session that took place: its day, who ran it, and who came. */
export function SessionDialog({
  activityId,
  opened,
  onClose,
}: {
  activityId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('openclub.session.newTitle')} size="lg">
      {opened && <SessionForm activityId={activityId} onClose={onClose} />}
    </Modal>
  );
}

function SessionForm({ activityId, onClose }: { activityId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useChannelMutation('openclub.createSession', { invalidates: OPENCLUB_VIEWS });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { date: todayIso(), facilitator: '', residentIds: [] },
    validate: schemaValidate(sessionFieldsSchema, notInFuture),
  });

  const submit = form.onSubmit(async (v) => {
    const r = await create.run(
      { activityId, date: v.date!, facilitator: v.facilitator, residentIds: v.residentIds },
      (e: AppErrorShape) => showFieldErrors(form, e),
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
        <AttendeePicker
          value={form.values.residentIds}
          onChange={(ids) => form.setFieldValue('residentIds', ids)}
          error={form.errors.residentIds ? t(String(form.errors.residentIds)) : undefined}
        />
        <ErrorAlert error={create.error} />
        <DialogActions onCancel={onClose} confirmLabel={t('openclub.session.create')} busy={create.busy} />
      </Stack>
    </form>
  );
}
