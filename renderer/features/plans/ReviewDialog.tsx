import { Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/dates.ts';
import { reviewFieldsSchema, reviewRuleErrors, type PlanReview } from '../../../shared/plans.ts';
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
  /** The review to edit; null for a new one. */
  review: PlanReview | null;
  opened: boolean;
  onClose: () => void;
}

export function ReviewDialog({ planId, review, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={review ? t('plans.editReview') : t('plans.form.newReview')}
      size="lg"
    >
      {opened && <ReviewForm planId={planId} review={review} onClose={onClose} />}
    </Modal>
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
  const { busy, error } = review ? update : create;
  const today = localIsoDate(new Date());
  const initial: Values = {
    reviewDate: review?.reviewDate ?? today,
    summary: review?.summary ?? '',
    nextReviewDate: review?.nextReviewDate ?? null,
  };
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaValidate(reviewFieldsSchema, (v) => reviewRuleErrors(v, today)),
  });
  const draft = usePlanDraft(review ? `plans.review:${review.id}` : `plans.review:new:${planId}`, form, initial);

  const cancel = () => {
    void draft.discard();
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    const fields = reviewFieldsSchema.parse(v);
    const onForm = (e: Parameters<typeof showFieldErrors>[1]) => showFieldErrors(form, e);
    const r = review
      ? await update.run({ id: review.id, fields }, onForm)
      : await create.run({ planId, fields }, onForm);
    if (!r.ok) return;
    await draft.discard();
    onClose();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <DraftNote draft={draft} />
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
        <PlanError error={error} />
        <DialogActions
          onCancel={cancel}
          confirmLabel={review ? t('plans.form.save') : t('plans.form.add')}
          busy={busy}
        />
      </Stack>
    </form>
  );
}
