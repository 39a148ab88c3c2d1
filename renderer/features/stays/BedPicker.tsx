import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { Room } from '../../../shared/rooms.ts';
import type { Board } from '../../../shared/stays.ts';
import { bedGroups, type PickContext } from './bedOptions.ts';

interface Props {
  board: Board | null;
  rooms: Room[] | null;
  context: PickContext;
  value: string | null;
  onChange: (bedId: string | null) => void;
  error?: string;
  loading: boolean;
  autoFocus?: boolean;
}

/** A bed, grouped by room; beds that cannot be taken on the board's date are shown disabled with why. */
export function BedPicker({ board, rooms, context, value, onChange, error, loading, autoFocus }: Props) {
  const { t, i18n } = useTranslation();
  const data = board ? bedGroups(board, rooms, context, t, i18n.language as Language) : [];
  const free = data.reduce((n, g) => n + g.items.filter((i) => !i.disabled).length, 0);
  return (
    <Select
      label={t('stays.fields.bed')}
      placeholder={loading ? t('stays.picker.loading') : t('stays.picker.placeholder')}
      description={board && !loading ? t('stays.picker.freeCount', { count: free }) : undefined}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      nothingFoundMessage={t('stays.picker.nothing')}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      autoFocus={autoFocus}
      data-testid="bed-picker"
    />
  );
}
