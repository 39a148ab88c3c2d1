import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isoDateSchema } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import { bedLabelSchema, bedLabelTaken, type Room } from '../../../shared/rooms.ts';
import { PREMISES_VIEWS, useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { formatDate } from '../../i18n/index.ts';
import { todayIso } from '../stays/data.ts';
import { RoomsError } from './RoomsError.tsx';

interface DialogProps {
  room: Room;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

const bedSchema = z.object({ label: bedLabelSchema });
const retireSchema = z.object({ date: isoDateSchema });

/** A bed added to a room, named by its label (A, B, upper, window…). */
export function AddBedDialog({ room, opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rooms.addBed.title', { room: room.name })}>
      {opened && <AddBedForm room={room} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function AddBedForm({ room, onClose, onDone }: Omit<DialogProps, 'opened'>) {
  const { t } = useTranslation();
  const { run, busy, error } = useChannelMutation('beds.create', { invalidates: PREMISES_VIEWS });
  const labels = room.beds.map((b) => b.label);
  const form = useForm({
    mode: 'controlled',
    initialValues: { label: '' },
    validate: schemaValidate(bedSchema, (v: { label: string }): Record<string, string> =>
      bedLabelTaken(labels, v.label) ? { label: 'validation.labelTaken' } : {},
    ),
  });
  const submit = form.onSubmit(async ({ label }) => {
    const r = await run({ roomId: room.id, label: label.trim() }, (e) => showFieldErrors(form, e));
    if (r.ok) onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('rooms.fields.bedLabel')}
          description={t('rooms.fields.bedLabelHint')}
          data-autofocus
          withAsterisk
          {...fieldProps(form, t, 'label')}
        />
        <RoomsError error={error} conflictTitle={t('rooms.addBed.conflict')} />
        <DialogActions onCancel={onClose} confirmLabel={t('rooms.addBed.submit')} busy={busy} />
      </Stack>
    </form>
  );
}

/** Retiring a room from a date: its beds cannot be used from then on; the history stays. */
export function RetireRoomDialog({ room, opened, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rooms.retire.title', { room: room.name })}>
      {opened && <RetireForm room={room} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function RetireForm({ room, onClose, onDone }: Omit<DialogProps, 'opened'>) {
  const { t, i18n } = useTranslation();
  const { run, busy, error } = useChannelMutation('rooms.retire', { invalidates: PREMISES_VIEWS });
  const form = useForm({
    mode: 'controlled',
    initialValues: { date: todayIso() as string | null },
    validate: schemaValidate(retireSchema),
  });
  const { date } = form.values;
  const submit = form.onSubmit(async (v) => {
    const r = await run({ id: room.id, date: v.date! }, (e) => showFieldErrors(form, e, ['date']));
    if (r.ok) onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('rooms.retire.text', { count: room.beds.length })}</Text>
        <DateField
          label={t('rooms.retire.date')}
          description={t('rooms.retire.dateHint')}
          clearable={false}
          data-autofocus
          {...fieldProps(form, t, 'date')}
          value={date}
          onChange={(d) => form.setFieldValue('date', d)}
        />
        {date && (
          <Text size="sm" fw={600}>
            {t('rooms.retire.summary', { room: room.name, date: formatDate(date, i18n.language as Language) })}
          </Text>
        )}
        <RoomsError error={error} conflictTitle={t('rooms.retire.conflict')} />
        <DialogActions onCancel={onClose} confirmLabel={t('rooms.retire.confirm')} color="red" busy={busy} />
      </Stack>
    </form>
  );
}
