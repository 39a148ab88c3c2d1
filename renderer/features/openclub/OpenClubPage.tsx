import { Alert, Badge, Button, Group, Loader, Stack, Switch, Table, Text, Title, Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Language } from '../../../shared/domain.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { ActivityDialog } from './ActivityDialog.tsx';

/** Open Club: the activities, newest session first; one opens with its sessions. */
export function OpenClubPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useNavigate();
  const { data, error } = useChannelQuery('openclub.activities', {});
  const [adding, setAdding] = useState(false);
  const [showArchived, setShowArchived] = useState(false);
  const archived = data?.filter((a) => a.archived).length ?? 0;
  const shown = data?.filter((a) => showArchived || !a.archived) ?? [];

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h2">
            {t('openclub.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('openclub.intro')}
          </Text>
        </Stack>
        <Button onClick={() => setAdding(true)}>{t('openclub.activity.add')}</Button>
      </Group>
      <ErrorAlert error={error} />
      {!data && !error && <Loader aria-label={t('common.loading')} />}
      {data && data.length === 0 && (
        <Alert color="blue" title={t('openclub.emptyTitle')}>
          {t('openclub.emptyText')}
        </Alert>
      )}
      {archived > 0 && (
        <Switch
          label={t('openclub.showArchived', { count: archived })}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
      )}
      {shown.length > 0 && (
        <Table striped highlightOnHover withTableBorder data-testid="activities">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('openclub.activity.name')}</Table.Th>
              <Table.Th>{t('openclub.activity.kind')}</Table.Th>
              <Table.Th>{t('openclub.activity.sessions')}</Table.Th>
              <Table.Th>{t('openclub.activity.last')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/openclub/${a.id}`} fw={600}>
                    {a.name}
                  </Anchor>
                  {a.archived && (
                    <Badge ml="xs" size="sm" color="gray" variant="light">
                      {t('openclub.archived')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`openclub.kinds.${a.kind}`)}</Table.Td>
                <Table.Td>{a.sessionCount}</Table.Td>
                <Table.Td>{a.lastSessionDate ? formatDate(a.lastSessionDate, language) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ActivityDialog
        activity={null}
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={(id) => void navigate(`/openclub/${id}`)}
      />
    </Stack>
  );
}
