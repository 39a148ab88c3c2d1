import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from '../../../shared/backup.ts';
import { invoke } from '../../api.ts';

const POLL_MS = 250;

/** The stage of the running backup or restore, polled while `running` (the worker keeps the window free). */
export function useJobProgress(running: boolean): BackupProgress {
  const [progress, setProgress] = useState<BackupProgress>(null);
  useEffect(() => {
    if (!running) return;
    let live = true;
    const poll = async () => {
      const r = await invoke('backup.progress', {});
      if (live && r.ok && r.value) setProgress(r.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
      setProgress(null);
    };
  }, [running]);
  return progress;
}

export function JobProgress({ progress }: { progress: BackupProgress }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const percent = Math.round((progress.done / progress.total) * 100);
  return (
    <Stack gap={4} data-testid="backup-progress">
      <Progress value={percent} animated aria-label={t('backup.progressLabel')} />
      <Text size="sm" role="status">
        {t(`backup.stage.${progress.stage}`)} · {percent}%
      </Text>
    </Stack>
  );
}
