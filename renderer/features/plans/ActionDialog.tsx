import { Group, Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/dates.ts';
import { actionFieldsSchema, actionRuleErrors, type PlanAction } from '../../../shared/plans.ts';
import { useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { fieldProps, schemaValidate } from '../../components/form.ts';
import { useSessionStore } from '../session/store.ts';
import { useActiveUsers } from '../users/queries.ts';
import { dateProps } from './dateProps.ts';
import { PlanForm, PlanFormDialog, usePlanForm } from './PlanFormDialog.tsx';
import { PLAN_VIEWS } from './queries.ts';

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
    <PlanFormDialog
      opened={opened}
      onClose={onClose}
      title={action ? t('plans.editAction') : t('plans.form.newAction')}
    >
      <ActionForm goalId={goalId} action={action} onClose={onClose} />
    </PlanFormDialog>
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
  const { data: staff = [] } = useActiveUsers();
  const create = useChannelMutation('plans.createAction', { invalidates: PLAN_VIEWS });
  const update = useChannelMutation('plans.updateAction', { invalidates: PLAN_VIEWS });
  const today = localIsoDate(new Date());
  const state = usePlanForm<Values>({
    draftKey: action ? `plans.action:${action.id}` : `plans.action:new:${goalId}`,
    initial: {
      what: action?.what ?? '',
      responsibleUserId: action?.responsibleUserId ?? me,
      dueDate: action?.dueDate ?? null,
      doneDate: action?.doneDate ?? null,
    },
    validate: schemaValidate(actionFieldsSchema, (v) => actionRuleErrors(v, today)),
    save: (v, onForm) => {
      const fields = actionFieldsSchema.parse(v);
      return action ? update.run({ id: action.id, fields }, onForm) : create.run({ goalId, fields }, onForm);
    },
    onClose,
  });
  const { form } = state;
  // Someone who has left stays on her old actions: keep her in the choice for this one.
  const people =
    action && !staff.some((s) => s.id === action.responsibleUserId)
      ? [...staff, { id: action.responsibleUserId, fullName: action.responsibleName }]
      : staff;

  return (
    <PlanForm state={state} editing={action !== null} mutation={action ? update : create}>
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
    </PlanForm>
  );
}
