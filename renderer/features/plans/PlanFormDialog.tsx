import { Modal, Stack } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape, Result } from '../../../shared/errors.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { showFieldErrors } from '../../components/form.ts';
import type { DraftState } from '../drafts/useDraft.ts';
import { DraftNote } from '../drafts/DraftNote.tsx';
import { PlanError } from './PlanError.tsx';
import { usePlanDraft } from './usePlanDraft.ts';

/** A goal, action or review dialog: the form is mounted only while open, so it starts afresh each time. */
export function PlanFormDialog({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && children}
    </Modal>
  );
}

interface PlanFormOptions<V> {
  /** The draft's key: one per record edited, or per parent for a new one. */
  draftKey: string;
  initial: V;
  validate: (values: V) => Record<string, string>;
  /** Sends the values to the core; `onForm` puts its field errors on the form. */
  save: (values: V, onForm: (error: AppErrorShape) => boolean) => Promise<Result<unknown>>;
  onClose: () => void;
}

export interface PlanFormState<V> {
  form: UseFormReturnType<V>;
  draft: DraftState;
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  cancel: () => void;
}

/** The form of a plan dialog with its draft: saving or cancelling throws the draft away and closes. */
export function usePlanForm<V extends Record<string, unknown>>({
  draftKey,
  initial,
  validate,
  save,
  onClose,
}: PlanFormOptions<V>): PlanFormState<V> {
  const form = useForm<V>({ mode: 'controlled', initialValues: initial, validate });
  const draft = usePlanDraft(draftKey, form, initial);
  const cancel = () => {
    void draft.discard();
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    const r = await save(v, (e) => showFieldErrors(form, e));
    if (!r.ok) return;
    await draft.discard();
    onClose();
  });
  return { form, draft, submit, cancel };
}

/** The frame around a plan form's fields: the restored-draft note, the refusal, Cancel and Add/Save. */
export function PlanForm<V>({
  state,
  editing,
  mutation,
  children,
}: {
  state: PlanFormState<V>;
  /** Editing a record on file (Save) rather than adding one (Add). */
  editing: boolean;
  /** The create or update call in use: its progress and its refusal. */
  mutation: { busy: boolean; error: AppErrorShape | null };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={state.submit} noValidate>
      <Stack>
        <DraftNote draft={state.draft} />
        {children}
        <PlanError error={mutation.error} />
        <DialogActions
          onCancel={state.cancel}
          confirmLabel={editing ? t('plans.form.save') : t('plans.form.add')}
          busy={mutation.busy}
        />
      </Stack>
    </form>
  );
}
