import { Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain.ts';
import { formatDate } from '../../../i18n/index.ts';
import { ResidentFlags } from '../ResidentFlags.tsx';
import { StatusBadge } from '../StatusBadge.tsx';
import type { ResidentRow, Sort, SortColumn } from './rows.ts';
import table from '../../../components/VirtualTable.module.css';
import classes from './ResidentsTable.module.css';

const ROW_HEIGHT = 44;

const COLUMNS: { key: string; sort?: SortColumn }[] = [
  { key: 'code', sort: 'code' },
  { key: 'name', sort: 'name' },
  { key: 'status', sort: 'status' },
  { key: 'flags' },
  { key: 'bed' },
  { key: 'referralDate', sort: 'referralDate' },
];

interface Props {
  rows: ResidentRow[];
  selectedIndex: number;
  sort: Sort;
  onSort(sort: Sort): void;
  onSelect(index: number): void;
  onOpen(row: ResidentRow): void;
  onKeyDown(e: KeyboardEvent): void;
}

/** Only the rows in view are in the DOM, so 5,000 residents scroll as smoothly as 50. */
export function ResidentsTable({ rows, selectedIndex, sort, onSort, onSelect, onOpen, onKeyDown }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be used this way
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: ROW_HEIGHT,
  });

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const sortBy = (column: SortColumn) =>
    onSort({ column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' });

  return (
    <div
      ref={scrollRef}
      className={`${table.table} ${classes.table}`}
      role="table"
      aria-label={t('residents.list.title')}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="residents-table"
    >
      <div role="rowgroup" className={table.head}>
        <div role="row" className={table.row} style={{ height: '100%' }}>
          {COLUMNS.map((c) => {
            const label = t(`residents.columns.${c.key}`);
            const sorted = c.sort && sort.column === c.sort;
            return (
              <div
                key={c.key}
                role="columnheader"
                className={table.cell}
                aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {c.sort ? (
                  <UnstyledButton
                    className={classes.sort}
                    onClick={() => sortBy(c.sort!)}
                    title={t('residents.columns.sortBy', { column: label })}
                  >
                    {label}
                    <span aria-hidden>{sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}</span>
                  </UnstyledButton>
                ) : (
                  label
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className={table.body} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const r = rows[v.index]!;
          return (
            <div
              key={r.id}
              role="row"
              aria-rowindex={v.index + 2}
              aria-selected={v.index === selectedIndex}
              className={`${table.row} ${table.item} ${classes.item}`}
              style={{ height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
              onClick={() => onOpen(r)}
              onMouseDown={() => onSelect(v.index)}
              data-testid="resident-row"
            >
              <div role="cell" className={table.cell}>
                <Text span ff="monospace" size="sm">
                  {r.code}
                </Text>
              </div>
              <div role="cell" className={table.cell} title={r.shownName}>
                {r.shownName}
              </div>
              <div role="cell" className={table.cell}>
                <StatusBadge resident={r} />
              </div>
              <div role="cell" className={table.cell}>
                <ResidentFlags resident={r} size="sm" />
              </div>
              <div role="cell" className={table.cell}>
                {r.currentBed ?? ''}
              </div>
              <div role="cell" className={table.cell}>
                {formatDate(r.referralDate, language)}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
