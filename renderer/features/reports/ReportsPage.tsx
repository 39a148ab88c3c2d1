import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { OccupancyReport } from '../../../shared/reports.ts';
import { roleAtLeast } from '../../../shared/roles.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { PrintControls } from '../../print/PrintControls.tsx';
import { usePrint } from '../../print/usePrint.ts';
import { saveTextFile } from '../audit/download.ts';
import { OpenClubFigures } from '../openclub/OpenClubFigures.tsx';
import { useSessionStore } from '../session/store.ts';
import { DailyChart } from './DailyChart.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { decimal, percent } from './format.ts';
import { DonorScreen } from './DonorScreen.tsx';
import { occupancyCsv, type Period } from './period.ts';
import { PeriodPicker, usePeriod } from './PeriodPicker.tsx';
import { ReportPrint } from './ReportPrint.tsx';
import './report.css';

/**
 * Reports for managers: occupancy of a period (figures, a daily chart, per room, who is there at
 * the end) and the figures for donors and partners.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const role = useSessionStore((s) => s.session?.user.role ?? 'staff');
  if (!roleAtLeast(role, 'manager')) {
    return (
      <Alert color="yellow" title={t('reports.managersOnlyTitle')}>
        {t('reports.managersOnlyText')}
      </Alert>
    );
  }
  return <ReportsTabs />;
}

/** One period picker above the reports; only the open tab is mounted, so only it prints. */
function ReportsTabs() {
  const { t } = useTranslation();
  const period = usePeriod();
  const [tab, setTab] = useState<string | null>('occupancy');
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('reports.nav')}
      </Title>
      <PeriodPicker state={period} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="occupancy">{t('reports.title')}</Tabs.Tab>
          <Tabs.Tab value="donors">{t('reports.donors.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="occupancy" pt="sm">
          <OccupancyScreen period={period.period} periodText={period.text} />
        </Tabs.Panel>
        <Tabs.Panel value="donors" pt="sm">
          <DonorScreen period={period.period} periodText={period.text} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function OccupancyScreen({ period, periodText }: { period: Period; periodText: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data: report, error, isFetching } = useChannelQuery('reports.occupancy', period);
  const shown = report && report.from === period.from && report.to === period.to ? report : null;
  const printing = usePrint({ what: 'occupancyReport', period: `${period.from}/${period.to}` });
  const name = (p: OccupancyReport['presentAtEnd'][number]) =>
    printing.codesOnly || p.protected ? p.code : p.displayName;

  const exportCsv = () => {
    if (!shown) return;
    const csv = occupancyCsv(shown, (k) => t(`reports.${k}`), name);
    saveTextFile(`\uFEFF${csv}`, `haven-occupancy-${shown.from}_${shown.to}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <PrintControls state={printing} disabled={!shown} />
        <Button variant="default" disabled={!shown} onClick={exportCsv}>
          {t('reports.csvButton')}
        </Button>
        {isFetching && <Loader size="sm" aria-label={t('common.loading')} />}
      </Group>
      <ErrorAlert error={error} />
      {shown && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" data-testid="report-totals">
            <Figure
              label={t('reports.figures.rate')}
              value={percent(shown.total.occupancyRate, language)}
              detail={t('reports.ofNights', {
                occupied: shown.total.bedNightsOccupied,
                available: shown.total.bedNightsAvailable,
              })}
            />
            <Figure
              label={t('reports.figures.admissions')}
              value={String(shown.total.admissions)}
              detail={t('reports.exitsCount', { count: shown.total.exits })}
            />
            <Figure
              label={t('reports.figures.average')}
              value={decimal(shown.total.averageLengthOfStay, language)}
              detail={t('reports.medianNights', { median: decimal(shown.total.medianLengthOfStay, language) })}
            />
            <Figure
              label={t('reports.people.total')}
              value={String(shown.peopleHoused.total)}
              detail={t('reports.people.split', {
                adults: shown.peopleHoused.adults,
                children: shown.peopleHoused.children,
              })}
            />
          </SimpleGrid>
          <Text size="sm">
            {t('reports.declinedNoBed')}: <b>{shown.declinedNoBed}</b> ·{' '}
            {shown.exitsByDestination
              .filter((x) => x.exits > 0)
              .map((x) => `${t(`reports.destinations.${x.destination}`)}: ${x.exits}`)
              .join(' · ') || t('reports.noExits')}
          </Text>
          <Card withBorder padding="sm">
            <Text fw={600} size="sm" mb={4}>
              {t('reports.chart.title')}
            </Text>
            <DailyChart daily={shown.daily} label={t('reports.chart.title')} />
          </Card>
          <Table.ScrollContainer minWidth={640}>
            <Card withBorder padding={0}>
              <FiguresTable report={shown} className="report-table" />
            </Card>
          </Table.ScrollContainer>
          <Title order={2} size="h4">
            {t('reports.present.title', { date: formatDate(shown.to, language) })}
          </Title>
          {shown.presentAtEnd.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('reports.present.none')}
            </Text>
          ) : (
            <Table striped withTableBorder data-testid="present-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.present.resident')}</Table.Th>
                  <Table.Th>{t('reports.present.room')}</Table.Th>
                  <Table.Th>{t('reports.present.bed')}</Table.Th>
                  <Table.Th>{t('reports.present.since')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.presentAtEnd.map((p) => (
                  <Table.Tr key={p.residentId}>
                    <Table.Td>{name(p)}</Table.Td>
                    <Table.Td>{p.roomName}</Table.Td>
                    <Table.Td>{p.bedLabel}</Table.Td>
                    <Table.Td>{formatDate(p.since, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <OpenClubFigures period={period} />
          <ReportPrint report={shown} codesOnly={printing.codesOnly} period={periodText} />
        </>
      )}
    </Stack>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </Card>
  );
}
