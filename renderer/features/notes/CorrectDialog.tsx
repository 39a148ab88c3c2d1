import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { noteBodySchema, type NoteView } from '../../../shared/notes.ts';
import { useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { NOTE_VIEWS } from './views.ts';

/** Appends a correction to a note, starting from its current text; the original is kept. */
export function CorrectDialog({ note, onClose }: { note: NoteView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={note !== null} onClose={onClose} title={t('notes.correctTitle')} size="lg">
      {note && <CorrectForm note={note} onClose={onClose} />}
    </Modal>
  );
}

function CorrectForm({ note, onClose }: { note: NoteView; onClose: () => void }) {
  const { t } = useTranslation();
  const correct = useChannelMutation('notes.correct', { invalidates: NOTE_VIEWS });
  const form = useForm({
    mode: 'controlled',
    initialValues: { body: note.body },
    validate: schemaValidate(z.object({ body: noteBodySchema })),
  });
  const submit = form.onSubmit(async ({ body }) => {
    const r = await correct.run({ id: note.id, body }, (e) => showFieldErrors(form, e, ['body']));
    if (r.ok) onClose();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('notes.correctHint')}
        </Text>
        <Textarea
          label={t('notes.correctedText')}
          autosize
          minRows={4}
          maxRows={16}
          withAsterisk
          data-autofocus
          {...fieldProps(form, t, 'body')}
        />
        <ErrorAlert error={correct.error} />
        <DialogActions onCancel={onClose} confirmLabel={t('notes.saveCorrection')} busy={correct.busy} />
      </Stack>
    </form>
  );
}
