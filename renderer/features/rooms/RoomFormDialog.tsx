import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROOM_KINDS, roomFieldsSchema, type Room } from '../../../shared/rooms.ts';
import { PREMISES_VIEWS, useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';

type Kind = (typeof ROOM_KINDS)[number];

/** A new room, or the name, floor, kind and notes of an existing one. */
export function RoomFormDialog({
  room,
  opened,
  onClose,
  onDone,
}: {
  room: Room | null;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={room ? t('rooms.form.editTitle', { name: room.name }) : t('rooms.form.newTitle')}
    >
      {opened && <RoomForm room={room} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function RoomForm({ room, onClose, onDone }: { room: Room | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useChannelMutation('rooms.create', { invalidates: PREMISES_VIEWS });
  const update = useChannelMutation('rooms.update', { invalidates: PREMISES_VIEWS });
  const { busy, error } = room ? update : create;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: room?.name ?? '',
      floor: room?.floor ?? '',
      kind: (room?.kind ?? 'shared') as Kind,
      notes: room?.notes ?? '',
    },
    validate: schemaValidate(roomFieldsSchema),
  });

  const submit = form.onSubmit(async (fields) => {
    const onForm = (e: Parameters<typeof showFieldErrors>[1]) => showFieldErrors(form, e);
    const r = room ? await update.run({ id: room.id, fields }, onForm) : await create.run({ fields }, onForm);
    if (r.ok) onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('rooms.fields.name')} withAsterisk data-autofocus {...fieldProps(form, t, 'name')} />
        <Group grow align="flex-start">
          <TextInput
            label={t('rooms.fields.floor')}
            description={t('rooms.fields.floorHint')}
            {...fieldProps(form, t, 'floor')}
          />
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
        <DialogActions
          onCancel={onClose}
          confirmLabel={room ? t('rooms.form.save') : t('rooms.form.create')}
          busy={busy}
        />
      </Stack>
    </form>
  );
}
