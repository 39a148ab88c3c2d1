import { Alert, Button, EmptyState, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useDeferredValue, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useResidentRows } from '../queries.ts';
import { useResidentsStore } from '../store.ts';
import { FiltersBar } from './FiltersBar.tsx';
import { ResidentsTable } from './ResidentsTable.tsx';
import { filterRows, filtersAreDefault, sortRows, type ResidentRow } from './rows.ts';

/** Everyone on record: search as you type, filter, sort, open with the keyboard. */
export function ResidentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: rows, error } = useResidentRows();
  const { query, filters, sort, selectedId, setQuery, setFilters, resetFilters, setSort, select } = useResidentsStore();
  const searchRef = useRef<HTMLInputElement>(null);

  useHotkeys([['/', () => searchRef.current?.focus()]]);
  // Ctrl+F searches the list, also while typing in a field (instead of the browser's find bar).
  useHotkeys([['mod+F', () => searchRef.current?.select()]], []);

  const sorted = useMemo(() => sortRows(rows ?? [], sort), [rows, sort]);
  // Typing stays immediate; filtering 5,000 rows follows a moment later if the machine is slow.
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => filterRows(sorted, deferredQuery, filters), [sorted, deferredQuery, filters]);
  const selectedIndex = visible.findIndex((r) => r.id === selectedId);

  const open = (r: ResidentRow) => {
    select(r.id);
    void navigate(`/residents/${r.id}`);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      // What was typed counts, not the list on screen: it may still be catching up with the input
      // (typing fast, or a pasted code, at 5,000 residents).
      const typed = searchRef.current?.value ?? query;
      const matches = typed === deferredQuery ? visible : filterRows(sorted, typed, filters);
      const chosen = matches.find((r) => r.id === selectedId) ?? matches[0];
      if (chosen) open(chosen);
      return;
    }
    if (visible.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = selectedIndex < 0 ? 0 : Math.min(visible.length - 1, Math.max(0, selectedIndex + step));
      select(visible[next]!.id);
    }
  };

  const total = rows?.length ?? 0;
  return (
    <Stack h="calc(100dvh - 96px)" gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('residents.list.title')}
          </Title>
          {rows && (
            <Text c="dimmed" data-testid="residents-count">
              {t('residents.list.count', { shown: visible.length, total })}
            </Text>
          )}
        </Group>
        <Button onClick={() => void navigate('/residents/new')}>{t('residents.list.newReferral')}</Button>
      </Group>

      <TextInput
        ref={searchRef}
        aria-label={t('residents.list.search')}
        placeholder={t('residents.list.searchPlaceholder')}
        description={t('residents.list.searchHint')}
        inputWrapperOrder={['input', 'description']}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoFocus
        spellCheck={false}
        autoComplete="off"
        data-testid="residents-search"
      />
      <FiltersBar filters={filters} onChange={setFilters} />

      {error && !rows && <ErrorAlert error={error} />}
      {!rows && !error && <Loader aria-label={t('residents.list.title')} />}
      {rows && total === 0 && (
        <EmptyState
          title={t('residents.list.emptyTitle')}
          description={t('residents.list.emptyText')}
          mt="xl"
          data-testid="residents-empty"
        >
          <EmptyState.Actions>
            <Button onClick={() => void navigate('/residents/new')}>{t('residents.list.newReferral')}</Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {rows && total > 0 && visible.length === 0 && (
        <Alert
          color="gray"
          title={
            query.trim()
              ? t('residents.list.noMatchTitle', { query: query.trim() })
              : t('residents.list.noFilterMatchTitle')
          }
        >
          <Stack gap="xs" align="flex-start">
            {query.trim() && <Text size="sm">{t('residents.list.noMatchText')}</Text>}
            {(!filtersAreDefault(filters) || query.trim()) && (
              <Button size="xs" variant="light" onClick={resetFilters}>
                {t('residents.list.clearFilters')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {visible.length > 0 && (
        <ResidentsTable
          rows={visible}
          selectedIndex={selectedIndex}
          sort={sort}
          onSort={setSort}
          onSelect={(i) => select(visible[i]!.id)}
          onOpen={open}
          onKeyDown={onKeyDown}
        />
      )}
    </Stack>
  );
}
