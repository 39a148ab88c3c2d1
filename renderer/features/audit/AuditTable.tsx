import { Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AuditFilters, AuditPage } from '../../../shared/audit.ts';
import type { Language } from '../../../shared/domain.ts';
import { invoke } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/index.ts';
import { actionLabel, detailText, recordLink } from './entries.ts';
import table from '../../components/VirtualTable.module.css';
import classes from './AuditTable.module.css';

const ROW_HEIGHT = 36;
const PAGE_SIZE = 200;
/** Load the next page while this many rows are still to come below the last one shown. */
const PREFETCH_ROWS = 50;

const COLUMNS = ['at', 'user', 'action', 'record', 'detail'] as const;

async function fetchPage(filters: AuditFilters, before: number | undefined): Promise<AuditPage> {
  const r = await invoke('audit.list', { filters, limit: PAGE_SIZE, ...(before === undefined ? {} : { before }) });
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The log, newest first, a page at a time from the core (keyset by seq): only the rows in view
 * are in the DOM, and the next page is asked for as the end comes near, so a million entries
 * scroll like a hundred.
 */
export function AuditTable({ filters }: { filters: AuditFilters }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const query = useInfiniteQuery({
    queryKey: ['audit.list', { filters }],
    queryFn: ({ pageParam }) => fetchPage(filters, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const entries = query.data?.pages.flatMap((p) => p.entries) ?? [];
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is meant to be used this way
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastShown >= entries.length - PREFETCH_ROWS) void fetchNextPage();
  }, [lastShown, entries.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (query.error) return <ErrorAlert error={query.error} />;

  return (
    <>
      <div
        ref={scrollRef}
        className={`${table.table} ${classes.table}`}
        role="table"
        aria-label={t('audit.title')}
        aria-rowcount={entries.length + 1}
        data-testid="audit-table"
      >
        <div role="rowgroup" className={table.head}>
          <div role="row" className={table.row} style={{ height: '100%' }}>
            {COLUMNS.map((c) => (
              <div key={c} role="columnheader" className={table.cell}>
                {t(`audit.columns.${c}`)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={table.body} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((v) => {
            const e = entries[v.index]!;
            const link = recordLink(e);
            const detail = detailText(t, e.detail);
            const record = e.recordType
              ? `${t(`audit.recordTypes.${e.recordType}`, { defaultValue: e.recordType })}${e.recordName ? `: ${e.recordName}` : ''}`
              : '';
            return (
              <div
                key={e.seq}
                role="row"
                aria-rowindex={v.index + 2}
                className={`${table.row} ${table.item} ${link ? classes.link : ''}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                onClick={link ? () => void navigate(link) : undefined}
                title={link ? t('audit.openRecord') : undefined}
                data-testid="audit-row"
                data-action={e.action}
              >
                <div role="cell" className={table.cell}>
                  {formatDateTime(e.at, language)}
                </div>
                <div role="cell" className={table.cell}>
                  {e.userName ?? (
                    <Text span size="sm" c="dimmed">
                      {t('audit.noUser')}
                    </Text>
                  )}
                </div>
                <div role="cell" className={table.cell} title={e.action}>
                  {actionLabel(t, e.action)}
                </div>
                <div role="cell" className={table.cell} title={record}>
                  {record}
                </div>
                <div role="cell" className={table.cell} title={detail}>
                  <Text span size="xs" c="dimmed">
                    {detail}
                  </Text>
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <Text size="sm" c="dimmed" data-testid="audit-count">
        {query.isPending
          ? t('common.loading')
          : hasNextPage
            ? t('audit.loadedMore', { count: entries.length })
            : t('audit.loadedAll', { count: entries.length })}
      </Text>
    </>
  );
}
