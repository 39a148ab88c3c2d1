import { Group, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/dates.ts';
import { reviewFieldsSchema, reviewRuleErrors, type PlanReview } from '../../../shared/plans.ts';
import { useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { fieldProps, schemaValidate } from '../../components/form.ts';
import { dateProps } from './dateProps.ts';
import { PlanForm, PlanFormDialog, usePlanForm } from './PlanFormDialog.tsx';
import { PLAN_VIEWS } from './queries.ts';

interface Props {
  planId: string;
  /** The review to edit; null for a new one. */
  review: PlanReview | null;
  opened: boolean;
  onClose: () => void;
}

export function ReviewDialog({ planId, review, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <PlanFormDialog
      opened={opened}
      onClose={onClose}
      title={review ? t('plans.editReview') : t('plans.form.newReview')}
    >
      <ReviewForm planId={planId} review={review} onClose={onClose} />
    </PlanFormDialog>
  );
}

interface Values extends Record<string, unknown> {
  reviewDate: string | null;
  summary: string;
  nextReviewDate: string | null;
}

function ReviewForm({ planId, review, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const create = useChannelMutation('plans.createReview', { invalidates: PLAN_VIEWS });
  const update = useChannelMutation('plans.updateReview', { invalidates: PLAN_VIEWS });
  const today = localIsoDate(new Date());
  const state = usePlanForm<Values>({
    draftKey: review ? `plans.review:${review.id}` : `plans.review:new:${planId}`,
    initial: {
      reviewDate: review?.reviewDate ?? today,
      summary: review?.summary ?? '',
      nextReviewDate: review?.nextReviewDate ?? null,
    },
    validate: schemaValidate(reviewFieldsSchema, (v) => reviewRuleErrors(v, today)),
    save: (v, onForm) => {
      const fields = reviewFieldsSchema.parse(v);
      return review ? update.run({ id: review.id, fields }, onForm) : create.run({ planId, fields }, onForm);
    },
    onClose,
  });
  const { form } = state;

  return (
    <PlanForm state={state} editing={review !== null} mutation={review ? update : create}>
      <DateField
        label={t('plans.fields.reviewDate')}
        withAsterisk
        data-autofocus
        {...dateProps(form, t, 'reviewDate')}
      />
      <Textarea
        label={t('plans.fields.summary')}
        withAsterisk
        autosize
        minRows={4}
        maxRows={12}
        {...fieldProps(form, t, 'summary')}
      />
      <Group grow>
        <DateField label={t('plans.fields.nextReviewDate')} {...dateProps(form, t, 'nextReviewDate')} />
      </Group>
    </PlanForm>
  );
}
