import { Alert, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { Room } from '../../../shared/rooms.ts';
import type { Board } from '../../../shared/stays.ts';
import { blockedBecause } from './bedOptions.ts';
import type { ResidentChild } from './ChildrenExit.tsx';

export interface ChildPlace {
  comes: boolean;
  bedId: string | null;
}

export type ChildPlaces = Record<string, ChildPlace>;

/** The beds of the parent's room that a child could take from the board's date (not the parent's). */
export function freeBedsBeside(
  board: Board | null,
  rooms: Room[] | null,
  parentBedId: string | null,
  childId: string,
  t: Parameters<typeof blockedBecause>[4],
  language: Language,
) {
  const room = board?.rooms.find((r) => r.beds.some((b) => b.bedId === parentBedId));
  if (!board || !room) return [];
  return room.beds
    .filter(
      (b) => b.bedId !== parentBedId && blockedBecause(b, board, rooms, { residentId: childId }, t, language) === null,
    )
    .map((b) => ({ value: b.bedId, label: t('stays.bedName', { room: room.name, bed: b.label }) }));
}

/** What to send: the children who come, each with her bed. */
export function childBeds(places: ChildPlaces): { childId: string; bedId: string }[] {
  return Object.entries(places)
    .filter(([, p]) => p.comes && p.bedId)
    .map(([childId, p]) => ({ childId, bedId: p.bedId! }));
}

/** Field errors: a child who comes without a bed, or two in one bed. */
export function childPlaceErrors(places: ChildPlaces): Record<string, string> {
  const errors: Record<string, string> = {};
  const taken = new Set<string>();
  for (const [id, p] of Object.entries(places)) {
    if (!p.comes) continue;
    if (!p.bedId) errors[id] = 'stays.family.bedRequired';
    else if (taken.has(p.bedId)) errors[id] = 'validation.bedTwice';
    else taken.add(p.bedId);
  }
  return errors;
}

/**
 * Admitting or planning a parent offers her children for the same room: each a bed of her own,
 * picked among the free beds of the room the parent goes to.
 */
export function ChildrenPlacement({
  family,
  places,
  errors,
  board,
  rooms,
  parentBedId,
  onChange,
}: {
  family: ResidentChild[];
  places: ChildPlaces;
  errors: Record<string, string>;
  board: Board | null;
  rooms: Room[] | null;
  parentBedId: string | null;
  onChange: (id: string, place: ChildPlace) => void;
}) {
  const { t, i18n } = useTranslation();
  if (family.length === 0) return null;
  return (
    <Alert color="blue" variant="light" title={t('stays.family.placeTitle')} data-testid="family-place">
      <Stack gap="sm">
        <Text size="sm">{parentBedId ? t('stays.family.placeIntro') : t('stays.family.placeFirst')}</Text>
        {family.map((c) => {
          const place = places[c.id] ?? { comes: true, bedId: null };
          const beds = freeBedsBeside(board, rooms, parentBedId, c.id, t, i18n.language as Language);
          // A bed another child already took is not offered twice.
          const others = new Set(
            Object.entries(places)
              .filter(([id, p]) => id !== c.id && p.comes && p.bedId)
              .map(([, p]) => p.bedId),
          );
          return (
            <Group key={c.id} align="flex-start" wrap="nowrap" data-testid="family-child" data-child={c.displayName}>
              <Checkbox
                mt={30}
                label={c.displayName}
                checked={place.comes}
                onChange={(e) => onChange(c.id, { ...place, comes: e.currentTarget.checked })}
                w={220}
              />
              <Select
                style={{ flex: 1 }}
                label={t('stays.fields.bed')}
                aria-label={t('stays.family.bedFor', { name: c.displayName })}
                placeholder={beds.length ? t('stays.picker.placeholder') : t('stays.family.noBed')}
                disabled={!place.comes || !parentBedId}
                data={beds.filter((b) => !others.has(b.value))}
                value={place.bedId}
                onChange={(bedId) => onChange(c.id, { ...place, bedId })}
                error={errors[c.id] ? t(errors[c.id]!) : undefined}
                comboboxProps={{ withinPortal: true }}
              />
            </Group>
          );
        })}
      </Stack>
    </Alert>
  );
}
