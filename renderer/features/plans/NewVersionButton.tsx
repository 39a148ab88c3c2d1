import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersion } from '../../../shared/plans.ts';
import { useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { PlanError } from './PlanError.tsx';
import { PLAN_VIEWS } from './queries.ts';

/** Starts the first plan at once; a next version only after saying what happens to the current one. */
export function NewVersionButton({
  residentId,
  current,
  onStarted,
}: {
  residentId: string;
  current: PlanVersion | null;
  onStarted: () => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const start = useChannelMutation('plans.newVersion', { invalidates: PLAN_VIEWS });
  const run = async () => {
    const r = await start.run({ residentId });
    if (!r.ok) return;
    setConfirming(false);
    onStarted();
  };
  if (!current) {
    return (
      <Stack gap={4}>
        <Button size="xs" onClick={() => void run()} loading={start.busy}>
          {t('plans.start')}
        </Button>
        <PlanError error={start.error} />
      </Stack>
    );
  }
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setConfirming(true)}>
        {t('plans.newVersion')}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => {
          start.reset();
          setConfirming(false);
        }}
        title={t('plans.newVersionTitle')}
      >
        <Stack>
          <Text size="sm">{t('plans.newVersionText', { version: current.version })}</Text>
          <PlanError error={start.error} />
          <DialogActions
            onCancel={() => setConfirming(false)}
            confirmLabel={t('plans.newVersionConfirm', { next: current.version + 1 })}
            onConfirm={() => void run()}
            busy={start.busy}
            autoFocus="cancel"
          />
        </Stack>
      </Modal>
    </>
  );
}
