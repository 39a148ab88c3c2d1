import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChannelQuery } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { useResidentRows } from '../residents/queries.ts';
import { nameWithCode } from '../residents/names.ts';
import { actionLabel } from './entries.ts';
import { useAuditStore } from './store.ts';

/** User, resident, action and period; the table below follows at once. */
export function AuditFiltersBar() {
  const { t } = useTranslation();
  const { filters, setFilters, reset } = useAuditStore();
  const { data: options } = useChannelQuery('audit.filterOptions', {});
  const { data: residents } = useResidentRows();
  const users = (options?.users ?? []).map((u) => ({
    value: u.id,
    label: u.active ? u.fullName : `${u.fullName} (${t('audit.inactive')})`,
  }));
  const actions = (options?.actions ?? []).map((a) => ({ value: a, label: actionLabel(t, a) }));
  const people = (residents ?? []).map((r) => ({
    value: r.id,
    label: nameWithCode({ displayName: r.shownName, code: r.code }),
  }));
  const periodWrong = filters.from !== undefined && filters.to !== undefined && filters.from > filters.to;

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('audit.filters.user')}
        placeholder={t('audit.filters.anyone')}
        data={users}
        value={filters.userId ?? null}
        onChange={(v) => setFilters({ userId: v ?? undefined })}
        searchable
        clearable
        w={190}
      />
      <Select
        label={t('audit.filters.resident')}
        placeholder={t('audit.filters.anyResident')}
        data={people}
        value={filters.residentId ?? null}
        onChange={(v) => setFilters({ residentId: v ?? undefined })}
        searchable
        clearable
        w={220}
      />
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.anyAction')}
        data={actions}
        value={filters.action ?? null}
        onChange={(v) => setFilters({ action: v ?? undefined })}
        searchable
        clearable
        w={230}
        data-testid="audit-action-filter"
      />
      <DateField
        label={t('audit.filters.from')}
        value={filters.from ?? null}
        onChange={(v) => setFilters({ from: v ?? undefined })}
        w={150}
      />
      <DateField
        label={t('audit.filters.to')}
        value={filters.to ?? null}
        onChange={(v) => setFilters({ to: v ?? undefined })}
        error={periodWrong ? t('validation.periodOrder') : undefined}
        w={150}
      />
      <Button variant="subtle" onClick={reset}>
        {t('audit.filters.clear')}
      </Button>
    </Group>
  );
}
