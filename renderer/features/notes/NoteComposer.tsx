import { Button, Checkbox, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { localIsoDate } from '../../../shared/dates.ts';
import { NOTE_CATEGORIES, noteBodySchema, type NoteCategory } from '../../../shared/notes.ts';
import { useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { DraftNote } from '../drafts/DraftNote.tsx';
import { useDraft } from '../drafts/useDraft.ts';
import { NOTE_VIEWS } from './views.ts';

interface ComposerValues {
  category: NoteCategory | null;
  body: string;
  sensitive: boolean;
  date: string | null;
  [key: string]: unknown;
}

const composerSchema = z.object({ category: z.enum(NOTE_CATEGORIES), body: noteBodySchema, date: z.string() });

/**
 * Writing a new note. Every keystroke is kept as a draft for this user (restored after a lock, a
 * crash or a reload); saving discards it. The parent remounts it after a save, for the next note.
 */
export function NoteComposer({ residentId, onSaved }: { residentId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const create = useChannelMutation('notes.create', { invalidates: NOTE_VIEWS });
  const initialValues: ComposerValues = { category: null, body: '', sensitive: false, date: localIsoDate(new Date()) };
  const form = useForm<ComposerValues>({ mode: 'controlled', initialValues, validate: schemaValidate(composerSchema) });
  const draft = useDraft<ComposerValues>(`notes.new:${residentId}`, {
    values: form.getValues(),
    dirty: form.isDirty(),
    restore: (data) => form.setValues({ ...initialValues, ...data }),
    reset: () => form.setValues(initialValues),
  });

  const submit = form.onSubmit(async (v) => {
    const r = await create.run(
      { residentId, category: v.category!, body: v.body, sensitive: v.sensitive, date: v.date ?? undefined },
      (e) => showFieldErrors(form, e, ['body', 'category', 'date']),
    );
    if (!r.ok) return;
    await draft.discard();
    onSaved();
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('notes.composer.title')}>
      <Stack gap="xs">
        <DraftNote draft={draft} />
        <Textarea
          label={t('notes.composer.body')}
          placeholder={t('notes.composer.placeholder')}
          autosize
          minRows={3}
          maxRows={14}
          withAsterisk
          {...fieldProps(form, t, 'body')}
        />
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('notes.composer.category')}
            withAsterisk
            allowDeselect={false}
            w={200}
            data={NOTE_CATEGORIES.map((c) => ({ value: c, label: t(`notes.categories.${c}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...fieldProps(form, t, 'category')}
          />
          <DateField
            label={t('notes.composer.date')}
            w={160}
            clearable={false}
            {...fieldProps(form, t, 'date')}
            value={form.values.date}
            onChange={(d) => form.setFieldValue('date', d)}
          />
          <Checkbox
            label={t('notes.composer.sensitive')}
            description={t('notes.composer.sensitiveHint')}
            mb={4}
            {...form.getInputProps('sensitive', { type: 'checkbox' })}
          />
          <Button type="submit" loading={create.busy} ml="auto">
            {t('notes.composer.save')}
          </Button>
        </Group>
        <ErrorAlert error={create.error} />
      </Stack>
    </form>
  );
}
