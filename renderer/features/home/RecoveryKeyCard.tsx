import { Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { useAction } from '../../components/useAction.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RecoveryKeySheet } from '../../components/RecoveryKeySheet.tsx';
import { useSessionStore } from '../session/store.ts';

/** Administrators can replace a lost recovery key; the old one stops working. */
export function RecoveryKeyCard() {
  const { t } = useTranslation();
  const organisation = useSessionStore((s) => s.session?.organisation ?? '');
  const [asking, setAsking] = useState(false);
  const { run, busy, error } = useAction();
  const [key, setKey] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const replace = async () => {
    const r = await run(() => invoke('vault.newRecoveryKey', {}));
    if (!r.ok) return;
    setAsking(false);
    setKey(r.value.recoveryKey);
  };

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{t('recovery.cardTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('recovery.cardText')}
        </Text>
        {done && (
          <Text size="sm" c="teal.8">
            {t('recovery.replaced')}
          </Text>
        )}
        <Group>
          <Button variant="light" onClick={() => setAsking(true)}>
            {t('recovery.newKey')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('recovery.newKeyConfirmTitle')}>
        <Stack>
          <Text size="sm">{t('recovery.newKeyConfirmText')}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void replace()}>
              {t('recovery.newKeyConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {/* Closing without typing a group back is allowed only through the sheet: the key is shown once. */}
      <Modal
        opened={key !== null}
        onClose={() => undefined}
        withCloseButton={false}
        closeOnEscape={false}
        closeOnClickOutside={false}
        size="lg"
        title={t('recovery.sheetHeading')}
      >
        {key && (
          <RecoveryKeySheet
            recoveryKey={key}
            organisation={organisation}
            onConfirmed={() => {
              setKey(null);
              setDone(true);
            }}
          />
        )}
      </Modal>
    </Card>
  );
}
