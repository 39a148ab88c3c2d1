import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cellText } from '../../../shared/donors.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PrintControls } from '../../print/PrintControls.tsx';
import { usePrint } from '../../print/usePrint.ts';
import { saveTextFile } from '../audit/download.ts';
import { donorCsv } from './donor-csv.ts';
import { donorTables, type DonorTable as Table } from './donor-labels.ts';
import { DonorPrint } from './DonorPrint.tsx';
import { DonorTable } from './DonorTable.tsx';
import type { Period } from './period.ts';

function tableCard(table: Table) {
  return (
    <Card key={table.key} withBorder padding={0}>
      <DonorTable table={table} className="report-table donor-table" />
      {table.note && (
        <Text size="xs" c="dimmed" p="xs">
          {table.note}
        </Text>
      )}
    </Card>
  );
}

/** Figures for donors and partners: counts only, small ones suppressed by the core. */
export function DonorScreen({ period, periodText }: { period: Period; periodText: string }) {
  const { t } = useTranslation();
  const { data, error, isFetching } = useChannelQuery('reports.donors', period);
  const shown = data && data.from === period.from && data.to === period.to ? data : null;
  const tables = shown ? donorTables(shown, t) : [];
  const printing = usePrint({ what: 'donorFigures', period: `${period.from}/${period.to}` });

  const exportCsv = () => {
    if (!shown) return;
    const csv = donorCsv(shown, tables, (k) => t(`reports.${k}`));
    saveTextFile(`\uFEFF${csv}`, `haven-donor-figures-${shown.from}_${shown.to}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <PrintControls state={printing} disabled={!shown} names={false} />
        <Button variant="default" disabled={!shown} onClick={exportCsv}>
          {t('reports.csvButton')}
        </Button>
        {isFetching && <Loader size="sm" aria-label={t('common.loading')} />}
      </Group>
      <Alert color="blue" title={t('reports.donors.suppressionTitle')} data-testid="donor-suppression-note">
        <Text size="sm">{t('reports.donors.suppressionNote')}</Text>
      </Alert>
      <ErrorAlert error={error} />
      {shown && (
        <>
          <Card withBorder padding="sm" data-testid="donor-people">
            <Text size="xs" c="dimmed">
              {t('reports.donors.people')}
            </Text>
            <Text fw={700} size="xl">
              {cellText(shown.people)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('reports.donors.populationNote')}
            </Text>
          </Card>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {tables.filter((table) => !table.columns).map(tableCard)}
          </SimpleGrid>
          {/* Tables of several counts (Open Club) get more room, two to a row. */}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {tables.filter((table) => table.columns).map(tableCard)}
          </SimpleGrid>
          <DonorPrint figures={shown} tables={tables} period={periodText} />
        </>
      )}
    </Stack>
  );
}
