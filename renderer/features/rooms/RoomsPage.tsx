import { Alert, Button, Collapse, Group, Loader, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../shared/roles.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSessionStore } from '../session/store.ts';
import { todayIso } from '../stays/data.ts';
import { RoomCard } from './RoomCard.tsx';
import { RoomFormDialog } from './RoomFormDialog.tsx';

/** Premises set-up for managers: rooms, their beds, and beds out of service. */
export function RoomsPage() {
  const { t } = useTranslation();
  const role = useSessionStore((s) => s.session!.user.role);
  if (!roleAtLeast(role, 'manager')) {
    return (
      <Alert color="orange" title={t('rooms.managersOnly.title')} maw={640} data-testid="rooms-managers-only">
        {t('rooms.managersOnly.text')}
      </Alert>
    );
  }
  return <RoomsList />;
}

function RoomsList() {
  const { t } = useTranslation();
  const { data: rooms, error } = useChannelQuery('rooms.list', {});
  const [creating, setCreating] = useState(false);
  const [showRetired, setShowRetired] = useState(false);

  const today = todayIso();
  const active = rooms?.filter((r) => r.retiredOn === null || r.retiredOn > today) ?? [];
  const retired = rooms?.filter((r) => r.retiredOn !== null && r.retiredOn <= today) ?? [];
  const beds = active.reduce((n, r) => n + r.beds.filter((b) => !b.retiredOn || b.retiredOn > today).length, 0);

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h2">
            {t('rooms.title')}
          </Title>
          {rooms && (
            <Text size="sm" c="dimmed">
              {t('rooms.summary', { rooms: active.length, beds })}
            </Text>
          )}
        </Stack>
        <Button onClick={() => setCreating(true)}>{t('rooms.newRoom')}</Button>
      </Group>
      <ErrorAlert error={error} />
      {!rooms && !error && <Loader aria-label={t('stays.picker.loading')} />}
      {rooms && active.length === 0 && (
        <Alert color="blue" title={t('rooms.emptyTitle')}>
          {t('rooms.emptyText')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        {active.map((room) => (
          <RoomCard key={room.id} room={room} />
        ))}
      </SimpleGrid>
      {retired.length > 0 && (
        <Stack gap="xs">
          <UnstyledButton onClick={() => setShowRetired((s) => !s)} aria-expanded={showRetired}>
            <Text fw={600} c="dimmed">
              {showRetired ? '▾' : '▸'} {t('rooms.retiredSection', { count: retired.length })}
            </Text>
          </UnstyledButton>
          <Collapse expanded={showRetired}>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
              {retired.map((room) => (
                <RoomCard key={room.id} room={room} />
              ))}
            </SimpleGrid>
          </Collapse>
        </Stack>
      )}
      <RoomFormDialog
        room={null}
        opened={creating}
        onClose={() => setCreating(false)}
        onDone={() => setCreating(false)}
      />
    </Stack>
  );
}
