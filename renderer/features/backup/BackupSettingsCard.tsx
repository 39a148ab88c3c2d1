import { Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BACKUP_KEEP, MAX_BACKUP_WARN_DAYS, type BackupStatus } from '../../../shared/backup.ts';
import { useChannelMutation, useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

/** How many backups each drive keeps, and when the home screen warns. */
export function BackupSettingsCard() {
  const status = useChannelQuery('backup.status', {});
  return status.data ? <SettingsForm initial={status.data} /> : null;
}

function SettingsForm({ initial }: { initial: BackupStatus }) {
  const { t } = useTranslation();
  const save = useChannelMutation('backup.setSettings', { invalidates: ['backup.status'] });
  const [keep, setKeep] = useState<number | string>(initial.keep);
  const [days, setDays] = useState<number | string>(initial.warnAfterDays);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    setSaved(false);
    const r = await save.run({ keep: num(keep), warnAfterDays: num(days) }, (e) => {
      if (e.code !== 'VALIDATION' || !e.fields) return false;
      setErrors(e.fields);
      return true;
    });
    if (r.ok) {
      setErrors({});
      setSaved(true);
    }
  };

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{t('backup.settings.title')}</Text>
        <ErrorAlert error={save.error} />
        <Group align="flex-end">
          <NumberInput
            label={t('backup.settings.keep')}
            min={1}
            max={MAX_BACKUP_KEEP}
            allowDecimal={false}
            clampBehavior="none"
            w={260}
            value={keep}
            onChange={setKeep}
            error={errors.keep ? t(errors.keep) : undefined}
          />
          <NumberInput
            label={t('backup.settings.warnDays')}
            min={1}
            max={MAX_BACKUP_WARN_DAYS}
            allowDecimal={false}
            clampBehavior="none"
            w={320}
            value={days}
            onChange={setDays}
            error={errors.warnAfterDays ? t(errors.warnAfterDays) : undefined}
          />
          <Button variant="light" loading={save.busy} onClick={() => void submit()}>
            {t('backup.settings.save')}
          </Button>
        </Group>
        {saved && (
          <Text size="sm" c="teal.8" role="status">
            {t('backup.settings.saved')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
