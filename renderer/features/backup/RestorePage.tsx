import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup.ts';
import { invoke } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../components/useAction.ts';
import { useSessionStore } from '../session/store.ts';
import { BackupFileFields, BackupInfoSummary } from './BackupFileFields.tsx';
import { JobProgress, useJobProgress } from './JobProgress.tsx';

/** Administrators restore a backup: see what it holds, confirm by the organisation's name, then sign in again. */
export function RestorePage() {
  const { t } = useTranslation();
  const organisation = useSessionStore((s) => s.session?.organisation ?? '');
  const checkStillSignedIn = useSessionStore((s) => s.checkStillSignedIn);
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [info, setInfo] = useState<BackupInfo | null>(null);
  const [confirm, setConfirm] = useState('');
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const inspect = useAction();
  const restore = useAction();
  const progress = useJobProgress(restore.busy || inspect.busy);

  const check = async () => {
    setInfo(null);
    const r = await inspect.run(() => invoke('backup.inspect', { file: file.trim(), passphrase }));
    if (r.ok) setInfo(r.value);
  };

  const start = async () => {
    setConfirmError(null);
    if (confirm.trim() !== organisation.trim()) {
      setConfirmError('validation.confirmOrganisation');
      return;
    }
    const r = await restore.run(
      () => invoke('backup.restore', { file: file.trim(), passphrase, confirm }),
      (e) => {
        if (e.code !== 'VALIDATION' || !e.fields?.confirm) return false;
        setConfirmError(e.fields.confirm);
        return true;
      },
    );
    if (r.ok) setRestored(true);
  };

  if (restored) {
    return (
      <Alert color="teal" title={t('backup.restore.title')} data-testid="restore-done" maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text>{t('backup.restore.done')}</Text>
          <Button onClick={() => void checkStillSignedIn()}>{t('backup.restore.signIn')}</Button>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack maw={820}>
      <Title order={1} size="h2">
        {t('backup.restore.title')}
      </Title>
      <Text c="dimmed">{t('backup.restore.intro')}</Text>
      <Card withBorder>
        <Stack gap="sm">
          <BackupFileFields
            file={file}
            passphrase={passphrase}
            onFile={(f) => {
              setFile(f);
              setInfo(null);
            }}
            onPassphrase={(p) => {
              setPassphrase(p);
              setInfo(null);
            }}
          />
          <ErrorAlert error={inspect.error} />
          <Group>
            <Button
              variant="light"
              onClick={() => void check()}
              loading={inspect.busy}
              disabled={!file.trim() || !passphrase}
            >
              {t('backup.restore.check')}
            </Button>
          </Group>
        </Stack>
      </Card>

      {info && (
        <Card withBorder data-testid="backup-info">
          <Stack gap="sm">
            <BackupInfoSummary info={info} />
            {!info.sameInstall && <Alert color="orange">{t('backup.restore.otherInstall')}</Alert>}
            <TextInput
              label={t('backup.restore.confirm', { name: organisation })}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={confirmError ? t(confirmError) : undefined}
              data-testid="restore-confirm"
            />
            <ErrorAlert error={restore.error} />
            <JobProgress progress={progress} />
            <Group>
              <Button color="red" onClick={() => void start()} loading={restore.busy}>
                {t('backup.restore.start')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
