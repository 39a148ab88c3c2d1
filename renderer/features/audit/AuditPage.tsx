import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/dates.ts';
import { roleAtLeast } from '../../../shared/roles.ts';
import type { VerifyResult } from '../../../shared/audit.ts';
import { useChannelMutation } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSessionStore } from '../session/store.ts';
import { AuditFiltersBar } from './AuditFiltersBar.tsx';
import { AuditTable } from './AuditTable.tsx';
import { saveTextFile } from './download.ts';
import { useAuditStore } from './store.ts';
import { VerifyResultAlert } from './VerifyResultAlert.tsx';

/** The audit log for administrators and managers (who read it but take no copy away). */
export function AuditPage() {
  const { t } = useTranslation();
  const role = useSessionStore((s) => s.session?.user.role ?? 'staff');
  if (!roleAtLeast(role, 'manager')) {
    return (
      <Alert color="gray" title={t('audit.title')} data-testid="audit-refused">
        {t('audit.staffRefused')}
      </Alert>
    );
  }
  return <AuditLog canExport={role === 'admin'} />;
}

function AuditLog({ canExport }: { canExport: boolean }) {
  const { t } = useTranslation();
  const filters = useAuditStore((s) => s.filters);
  const verify = useChannelMutation('audit.verify', { invalidates: ['audit.list', 'audit.filterOptions'] });
  const exportCsv = useChannelMutation('audit.exportCsv', { invalidates: ['audit.list', 'audit.filterOptions'] });
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [exported, setExported] = useState<{ rows: number; truncated: boolean } | null>(null);
  const periodWrong = filters.from !== undefined && filters.to !== undefined && filters.from > filters.to;

  const runVerify = async () => {
    setResult(null);
    const r = await verify.run({});
    if (r.ok) setResult(r.value);
  };
  const runExport = async () => {
    setExported(null);
    const r = await exportCsv.run({ filters });
    if (!r.ok) return;
    saveTextFile(r.value.csv, `haven-audit-${localIsoDate(new Date())}.csv`, 'text/csv;charset=utf-8');
    setExported({ rows: r.value.rows, truncated: r.value.truncated });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {t('audit.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('audit.intro')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" onClick={() => void runVerify()} loading={verify.busy}>
            {t('audit.verify.button')}
          </Button>
          {canExport && (
            <Button variant="default" onClick={() => void runExport()} loading={exportCsv.busy} disabled={periodWrong}>
              {t('audit.export.button')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={verify.error ?? exportCsv.error} />
      {result && <VerifyResultAlert result={result} />}
      {exported && (
        <Alert
          color={exported.truncated ? 'yellow' : 'teal'}
          withCloseButton
          onClose={() => setExported(null)}
          data-testid="export-result"
        >
          {exported.truncated
            ? t('audit.export.truncated', { count: exported.rows })
            : t('audit.export.done', { count: exported.rows })}
        </Alert>
      )}
      <AuditFiltersBar />
      {periodWrong ? null : <AuditTable filters={filters} />}
    </Stack>
  );
}
