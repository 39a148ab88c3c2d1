import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { ROOM_KINDS, roomFieldsSchema, type Room } from '../../../shared/rooms.ts';
import { invoke } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, showFieldErrors } from '../../components/form.ts';

type Kind = (typeof ROOM_KINDS)[number];

/** A new room, or the name, floor, kind and notes of an existing one. */
export function RoomFormDialog({ room, opened, onClose, onDone }: { room: Room | null; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={room ? t('rooms.form.editTitle', { name: room.name }) : t('rooms.form.newTitle')}>
      {opened && <RoomForm room={room} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function RoomForm({ room, onClose, onDone }: { room: Room | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: room?.name ?? '',
      floor: room?.floor ?? '',
      kind: (room?.kind ?? 'shared') as Kind,
      notes: room?.notes ?? '',
    },
    validate: schemaResolver(roomFieldsSchema, { sync: true }),
  });

  const submit = form.onSubmit(async (fields) => {
    setBusy(true);
    setError(null);
    const r = room ? await invoke('rooms.update', { id: room.id, fields }) : await invoke('rooms.create', { fields });
    setBusy(false);
    if (!r.ok) {
      if (!showFieldErrors(form, r.error)) setError(r.error);
      return;
    }
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('rooms.fields.name')} withAsterisk data-autofocus {...fieldProps(form, t, 'name')} />
        <Group grow align="flex-start">
          <TextInput label={t('rooms.fields.floor')} description={t('rooms.fields.floorHint')} {...fieldProps(form, t, 'floor')} />
          <Select
            label={t('rooms.fields.kind')}
            withAsterisk
            allowDeselect={false}
            data={ROOM_KINDS.map((k) => ({ value: k, label: t(`rooms.kinds.${k}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...fieldProps(form, t, 'kind')}
          />
        </Group>
        <Textarea label={t('rooms.fields.notes')} autosize minRows={2} maxRows={6} {...fieldProps(form, t, 'notes')} />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {room ? t('rooms.form.save') : t('rooms.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
