import { Group, Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/dates.ts';
import {
  GOAL_DOMAINS,
  GOAL_STATUSES,
  goalFieldsSchema,
  goalRuleErrors,
  type GoalDomain,
  type GoalStatus,
  type PlanGoal,
} from '../../../shared/plans.ts';
import { useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { fieldProps, schemaValidate } from '../../components/form.ts';
import { dateProps } from './dateProps.ts';
import { PlanForm, PlanFormDialog, usePlanForm } from './PlanFormDialog.tsx';
import { PLAN_VIEWS } from './queries.ts';

interface Props {
  planId: string;
  /** The goal to edit; null for a new one. */
  goal: PlanGoal | null;
  opened: boolean;
  onClose: () => void;
}

export function GoalDialog({ planId, goal, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <PlanFormDialog opened={opened} onClose={onClose} title={goal ? t('plans.editGoal') : t('plans.form.newGoal')}>
      <GoalForm planId={planId} goal={goal} onClose={onClose} />
    </PlanFormDialog>
  );
}

interface Values extends Record<string, unknown> {
  domain: GoalDomain | null;
  description: string;
  targetDate: string | null;
  status: GoalStatus;
}

function GoalForm({ planId, goal, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const create = useChannelMutation('plans.createGoal', { invalidates: PLAN_VIEWS });
  const update = useChannelMutation('plans.updateGoal', { invalidates: PLAN_VIEWS });
  const today = localIsoDate(new Date());
  const state = usePlanForm<Values>({
    draftKey: goal ? `plans.goal:${goal.id}` : `plans.goal:new:${planId}`,
    initial: {
      domain: goal?.domain ?? null,
      description: goal?.description ?? '',
      targetDate: goal?.targetDate ?? null,
      status: goal?.status ?? 'open',
    },
    validate: schemaValidate(goalFieldsSchema, (v) => goalRuleErrors(v, today, goal?.targetDate)),
    save: (v, onForm) => {
      const fields = goalFieldsSchema.parse(v);
      return goal ? update.run({ id: goal.id, fields }, onForm) : create.run({ planId, fields }, onForm);
    },
    onClose,
  });
  const { form } = state;

  return (
    <PlanForm state={state} editing={goal !== null} mutation={goal ? update : create}>
      <Select
        label={t('plans.fields.domain')}
        withAsterisk
        data-autofocus
        data={GOAL_DOMAINS.map((d) => ({ value: d, label: t(`plans.domains.${d}`) }))}
        comboboxProps={{ withinPortal: true }}
        {...fieldProps(form, t, 'domain')}
      />
      <Textarea
        label={t('plans.fields.description')}
        withAsterisk
        autosize
        minRows={2}
        maxRows={8}
        {...fieldProps(form, t, 'description')}
      />
      <Group grow align="flex-start">
        <DateField label={t('plans.fields.targetDate')} withAsterisk {...dateProps(form, t, 'targetDate')} />
        <Select
          label={t('plans.fields.status')}
          withAsterisk
          allowDeselect={false}
          data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
          comboboxProps={{ withinPortal: true }}
          {...fieldProps(form, t, 'status')}
        />
      </Group>
    </PlanForm>
  );
}
