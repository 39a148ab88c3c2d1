import { Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/errors.ts';
import {
  ACTIVITY_KINDS,
  activityFieldsSchema,
  type ActivityKind,
  type ActivityView,
} from '../../../shared/openclub.ts';
import { useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { OPENCLUB_VIEWS } from './views.ts';

interface Values {
  name: string;
  kind: ActivityKind | null;
  description: string;
  [key: string]: unknown;
}

const onForm = (e: AppErrorShape): AppErrorShape =>
  e.fields
    ? { ...e, fields: Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v])) }
    : e;

/** A new activity, or the name, kind and description of one on record. */
export function ActivityDialog({
  activity,
  opened,
  onClose,
  onCreated,
}: {
  activity: ActivityView | null;
  opened: boolean;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={activity ? t('openclub.activity.editTitle') : t('openclub.activity.newTitle')}
      size="lg"
    >
      {opened && <ActivityForm activity={activity} onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function ActivityForm({
  activity,
  onClose,
  onCreated,
}: {
  activity: ActivityView | null;
  onClose: () => void;
  onCreated?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const create = useChannelMutation('openclub.createActivity', { invalidates: OPENCLUB_VIEWS });
  const update = useChannelMutation('openclub.updateActivity', { invalidates: OPENCLUB_VIEWS });
  const { busy, error } = activity ? update : create;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: activity?.name ?? '',
      kind: activity?.kind ?? null,
      description: activity?.description ?? '',
    },
    validate: schemaValidate(activityFieldsSchema),
  });

  const submit = form.onSubmit(async (v) => {
    const fields = { name: v.name, kind: v.kind!, description: v.description };
    const handled = (e: AppErrorShape) => showFieldErrors(form, onForm(e));
    if (activity) {
      const r = await update.run({ id: activity.id, fields }, handled);
      if (r.ok) onClose();
    } else {
      const r = await create.run({ fields }, handled);
      if (r.ok) {
        onClose();
        onCreated?.(r.value.id);
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('openclub.activity.name')} withAsterisk data-autofocus {...fieldProps(form, t, 'name')} />
        <Select
          label={t('openclub.activity.kind')}
          withAsterisk
          allowDeselect={false}
          data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`openclub.kinds.${k}`) }))}
          comboboxProps={{ withinPortal: true }}
          {...fieldProps(form, t, 'kind')}
        />
        <Textarea
          label={t('openclub.activity.description')}
          autosize
          minRows={2}
          maxRows={8}
          {...fieldProps(form, t, 'description')}
        />
        <ErrorAlert error={error} />
        <DialogActions
          onCancel={onClose}
          confirmLabel={activity ? t('openclub.save') : t('openclub.activity.create')}
          busy={busy}
        />
      </Stack>
    </form>
  );
}
