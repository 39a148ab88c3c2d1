import { Button, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup.ts';
import type { Language } from '../../../shared/domain.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { canPickPath, pickPath } from './format.ts';

// The pieces of opening a backup that the Restore page and the set-up wizard's "Restore from a
// backup" share: choosing the file with its passphrase, and what the backup holds.

export function BackupFileFields({
  file,
  passphrase,
  onFile,
  onPassphrase,
}: {
  file: string;
  passphrase: string;
  onFile: (file: string) => void;
  onPassphrase: (passphrase: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('backup.restore.file')}
          description={t('backup.restore.fileHint')}
          value={file}
          onChange={(e) => onFile(e.currentTarget.value)}
          data-testid="restore-file"
        />
        {canPickPath() && (
          <Button variant="default" onClick={() => void pickPath('backup').then((p) => p && onFile(p))}>
            {t('backup.restore.chooseFile')}
          </Button>
        )}
      </Group>
      <PasswordInput
        label={t('backup.restore.passphrase')}
        value={passphrase}
        onChange={(e) => onPassphrase(e.currentTarget.value)}
      />
    </Stack>
  );
}

export function BackupInfoSummary({ info }: { info: BackupInfo }) {
  const { t, i18n } = useTranslation();
  const counts = info.counts;
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('backup.restore.holds')}</Text>
      <SimpleGrid cols={2} spacing="xs">
        <Text c="dimmed">{t('backup.restore.createdAt')}</Text>
        <Text>{formatDateTime(info.createdAt, i18n.language as Language)}</Text>
        <Text c="dimmed">{t('backup.restore.createdBy')}</Text>
        <Text>{info.createdBy}</Text>
        <Text c="dimmed">{t('backup.restore.organisation')}</Text>
        <Text>
          {info.organisation} · {info.premises}
        </Text>
        <Text c="dimmed">{t('backup.restore.schema')}</Text>
        <Text>{info.schemaVersion}</Text>
      </SimpleGrid>
      <Text>
        {t('backup.restore.counts', {
          residents: counts.residents ?? 0,
          stays: counts.stays ?? 0,
          users: counts.users ?? 0,
        })}
      </Text>
    </Stack>
  );
}
