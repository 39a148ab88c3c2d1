import { Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS } from '../../../shared/residents.ts';
import { invoke } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { optionLabel } from '../residents/options.ts';

type Reason = (typeof DECLINE_REASONS)[number];

/** Declining needs a reason; the record stays and is counted among people turned away. */
export function DeclineDialog({
  referral,
  onClose,
  onDeclined,
}: {
  referral: { id: string; name: string } | null;
  onClose(): void;
  onDeclined(): void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Reason | null>(null);
  const [missing, setMissing] = useState(false);
  const { run, busy, error, reset } = useAction();

  const close = () => {
    setReason(null);
    setMissing(false);
    reset();
    onClose();
  };

  const decline = async () => {
    if (!referral) return;
    if (!reason) return setMissing(true);
    const r = await run(() => invoke('residents.declineReferral', { id: referral.id, reason }));
    if (!r.ok) return;
    setReason(null);
    onDeclined();
  };

  return (
    <Modal opened={referral !== null} onClose={close} title={t('referrals.declineTitle')} centered>
      <Stack>
        <Text size="sm">{t('referrals.declineText', { name: referral?.name ?? '' })}</Text>
        <Radio.Group
          label={t('referrals.reason')}
          withAsterisk
          value={reason}
          onChange={(v) => {
            setReason(v as Reason);
            setMissing(false);
          }}
          error={missing ? t('validation.required') : undefined}
        >
          <Stack gap="xs" mt="xs">
            {DECLINE_REASONS.map((r) => (
              <Radio key={r} value={r} label={optionLabel(t, 'declineReasons', r)} />
            ))}
          </Stack>
        </Radio.Group>
        <ErrorAlert error={error} />
        <DialogActions
          onCancel={close}
          cancelLabel={t('referrals.cancel')}
          confirmLabel={t('referrals.declineConfirm')}
          onConfirm={() => void decline()}
          color="red"
          busy={busy}
        />
      </Stack>
    </Modal>
  );
}
