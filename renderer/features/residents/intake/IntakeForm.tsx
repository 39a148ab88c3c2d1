import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localIsoDate } from '../../../../shared/dates.ts';
import type { AppErrorShape } from '../../../../shared/errors.ts';
import { RESIDENT_VIEWS, useChannelMutation } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { DraftNote } from '../../drafts/DraftNote.tsx';
import { useDraft } from '../../drafts/useDraft.ts';
import { showFieldErrors } from '../../../components/form.ts';
import { DocumentsSection, PersonSection } from './PersonSections.tsx';
import { ExploitationSection, IdentificationSection, ReferralSection } from './CaseSections.tsx';
import { ConsentSection, FamilySection, HealthSection, SafetySection } from './CareSections.tsx';
import { useUnsavedGuard } from './useUnsavedGuard.tsx';
import { FORM_ORDER, intakeErrors, parseFields, type IntakeValues } from './values.ts';

/** Brings the first field with an error (in screen order) into view and puts the cursor in it. */
function focusFirstError(errors: FormErrors, node: (path: string) => HTMLElement | null): void {
  const first = FORM_ORDER.find((f) => errors[f]) ?? Object.keys(errors)[0];
  const el = first ? node(first) : null;
  if (!el) return;
  const focusable = el.matches('input, textarea, button')
    ? el
    : el.querySelector<HTMLElement>('input, textarea, button');
  el.scrollIntoView({ block: 'center' });
  focusable?.focus({ preventScroll: true });
}

/** The core names schema errors after the call's input (`fields.givenName`); the form after the field. */
function fieldErrorsOf(error: AppErrorShape): AppErrorShape {
  if (!error.fields) return error;
  return {
    ...error,
    fields: Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v])),
  };
}

interface Props {
  /** null: a new referral; otherwise the resident being edited. */
  residentId: string | null;
  title: string;
  initialValues: IntakeValues;
}

/** Intake of a referral, and later edits of the same record: every field, grouped as on paper. */
export function IntakeForm({ residentId, title, initialValues }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useChannelMutation('residents.create', { invalidates: RESIDENT_VIEWS });
  const update = useChannelMutation('residents.update', { invalidates: RESIDENT_VIEWS });
  const error = residentId ? update.error : create.error;
  const [tried, setTried] = useState(false);
  const form = useForm<IntakeValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => intakeErrors(values, localIsoDate(new Date())),
  });
  const draft = useDraft<IntakeValues>(residentId ? `residents.edit:${residentId}` : 'residents.new', {
    values: form.getValues(),
    dirty: form.isDirty(),
    restore: (data) => form.setValues({ ...initialValues, ...data }),
    reset: () => form.setValues(initialValues),
  });
  const { leave, dialog } = useUnsavedGuard(form.isDirty(), () => void draft.discard());
  const back = residentId ? `/residents/${residentId}` : '/residents';

  const submit = form.onSubmit(
    async (values) => {
      const fields = parseFields(values);
      if (!fields) return;
      const onForm = (refused: AppErrorShape) => {
        const e = fieldErrorsOf(refused);
        if (e.code !== 'VALIDATION' || !showFieldErrors(form, e)) return false;
        setTried(true);
        requestAnimationFrame(() => focusFirstError(e.fields ?? {}, form.getInputNode));
        return true;
      };
      const r = residentId
        ? await update.run({ id: residentId, fields }, onForm)
        : await create.run({ fields }, onForm);
      if (!r.ok) return;
      form.resetDirty(values);
      await draft.discard();
      void navigate(`/residents/${residentId ?? r.value.id}`, { replace: residentId === null });
    },
    (errors) => {
      setTried(true);
      requestAnimationFrame(() => focusFirstError(errors, form.getInputNode));
    },
  );

  const errorCount = Object.keys(form.errors).length;
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={1080} gap="md" pb="xl">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={1} size="h2">
              {title}
            </Title>
            {!residentId && (
              <Text size="sm" c="dimmed">
                {t('residents.intake.codeNote')}
              </Text>
            )}
          </Stack>
        </Group>
        {tried && errorCount > 0 && (
          <Alert color="red" role="alert" title={t('residents.intake.errorsTitle')} data-testid="intake-errors">
            {t('residents.intake.errorsText', { count: errorCount })}
          </Alert>
        )}
        <DraftNote draft={draft} />
        <ErrorAlert error={error} />
        <PersonSection form={form} />
        <DocumentsSection form={form} />
        <IdentificationSection form={form} />
        <ReferralSection form={form} />
        <ExploitationSection form={form} />
        <FamilySection form={form} selfId={residentId} />
        <SafetySection form={form} />
        <ConsentSection form={form} />
        <HealthSection form={form} />
        <Group
          justify="flex-end"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Button variant="default" onClick={() => leave(back)}>
            {t('residents.intake.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {residentId ? t('residents.intake.saveChanges') : t('residents.intake.save')}
          </Button>
        </Group>
      </Stack>
      {dialog}
    </form>
  );
}
