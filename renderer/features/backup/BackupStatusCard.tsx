import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/domain.ts';
import { useChannelQuery } from '../../api.ts';
import { formatDateTime } from '../../i18n/index.ts';

/** For administrators on the home screen: the last verified backup, and a warning when it is old or missing. */
export function BackupStatusCard() {
  const { t, i18n } = useTranslation();
  const { data } = useChannelQuery('backup.status', {});
  if (!data) return null;
  return (
    <Card withBorder data-testid="backup-status">
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>{t('backup.status.title')}</Text>
        {data.last ? (
          <Text size="sm">
            {t('backup.status.last', {
              when: formatDateTime(data.last.createdAt, i18n.language as Language),
              by: data.last.by,
              file: data.last.file,
            })}
          </Text>
        ) : (
          <Text size="sm">{t('backup.status.none')}</Text>
        )}
        {data.stale && (
          <Alert color="orange" role="alert" p="xs">
            {data.last ? t('backup.status.stale', { count: data.warnAfterDays }) : t('backup.status.noneWarning')}
          </Alert>
        )}
        <Button component={Link} to="/backup" variant="light" size="xs">
          {t('backup.status.open')}
        </Button>
      </Stack>
    </Card>
  );
}
