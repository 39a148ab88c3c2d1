import { ActionIcon, Alert, Box, Button, Card, Group, Loader, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import type { Board } from '../../../shared/stays.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { BedTile, STATE_COLOURS } from './BedTile.tsx';
import { todayIso, useBoardOn } from './data.ts';
import { PlaceDialog } from './PlaceDialog.tsx';
import { useBoardStore } from './store.ts';
import { PrintControls } from '../../print/PrintControls.tsx';
import { usePrint } from '../../print/usePrint.ts';
import { BoardPrint } from './BoardPrint.tsx';

/** Who sleeps where on a night, room by room, with what is free, reserved or out of service. */
export function BedBoardPage() {
  const { t, i18n } = useTranslation();
  const { date, setDate, visit } = useBoardStore();
  const { data: board, error, isPending: loading } = useBoardOn(date);
  const [admitBed, setAdmitBed] = useState<string | null>(null);
  const today = todayIso();
  const printing = usePrint({ what: 'bedBoard', period: date });

  // The first visit shows tonight; coming back keeps the night that was shown, with fresh data.
  useEffect(visit, [visit]);
  const step = (days: number) => setDate(addDays(useBoardStore.getState().date, days));
  // Alt+← / Alt+→ work from anywhere on the board, the date field included, but not inside the dialog.
  useHotkeys(
    [
      ['alt+ArrowLeft', () => admitBed === null && step(-1)],
      ['alt+ArrowRight', () => admitBed === null && step(1)],
    ],
    [],
  );

  const shown = board?.date === date ? board : null;
  return (
    <Stack gap="sm" className="bed-board">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={0}>
          <Title order={1} size="h2">
            {t('stays.board.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('stays.board.night', { date: formatDate(date, i18n.language as Language) })}
            {date === today && ` · ${t('stays.board.tonight')}`}
          </Text>
        </Stack>
        <Group gap={6} align="flex-end" className="no-print">
          <Tooltip label={t('stays.board.previousHint')}>
            <ActionIcon variant="default" size="lg" aria-label={t('stays.board.previous')} onClick={() => step(-1)}>
              ‹
            </ActionIcon>
          </Tooltip>
          <DateField
            aria-label={t('stays.board.date')}
            value={date}
            onChange={(d) => d && setDate(d)}
            clearable={false}
            w={150}
          />
          <Tooltip label={t('stays.board.nextHint')}>
            <ActionIcon variant="default" size="lg" aria-label={t('stays.board.next')} onClick={() => step(1)}>
              ›
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={() => setDate(today)} disabled={date === today}>
            {t('stays.board.today')}
          </Button>
        </Group>
      </Group>
      <PrintControls state={printing} disabled={!shown} />

      <ErrorAlert error={error} />
      {!shown && loading && <Loader aria-label={t('stays.picker.loading')} />}
      {shown && <Totals board={shown} />}
      {shown && shown.rooms.length === 0 && (
        <Alert color="blue" title={t('stays.board.emptyTitle')}>
          {t('stays.board.emptyText')}
        </Alert>
      )}
      {shown && (
        // Newspaper columns: short rooms pack under each other, so a whole house fits one screen.
        <Box style={{ columns: '230px 4', columnGap: 'var(--mantine-spacing-sm)' }}>
          {shown.rooms.map((room) => (
            <Card
              key={room.roomId}
              withBorder
              padding={8}
              mb="sm"
              style={{ breakInside: 'avoid' }}
              data-testid="room-card"
              data-room={room.name}
            >
              <Group justify="space-between" gap={4} mb={4} wrap="nowrap">
                <Text fw={700} size="sm" truncate>
                  {room.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {[
                    room.floor &&
                      (room.floor === '0' ? t('stays.board.ground') : t('stays.board.floor', { floor: room.floor })),
                    t(`rooms.kinds.${room.kind}`),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Group>
              <Stack gap={4}>
                {room.beds.length === 0 && (
                  <Text size="xs" c="dimmed">
                    {t('stays.board.noBeds')}
                  </Text>
                )}
                {room.beds.map((bed) => (
                  <BedTile
                    key={bed.bedId}
                    bed={bed}
                    // A bed held from a later date by a planned admission can't be taken now.
                    onAdmitHere={date <= today && !bed.plannedFrom ? () => setAdmitBed(bed.bedId) : undefined}
                  />
                ))}
              </Stack>
            </Card>
          ))}
        </Box>
      )}
      {shown && <BoardPrint board={shown} codesOnly={printing.codesOnly} />}
      <PlaceDialog
        opened={admitBed !== null}
        mode="admit"
        resident={null}
        initialBedId={admitBed}
        initialDate={date}
        onClose={() => setAdmitBed(null)}
        onDone={() => setAdmitBed(null)}
      />
    </Stack>
  );
}

function Totals({ board }: { board: Board }) {
  const { t } = useTranslation();
  const items = [
    { key: 'beds', value: board.totals.beds, colour: 'dark' },
    { key: 'occupied', value: board.totals.occupied, colour: STATE_COLOURS.occupied },
    { key: 'free', value: board.totals.free, colour: STATE_COLOURS.free },
    { key: 'reserved', value: board.totals.reserved, colour: STATE_COLOURS.reserved },
    { key: 'outOfService', value: board.totals.outOfService, colour: STATE_COLOURS.out_of_service },
  ] as const;
  return (
    <Group gap="xs" data-testid="board-totals">
      {items.map((i) => (
        <Card key={i.key} withBorder padding={4} px="sm" data-total={i.key}>
          <Group gap={6} wrap="nowrap">
            <Text fw={700} size="md" c={i.colour === 'dark' ? undefined : `${i.colour}.8`}>
              {i.value}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`stays.board.totals.${i.key}`)}
            </Text>
          </Group>
        </Card>
      ))}
    </Group>
  );
}
