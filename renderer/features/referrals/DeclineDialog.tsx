import { Modal, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS } from '../../../shared/residents.ts';
import { declineInputSchema } from '../../../shared/stays.ts';
import { RESIDENT_VIEWS, useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, schemaValidate } from '../../components/form.ts';
import { optionLabel } from '../residents/options.ts';

type Reason = (typeof DECLINE_REASONS)[number];

const reasonSchema = declineInputSchema.pick({ reason: true });

interface Referral {
  id: string;
  name: string;
}

/** Declining needs a reason; the record stays and is counted among people turned away. */
export function DeclineDialog({
  referral,
  onClose,
  onDeclined,
}: {
  referral: Referral | null;
  onClose(): void;
  onDeclined(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={referral !== null} onClose={onClose} title={t('referrals.declineTitle')} centered>
      {referral && <DeclineForm referral={referral} onClose={onClose} onDeclined={onDeclined} />}
    </Modal>
  );
}

function DeclineForm({ referral, onClose, onDeclined }: { referral: Referral; onClose(): void; onDeclined(): void }) {
  const { t } = useTranslation();
  const { run, busy, error } = useChannelMutation('residents.declineReferral', { invalidates: RESIDENT_VIEWS });
  const form = useForm<{ reason: Reason | null }>({
    mode: 'controlled',
    initialValues: { reason: null },
    validate: schemaValidate(reasonSchema),
  });
  const submit = form.onSubmit(async (v) => {
    const r = await run({ id: referral.id, reason: v.reason! });
    if (r.ok) onDeclined();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('referrals.declineText', { name: referral.name })}</Text>
        <Radio.Group label={t('referrals.reason')} withAsterisk {...fieldProps(form, t, 'reason')}>
          <Stack gap="xs" mt="xs">
            {DECLINE_REASONS.map((r, i) => (
              <Radio
                key={r}
                value={r}
                label={optionLabel(t, 'declineReasons', r)}
                data-autofocus={i === 0 || undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
        <ErrorAlert error={error} />
        <DialogActions
          onCancel={onClose}
          cancelLabel={t('referrals.cancel')}
          confirmLabel={t('referrals.declineConfirm')}
          color="red"
          busy={busy}
        />
      </Stack>
    </form>
  );
}
