import { Badge, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { Bed, Outage, Room } from '../../../shared/rooms.ts';
import { formatDate } from '../../i18n/index.ts';
import { todayIso } from '../stays/data.ts';
import { EndOutageDialog, OutageDialog } from './OutageDialogs.tsx';
import { AddBedDialog, RetireRoomDialog } from './RoomDialogs.tsx';
import { RoomFormDialog } from './RoomFormDialog.tsx';

type Dialog =
  | { kind: 'edit' | 'addBed' | 'retire' }
  | { kind: 'outage'; bed: Bed }
  | { kind: 'endOutage'; bed: Bed; outage: Outage };

const covers = (o: Outage, day: string) => o.fromDate <= day && (o.untilDate === null || day < o.untilDate);

/** One room: what it is, its beds with their out-of-service periods, and what a manager can change. */
export function RoomCard({ room }: { room: Room }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const d = (iso: string | null) => formatDate(iso, language);
  const today = todayIso();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const retired = room.retiredOn !== null && room.retiredOn <= today;
  const bedName = (b: Bed) => t('stays.bedName', { room: room.name, bed: b.label });

  return (
    <Card withBorder padding="sm" data-testid="rooms-room" data-room={room.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700}>{room.name}</Text>
            <Badge variant="light" color="gray">
              {t(`rooms.kinds.${room.kind}`)}
            </Badge>
            {room.floor && (
              <Text size="sm" c="dimmed">
                {room.floor === '0' ? t('rooms.card.ground') : t('rooms.card.floor', { floor: room.floor })}
              </Text>
            )}
            {room.retiredOn && (
              <Badge color={retired ? 'gray' : 'orange'} variant="outline">
                {retired
                  ? t('rooms.card.retiredOn', { date: d(room.retiredOn) })
                  : t('rooms.card.retiringOn', { date: d(room.retiredOn) })}
              </Badge>
            )}
          </Group>
          {room.notes && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {room.notes}
            </Text>
          )}
        </Stack>
        {!room.retiredOn && (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'addBed' })}>
              {t('rooms.card.addBed')}
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button size="xs" variant="default" aria-label={t('rooms.card.more', { room: room.name })}>
                  {t('rooms.card.moreShort')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setDialog({ kind: 'edit' })}>{t('rooms.card.edit')}</Menu.Item>
                <Menu.Item color="red" onClick={() => setDialog({ kind: 'retire' })}>
                  {t('rooms.card.retire')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>

      {room.beds.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('rooms.card.noBeds')}
        </Text>
      ) : (
        <Stack gap={0} mt="xs">
          {room.beds.map((bed) => {
            const open = bed.outages
              .filter((o) => o.untilDate === null || o.untilDate > today)
              .sort((a, b) => a.fromDate.localeCompare(b.fromDate));
            const out = bed.outages.some((o) => covers(o, today));
            const gone = bed.retiredOn !== null && bed.retiredOn <= today;
            return (
              <Group
                key={bed.id}
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                py={6}
                style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                data-testid="rooms-bed"
                data-bed={bed.label}
              >
                <Text fw={700} size="sm" miw={28} title={t('rooms.card.bed')}>
                  {bed.label}
                </Text>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  {gone ? (
                    <Badge size="sm" variant="light" color="gray">
                      {t('rooms.card.bedRetired')}
                    </Badge>
                  ) : out ? (
                    <Badge size="sm" variant="light" color="orange">
                      {t('rooms.card.outOfService')}
                    </Badge>
                  ) : (
                    <Text size="sm" c="teal.8">
                      {t('rooms.card.inService')}
                    </Text>
                  )}
                  {open.map((o) => (
                    <Group key={o.id} gap={6} wrap="nowrap" align="flex-start" data-testid="rooms-outage">
                      <Text size="xs" c="dimmed">
                        {o.untilDate
                          ? t('rooms.card.period', { from: d(o.fromDate), until: d(o.untilDate), reason: o.reason })
                          : t('rooms.card.periodOpen', { from: d(o.fromDate), reason: o.reason })}
                      </Text>
                      {!room.retiredOn && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          style={{ flexShrink: 0 }}
                          onClick={() => setDialog({ kind: 'endOutage', bed, outage: o })}
                        >
                          {t('rooms.card.endPeriod')}
                        </Button>
                      )}
                    </Group>
                  ))}
                </Stack>
                {!room.retiredOn && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="orange"
                    style={{ flexShrink: 0 }}
                    onClick={() => setDialog({ kind: 'outage', bed })}
                  >
                    {t('rooms.card.takeOut')}
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      )}

      <RoomFormDialog room={room} opened={dialog?.kind === 'edit'} onClose={close} onDone={close} />
      <AddBedDialog room={room} opened={dialog?.kind === 'addBed'} onClose={close} onDone={close} />
      <RetireRoomDialog room={room} opened={dialog?.kind === 'retire'} onClose={close} onDone={close} />
      {dialog?.kind === 'outage' && (
        <OutageDialog opened bed={dialog.bed} bedName={bedName(dialog.bed)} onClose={close} onDone={close} />
      )}
      {dialog?.kind === 'endOutage' && (
        <EndOutageDialog opened outage={dialog.outage} bedName={bedName(dialog.bed)} onClose={close} onDone={close} />
      )}
    </Card>
  );
}
