import { Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, type SessionSettings } from '../../../shared/session.ts';
import { invoke } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../components/useAction.ts';

/** Administrators choose after how many idle minutes Haven locks itself (1–60). */
export function IdleLockCard() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<SessionSettings | null>(null);
  const [minutes, setMinutes] = useState<number | string>('');
  const [saved, setSaved] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { run, busy, error } = useAction();

  useEffect(() => {
    let live = true;
    void invoke('settings.get', {}).then((r) => {
      if (!live || !r.ok) return;
      setSettings(r.value);
      setMinutes(r.value.idleLockMinutes);
    });
    return () => {
      live = false;
    };
  }, []);

  const save = async () => {
    setSaved(false);
    setFieldError(null);
    const r = await run(
      () => invoke('settings.setIdleLock', { minutes: typeof minutes === 'number' ? minutes : Number.NaN }),
      (e) => {
        const key = e.fields?.minutes;
        if (e.code === 'VALIDATION' && key) setFieldError(key);
        return e.code === 'VALIDATION' && !!key;
      },
    );
    if (!r.ok) return;
    setSettings(r.value);
    setMinutes(r.value.idleLockMinutes);
    setSaved(true);
  };

  return (
    <Card withBorder data-testid="idle-lock-card">
      <Stack gap="xs">
        <Text fw={600}>{t('settings.idleLock.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('settings.idleLock.text', { count: settings?.absoluteLimitHours ?? 12 })}
        </Text>
        <ErrorAlert error={error} />
        <Group align="flex-end">
          <NumberInput
            label={t('settings.idleLock.minutes')}
            min={MIN_IDLE_MINUTES}
            max={MAX_IDLE_MINUTES}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            w={200}
            value={minutes}
            onChange={(v) => {
              setMinutes(v);
              setSaved(false);
            }}
            error={fieldError ? t(fieldError) : undefined}
            disabled={!settings}
          />
          <Button variant="light" loading={busy} disabled={!settings} onClick={() => void save()}>
            {t('settings.idleLock.save')}
          </Button>
        </Group>
        {saved && settings && (
          <Text size="sm" c="teal.8" role="status">
            {t('settings.idleLock.saved', { count: settings.idleLockMinutes })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
