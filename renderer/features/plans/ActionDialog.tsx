import { Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/dates.ts';
import { actionFieldsSchema, actionRuleErrors, type PlanAction } from '../../../shared/plans.ts';
import { useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { useSessionStore } from '../session/store.ts';
import { DraftNote } from '../drafts/DraftNote.tsx';
import { dateProps } from './dateProps.ts';
import { PlanError } from './PlanError.tsx';
import { PLAN_VIEWS, useStaff } from './queries.ts';
import { usePlanDraft } from './usePlanDraft.ts';

interface Props {
  goalId: string;
  /** The action to edit; null for a new one. */
  action: PlanAction | null;
  opened: boolean;
  onClose: () => void;
}

export function ActionDialog({ goalId, action, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={action ? t('plans.editAction') : t('plans.form.newAction')}
      size="lg"
    >
      {opened && <ActionForm goalId={goalId} action={action} onClose={onClose} />}
    </Modal>
  );
}

interface Values extends Record<string, unknown> {
  what: string;
  responsibleUserId: string | null;
  dueDate: string | null;
  doneDate: string | null;
}

function ActionForm({ goalId, action, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.session?.user.id ?? null);
  const { data: staff = [] } = useStaff();
  const create = useChannelMutation('plans.createAction', { invalidates: PLAN_VIEWS });
  const update = useChannelMutation('plans.updateAction', { invalidates: PLAN_VIEWS });
  const { busy, error } = action ? update : create;
  const initial: Values = {
    what: action?.what ?? '',
    responsibleUserId: action?.responsibleUserId ?? me,
    dueDate: action?.dueDate ?? null,
    doneDate: action?.doneDate ?? null,
  };
  const today = localIsoDate(new Date());
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaValidate(actionFieldsSchema, (v) => actionRuleErrors(v, today)),
  });
  const draft = usePlanDraft(action ? `plans.action:${action.id}` : `plans.action:new:${goalId}`, form, initial);
  // Someone who has left stays on her old actions: keep her in the choice for this one.
  const people =
    action && !staff.some((s) => s.id === action.responsibleUserId)
      ? [...staff, { id: action.responsibleUserId, fullName: action.responsibleName }]
      : staff;

  const cancel = () => {
    void draft.discard();
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    const fields = actionFieldsSchema.parse(v);
    const onForm = (e: Parameters<typeof showFieldErrors>[1]) => showFieldErrors(form, e);
    const r = action
      ? await update.run({ id: action.id, fields }, onForm)
      : await create.run({ goalId, fields }, onForm);
    if (!r.ok) return;
    await draft.discard();
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <DraftNote draft={draft} />
        <Textarea
          label={t('plans.fields.what')}
          withAsterisk
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
          {...fieldProps(form, t, 'what')}
        />
        <Select
          label={t('plans.fields.responsible')}
          withAsterisk
          searchable
          allowDeselect={false}
          data={people.map((s) => ({ value: s.id, label: s.fullName }))}
          comboboxProps={{ withinPortal: true }}
          {...fieldProps(form, t, 'responsibleUserId')}
        />
        <Group grow align="flex-start">
          <DateField label={t('plans.fields.dueDate')} withAsterisk {...dateProps(form, t, 'dueDate')} />
          <DateField label={t('plans.fields.doneDate')} {...dateProps(form, t, 'doneDate')} />
        </Group>
        <PlanError error={error} />
        <DialogActions
          onCancel={cancel}
          confirmLabel={action ? t('plans.form.save') : t('plans.form.add')}
          busy={busy}
        />
      </Stack>
    </form>
  );
}
