import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { OccupancyReport } from '../../../shared/reports.ts';
import { roleAtLeast } from '../../../shared/roles.ts';
import { useChannelQuery } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { PrintControls } from '../../print/PrintControls.tsx';
import { usePrint } from '../../print/usePrint.ts';
import { saveTextFile } from '../audit/download.ts';
import { useSessionStore } from '../session/store.ts';
import { todayIso } from '../stays/data.ts';
import { DailyChart } from './DailyChart.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { decimal, percent } from './format.ts';
import { occupancyCsv, periodOf, type Period, type PeriodKind } from './period.ts';
import { ReportPrint } from './ReportPrint.tsx';
import './report.css';

/** Occupancy of a period for managers: figures, a daily chart, per room, who is there at the end. */
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
  return <OccupancyScreen />;
}

function OccupancyScreen() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [kind, setKind] = useState<PeriodKind>('month');
  const [anchor, setAnchor] = useState(todayIso());
  const [custom, setCustom] = useState<Period>(() => periodOf('month', todayIso()));
  const period = kind === 'custom' ? custom : periodOf(kind, anchor);
  const { data: report, error, isFetching } = useChannelQuery('reports.occupancy', period);
  const shown = report && report.from === period.from && report.to === period.to ? report : null;
  const printing = usePrint({ what: 'occupancyReport', period: `${period.from}/${period.to}` });
  const periodText = t('reports.period', {
    from: formatDate(period.from, language),
    to: formatDate(period.to, language),
  });
  const name = (p: OccupancyReport['presentAtEnd'][number]) =>
    printing.codesOnly || p.protected ? p.code : p.displayName;

  const exportCsv = () => {
    if (!shown) return;
    const csv = occupancyCsv(shown, (k) => t(`reports.${k}`), name);
    saveTextFile(`\uFEFF${csv}`, `haven-occupancy-${shown.from}_${shown.to}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('reports.title')}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t('reports.kind')}
          value={kind}
          onChange={(v) => setKind(v as PeriodKind)}
          data={(['month', 'quarter', 'year', 'custom'] as const).map((k) => ({
            value: k,
            label: t(`reports.kinds.${k}`),
          }))}
        />
        {kind === 'custom' ? (
          <>
            <DateField
              label={t('reports.from')}
              value={custom.from}
              onChange={(d) => d && setCustom({ ...custom, from: d })}
              clearable={false}
              w={150}
            />
            <DateField
              label={t('reports.to')}
              value={custom.to}
              onChange={(d) => d && setCustom({ ...custom, to: d })}
              clearable={false}
              w={150}
            />
          </>
        ) : (
          <DateField
            label={t('reports.containing')}
            value={anchor}
            onChange={(d) => d && setAnchor(d)}
            clearable={false}
            w={150}
          />
        )}
        <Text size="sm" c="dimmed" data-testid="report-period">
          {periodText}
        </Text>
        {isFetching && <Loader size="sm" aria-label={t('common.loading')} />}
      </Group>
      <Group gap="sm">
        <PrintControls state={printing} disabled={!shown} />
        <Button variant="default" disabled={!shown} onClick={exportCsv}>
          {t('reports.csvButton')}
        </Button>
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
