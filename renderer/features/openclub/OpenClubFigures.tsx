import { Card, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeriodInput } from '../../../shared/reports.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Open Club figures of a report's period: counts only, no names (managers and up). */
export function OpenClubFigures({ period }: { period: PeriodInput }) {
  const { t } = useTranslation();
  const { data, error } = useChannelQuery('openclub.counts', period);
  const shown = data && data.from === period.from && data.to === period.to ? data : null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="openclub-figures" data-testid="openclub-figures">
      <Title order={2} size="h4" id="openclub-figures">
        {t('openclub.figures.title')}
      </Title>
      <ErrorAlert error={error} />
      {!shown && !error && <Loader size="sm" aria-label={t('common.loading')} />}
      {shown && shown.total.sessions === 0 && (
        <Text size="sm" c="dimmed">
          {t('openclub.figures.none')}
        </Text>
      )}
      {shown && shown.total.sessions > 0 && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <Figure label={t('openclub.figures.sessions')} value={shown.total.sessions} />
            <Figure label={t('openclub.figures.attendances')} value={shown.total.attendances} />
            <Figure
              label={t('openclub.figures.participants')}
              value={shown.total.participants}
              detail={t('openclub.figures.split', {
                current: shown.current.participants,
                former: shown.former.participants,
              })}
            />
            <Figure
              label={t('openclub.figures.formerAttendances')}
              value={shown.former.attendances}
              detail={t('openclub.figures.currentAttendances', { count: shown.current.attendances })}
            />
          </SimpleGrid>
          <Table withTableBorder striped maw={640} data-testid="openclub-by-kind">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('openclub.activity.kind')}</Table.Th>
                <Table.Th ta="right">{t('openclub.figures.sessions')}</Table.Th>
                <Table.Th ta="right">{t('openclub.figures.attendances')}</Table.Th>
                <Table.Th ta="right">{t('openclub.figures.participants')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.byKind.map((k) => (
                <Table.Tr key={k.kind}>
                  <Table.Td>{t(`openclub.kinds.${k.kind}`)}</Table.Td>
                  <Table.Td ta="right">{k.sessions}</Table.Td>
                  <Table.Td ta="right">{k.attendances}</Table.Td>
                  <Table.Td ta="right">{k.participants}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('openclub.figures.note')}
          </Text>
        </>
      )}
    </Stack>
  );
}

function Figure({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Card>
  );
}
