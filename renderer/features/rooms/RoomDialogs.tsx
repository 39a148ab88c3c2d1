import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { Room } from '../../../shared/rooms.ts';
import { invoke } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { fieldProps, showFieldErrors } from '../../components/form.ts';
import { useAction } from '../../components/useAction.ts';
import { formatDate } from '../../i18n/index.ts';
import { todayIso } from '../stays/data.ts';
import { RoomsError } from './RoomsError.tsx';

interface DialogProps {
  room: Room;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

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
  const { run, busy, error } = useAction();
  const taken = new Set(room.beds.map((b) => b.label.trim().toLowerCase()));
  const form = useForm({
    mode: 'controlled',
    initialValues: { label: '' },
    validate: {
      label: (v) =>
        !v.trim() ? 'validation.required' : v.trim().length > 80 ? 'validation.tooLong' : taken.has(v.trim().toLowerCase()) ? 'validation.labelTaken' : null,
    },
  });
  const submit = form.onSubmit(async ({ label }) => {
    const r = await run(() => invoke('beds.create', { roomId: room.id, label: label.trim() }), (e) => showFieldErrors(form, e));
    if (r.ok) onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('rooms.fields.bedLabel')} description={t('rooms.fields.bedLabelHint')} data-autofocus withAsterisk {...fieldProps(form, t, 'label')} />
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
  const [date, setDate] = useState<string | null>(todayIso());
  const [dateError, setDateError] = useState<string | null>(null);
  const { run, busy, error } = useAction();
  const retire = async () => {
    if (!date) return setDateError('validation.date');
    setDateError(null);
    const r = await run(
      () => invoke('rooms.retire', { id: room.id, date }),
      (e) => {
        if (e.fields?.date) setDateError(e.fields.date);
        return !!e.fields?.date;
      },
    );
    if (r.ok) onDone();
  };
  return (
    <Stack>
      <Text size="sm">{t('rooms.retire.text', { count: room.beds.length })}</Text>
      <DateField
        label={t('rooms.retire.date')}
        description={t('rooms.retire.dateHint')}
        value={date}
        onChange={setDate}
        clearable={false}
        error={dateError ? t(dateError) : undefined}
      />
      {date && (
        <Text size="sm" fw={600}>
          {t('rooms.retire.summary', { room: room.name, date: formatDate(date, i18n.language as Language) })}
        </Text>
      )}
      <RoomsError error={error} conflictTitle={t('rooms.retire.conflict')} />
      <DialogActions onCancel={onClose} confirmLabel={t('rooms.retire.confirm')} onConfirm={() => void retire()} color="red" busy={busy} />
    </Stack>
  );
}
