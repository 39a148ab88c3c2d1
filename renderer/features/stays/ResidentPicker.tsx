import { Select, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentSummary } from '../../../shared/residents.ts';
import { matchesSearch, searchKey } from '../../../shared/search.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { nameWithCode } from '../residents/names.ts';

/** Who can be given a bed now: expected (referred, not declined) or back again after an exit. */
export function canBeAdmitted(r: ResidentSummary): boolean {
  return (r.status === 'referred' && r.referralOutcome !== 'declined') || r.status === 'exited';
}

const admissible = (list: ResidentSummary[]) => list.filter(canBeAdmitted);

// Diacritics- and script-forgiving, like every other search in Haven.
const filter: OptionsFilter = ({ options, search }) => {
  if (!search.trim()) return options;
  const keep = (o: ComboboxItem) => matchesSearch(searchKey(o.label), search);
  return options.flatMap((o): ComboboxParsedItem[] => {
    if (!('group' in o)) return keep(o) ? [o] : [];
    const items = o.items.filter(keep);
    return items.length > 0 ? [{ ...o, items }] : [];
  });
};

/** A searchable choice among the residents who can be admitted. */
export function ResidentPicker({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { data: residents, error: loadError } = useChannelQuery('residents.list', {}, { select: admissible });
  const groups = residents
    ? (['referred', 'exited'] as const)
        .map((status) => ({
          group: t(`stays.residentPicker.${status}`),
          items: residents.filter((r) => r.status === status).map((r) => ({ value: r.id, label: nameWithCode(r) })),
        }))
        .filter((g) => g.items.length > 0)
    : [];
  return (
    <>
      <Select
        label={t('stays.fields.resident')}
        placeholder={residents ? t('stays.residentPicker.placeholder') : t('stays.picker.loading')}
        data={groups}
        value={value}
        onChange={onChange}
        error={error}
        searchable
        filter={filter}
        nothingFoundMessage={
          residents?.length === 0 ? t('stays.residentPicker.none') : t('stays.residentPicker.noMatch')
        }
        comboboxProps={{ withinPortal: true }}
        data-autofocus
        data-testid="resident-picker"
      />
      <ErrorAlert error={loadError} />
    </>
  );
}
