import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  PasswordInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/domain.ts';
import { invoke, useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PasswordStrength } from '../../components/PasswordStrength.tsx';
import { useAction } from '../../components/useAction.ts';
import { useSessionStore } from '../session/store.ts';
import { BackupSettingsCard } from './BackupSettingsCard.tsx';
import { canPickPath, formatBytes, pickPath } from './format.ts';
import { JobProgress, useJobProgress } from './JobProgress.tsx';

type Made = { file: string; removed: string[] };

/** Administrators back up to a removable drive or a folder; the file is checked on the drive itself. */
export function BackupPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const session = useSessionStore((s) => s.session)!;
  const drives = useChannelQuery('backup.drives', {});
  const status = useChannelQuery('backup.status', {});
  const [target, setTarget] = useState('');
  const [debouncedTarget] = useDebouncedValue(target.trim(), 300);
  const folder = useChannelQuery(
    'backup.folderInfo',
    { path: debouncedTarget },
    { enabled: debouncedTarget.length > 0 },
  );
  const [useKept, setUseKept] = useState<boolean | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [keep, setKeep] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [made, setMade] = useState<Made | null>(null);
  const { run, busy, error } = useAction();
  const progress = useJobProgress(busy);
  const kept = useKept ?? status.data?.hasKeptPassphrase ?? false;
  const owner = {
    username: session.user.username,
    fullName: session.user.fullName,
    related: [session.organisation, session.premises],
  };

  const start = async () => {
    setMade(null);
    const errors: Record<string, string> = {};
    if (!target.trim()) errors.targetDir = 'backup.chooseTarget';
    if (!kept && passphrase !== again) errors.again = 'validation.passphraseMismatch';
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    const input = kept
      ? { targetDir: target.trim(), useKeptPassphrase: true }
      : { targetDir: target.trim(), passphrase, keepPassphrase: keep };
    const r = await run(
      () => invoke('backup.create', input),
      (e) => {
        if (e.code !== 'VALIDATION' || !e.fields) return false;
        setFieldErrors(e.fields);
        return true;
      },
    );
    if (!r.ok) return;
    setMade({ file: r.value.file, removed: r.value.removed });
    setPassphrase('');
    setAgain('');
    void status.refetch();
  };

  return (
    <Stack maw={820}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('backup.title')}
        </Title>
        <Button component={Link} to="/backup/restore" variant="subtle">
          {t('backup.toRestore')}
        </Button>
      </Group>
      <Text c="dimmed">{t('backup.intro')}</Text>

      <Card withBorder>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600}>{t('backup.drives')}</Text>
            <Button variant="subtle" size="xs" onClick={() => void drives.refetch()} loading={drives.isFetching}>
              {t('backup.refresh')}
            </Button>
          </Group>
          {drives.data?.length === 0 && <Text size="sm">{t('backup.noDrives')}</Text>}
          <Radio.Group value={target} onChange={setTarget}>
            <Stack gap="xs">
              {drives.data?.map((d) => (
                <Radio
                  key={d.path}
                  value={d.path}
                  label={`${d.label} — ${d.path}`}
                  description={
                    d.freeBytes !== null ? t('backup.free', { free: formatBytes(d.freeBytes, language) }) : undefined
                  }
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('backup.folder')}
              description={t('backup.folderHint')}
              value={target}
              onChange={(e) => setTarget(e.currentTarget.value)}
              error={fieldErrors.targetDir ? t(fieldErrors.targetDir) : undefined}
              data-testid="backup-target"
            />
            {canPickPath() && (
              <Button variant="default" onClick={() => void pickPath('folder').then((p) => p && setTarget(p))}>
                {t('backup.chooseFolder')}
              </Button>
            )}
          </Group>
          {folder.data && debouncedTarget === target.trim() && !folder.data.exists && (
            <Text size="sm" c="orange.8">
              {t('backup.folderMissing')}
            </Text>
          )}
          {folder.data?.exists && folder.data.freeBytes !== null && (
            <Text size="sm" c="dimmed">
              {t('backup.free', { free: formatBytes(folder.data.freeBytes, language) })}
            </Text>
          )}
          {folder.data?.systemDisk && (
            <Alert color="orange" data-testid="system-disk-warning">
              {t('backup.systemDisk')}
            </Alert>
          )}
        </Stack>
      </Card>

      <Card withBorder>
        <Stack gap="sm">
          <Text fw={600}>{t('backup.passphrase')}</Text>
          <Text size="sm" c="dimmed">
            {t('backup.passphraseHint')}
          </Text>
          {status.data?.hasKeptPassphrase && (
            <Radio.Group value={kept ? 'kept' : 'new'} onChange={(v) => setUseKept(v === 'kept')}>
              <Group>
                <Radio value="kept" label={t('backup.useKept')} />
                <Radio value="new" label={t('backup.typeNew')} />
              </Group>
            </Radio.Group>
          )}
          {!kept && (
            <>
              <PasswordInput
                label={t('backup.newPassphrase')}
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                error={fieldErrors.passphrase ? t(fieldErrors.passphrase) : undefined}
              />
              <PasswordStrength password={passphrase} owner={owner} />
              <PasswordInput
                label={t('backup.confirmPassphrase')}
                autoComplete="new-password"
                value={again}
                onChange={(e) => setAgain(e.currentTarget.value)}
                error={fieldErrors.again ? t(fieldErrors.again) : undefined}
              />
              <Checkbox label={t('backup.keep')} checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} />
            </>
          )}
        </Stack>
      </Card>

      <ErrorAlert error={error} />
      <JobProgress progress={progress} />
      {made && (
        <Alert color="teal" title={t('backup.done')} data-testid="backup-done">
          <Stack gap={4}>
            <Text size="sm">{t('backup.doneText', { file: made.file })}</Text>
            {made.removed.length > 0 && (
              <Text size="sm">{t('backup.removed', { count: made.removed.length, keep: status.data?.keep ?? 0 })}</Text>
            )}
            <Text fw={700}>{t('backup.removeDrive')}</Text>
          </Stack>
        </Alert>
      )}
      <Group>
        <Button onClick={() => void start()} loading={busy}>
          {t('backup.start')}
        </Button>
      </Group>
      <BackupSettingsCard />
    </Stack>
  );
}
