import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Which group (1-based) the user is asked to type back; chosen once per key shown. */
function pickGroup(count: number): number {
  const n = new Uint32Array(1);
  crypto.getRandomValues(n);
  return (n[0]! % count) + 1;
}

/**
 * Shows a recovery key once: print it or write it down, say so, then type one group back to
 * prove it was written down. `onConfirmed` runs only after the right group was typed.
 */
export function RecoveryKeySheet({
  recoveryKey,
  organisation,
  onConfirmed,
}: {
  recoveryKey: string;
  organisation: string;
  onConfirmed: () => void;
}) {
  const { t } = useTranslation();
  const groups = recoveryKey.split('-');
  const [stored, setStored] = useState(false);
  const [which] = useState(() => pickGroup(groups.length));
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);

  const confirm = (e: React.FormEvent) => {
    e.preventDefault();
    if (typed.trim().toUpperCase() === groups[which - 1]) onConfirmed();
    else setWrong(true);
  };

  return (
    <Stack>
      {!stored && (
        <div className="print-area">
          <Paper withBorder p="lg" radius="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('recovery.sheetTitle', { organisation })}
              </Title>
              <Code
                block
                fz="lg"
                ta="center"
                data-testid="recovery-key"
                style={{ letterSpacing: '0.06em', whiteSpace: 'pre-wrap' }}
              >
                {recoveryKey}
              </Code>
              <Text size="sm">{t('recovery.sheetUse')}</Text>
            </Stack>
          </Paper>
        </div>
      )}
      <Alert color="yellow" title={t('recovery.onceTitle')}>
        {t('recovery.onceText')}
      </Alert>
      {!stored ? (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => window.print()}>
            {t('recovery.print')}
          </Button>
          <Button onClick={() => setStored(true)}>{t('recovery.stored')}</Button>
        </Group>
      ) : (
        <form onSubmit={confirm} noValidate>
          <Stack>
            <TextInput
              label={t('recovery.typeGroup', { n: which, count: groups.length })}
              autoFocus
              autoComplete="off"
              spellCheck={false}
              maxLength={10}
              value={typed}
              onChange={(e) => {
                setTyped(e.currentTarget.value);
                setWrong(false);
              }}
              error={wrong ? t('recovery.groupWrong') : undefined}
              styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.1em' } }}
            />
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => setStored(false)}>
                {t('recovery.showAgain')}
              </Button>
              <Button type="submit">{t('recovery.confirm')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
