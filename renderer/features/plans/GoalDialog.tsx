import { Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
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
import { DialogActions } from '../../components/DialogActions.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { DraftNote } from '../drafts/DraftNote.tsx';
import { dateProps } from './dateProps.ts';
import { PlanError } from './PlanError.tsx';
import { PLAN_VIEWS } from './queries.ts';
import { usePlanDraft } from './usePlanDraft.ts';

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
    <Modal opened={opened} onClose={onClose} title={goal ? t('plans.editGoal') : t('plans.form.newGoal')} size="lg">
      {opened && <GoalForm planId={planId} goal={goal} onClose={onClose} />}
    </Modal>
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
  const { busy, error } = goal ? update : create;
  const initial: Values = {
    domain: goal?.domain ?? null,
    description: goal?.description ?? '',
    targetDate: goal?.targetDate ?? null,
    status: goal?.status ?? 'open',
  };
  const today = localIsoDate(new Date());
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaValidate(goalFieldsSchema, (v) => goalRuleErrors(v, today, goal?.targetDate)),
  });
  const draft = usePlanDraft(goal ? `plans.goal:${goal.id}` : `plans.goal:new:${planId}`, form, initial);

  const cancel = () => {
    void draft.discard();
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    const fields = goalFieldsSchema.parse(v);
    const onForm = (e: Parameters<typeof showFieldErrors>[1]) => showFieldErrors(form, e);
    const r = goal ? await update.run({ id: goal.id, fields }, onForm) : await create.run({ planId, fields }, onForm);
    if (!r.ok) return;
    await draft.discard();
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <DraftNote draft={draft} />
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
        <PlanError error={error} />
        <DialogActions onCancel={cancel} confirmLabel={goal ? t('plans.form.save') : t('plans.form.add')} busy={busy} />
      </Stack>
    </form>
  );
}
