import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { HEARING_KINDS, hearingFieldsSchema, type HearingKind, type HearingView } from '../../../shared/hearings.ts';
import { useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { useActiveUsers } from '../users/queries.ts';

export const HEARING_VIEWS = ['hearings.list'] as const;

interface Values {
  date: string | null;
  time: string;
  kind: HearingKind | null;
  institution: string;
  accompaniedBy: string | null;
  outcome: string;
  [key: string]: unknown;
}

/** The core names its field errors after the call's input (`fields.time`); the form after the field. */
const onForm = (e: AppErrorShape): AppErrorShape =>
  e.fields
    ? { ...e, fields: Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v])) }
    : e;

/** A new hearing or appointment for a resident, or the details and outcome of one on record. */
export function HearingDialog({
  residentId,
  hearing,
  opened,
  onClose,
}: {
  residentId: string;
  hearing: HearingView | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={hearing ? t('hearings.editTitle') : t('hearings.newTitle')}
      size="lg"
    >
      {opened && <HearingForm residentId={residentId} hearing={hearing} onClose={onClose} />}
    </Modal>
  );
}

function HearingForm({
  residentId,
  hearing,
  onClose,
}: {
  residentId: string;
  hearing: HearingView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data: staff = [] } = useActiveUsers();
  const create = useChannelMutation('hearings.create', { invalidates: HEARING_VIEWS });
  const update = useChannelMutation('hearings.update', { invalidates: HEARING_VIEWS });
  const { busy, error } = hearing ? update : create;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      date: hearing?.date ?? null,
      time: hearing?.time ?? '',
      kind: hearing?.kind ?? null,
      institution: hearing?.institution ?? '',
      accompaniedBy: hearing?.accompaniedBy ?? null,
      outcome: hearing?.outcome ?? '',
    },
    validate: schemaValidate(hearingFieldsSchema),
  });

  const submit = form.onSubmit(async (v) => {
    const fields = {
      date: v.date!,
      time: v.time,
      kind: v.kind!,
      institution: v.institution,
      accompaniedBy: v.accompaniedBy,
      outcome: v.outcome,
    };
    const handled = (e: AppErrorShape) => showFieldErrors(form, onForm(e));
    const r = hearing
      ? await update.run({ id: hearing.id, fields }, handled)
      : await create.run({ residentId, fields }, handled);
    if (r.ok) onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <DateField
            label={t('hearings.fields.date')}
            withAsterisk
            data-autofocus
            {...fieldProps(form, t, 'date')}
            value={form.values.date}
            onChange={(d) => form.setFieldValue('date', d)}
          />
          <TextInput
            label={t('hearings.fields.time')}
            placeholder="09:30"
            withAsterisk
            {...fieldProps(form, t, 'time')}
          />
          <Select
            label={t('hearings.fields.kind')}
            withAsterisk
            allowDeselect={false}
            data={HEARING_KINDS.map((k) => ({ value: k, label: t(`hearings.kinds.${k}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...fieldProps(form, t, 'kind')}
          />
        </Group>
        <TextInput
          label={t('hearings.fields.institution')}
          description={t('hearings.fields.institutionHint')}
          withAsterisk
          {...fieldProps(form, t, 'institution')}
        />
        <Select
          label={t('hearings.fields.accompaniedBy')}
          clearable
          data={staff.map((s) => ({ value: s.id, label: s.fullName }))}
          comboboxProps={{ withinPortal: true }}
          {...fieldProps(form, t, 'accompaniedBy')}
        />
        <Textarea
          label={t('hearings.fields.outcome')}
          autosize
          minRows={2}
          maxRows={8}
          {...fieldProps(form, t, 'outcome')}
        />
        <ErrorAlert error={error} />
        <DialogActions
          onCancel={onClose}
          confirmLabel={hearing ? t('hearings.save') : t('hearings.create')}
          busy={busy}
        />
      </Stack>
    </form>
  );
}
