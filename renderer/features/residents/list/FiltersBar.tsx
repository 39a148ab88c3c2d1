import { Chip, Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdentificationStatus, RiskLevel } from '../../../../shared/residents.ts';
import { optionData, optionLabel } from '../options.ts';
import { LIST_GROUPS, type ListFilters, type ListGroup } from './rows.ts';

/** Status chips (in residence and waiting referrals by default), identification, risk, minors only. */
export function FiltersBar({ filters, onChange }: { filters: ListFilters; onChange(f: Partial<ListFilters>): void }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Chip.Group multiple value={filters.groups} onChange={(v) => onChange({ groups: v as ListGroup[] })}>
        <Group gap={6} role="group" aria-label={t('residents.filters.status')}>
          {LIST_GROUPS.map((g) => (
            <Chip key={g} value={g} size="sm" variant="outline">
              {g === 'declined' ? t('residents.filters.declined') : optionLabel(t, 'statuses', g)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select
        size="xs"
        w={210}
        label={t('residents.filters.identification')}
        placeholder={t('residents.filters.any')}
        clearable
        data={optionData(t, 'identificationStatuses')}
        value={filters.identification}
        onChange={(v) => onChange({ identification: v as IdentificationStatus | null })}
        comboboxProps={{ width: 300, position: 'bottom-start' }}
      />
      <Select
        size="xs"
        w={120}
        label={t('residents.filters.risk')}
        placeholder={t('residents.filters.any')}
        clearable
        data={optionData(t, 'riskLevels')}
        value={filters.risk}
        onChange={(v) => onChange({ risk: v as RiskLevel | null })}
      />
      <Switch
        label={t('residents.filters.minorsOnly')}
        checked={filters.minorsOnly}
        onChange={(e) => onChange({ minorsOnly: e.currentTarget.checked })}
        mb={4}
      />
    </Group>
  );
}
