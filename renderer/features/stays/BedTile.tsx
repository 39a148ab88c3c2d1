import { Anchor, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/domain.ts';
import type { ResidentSummary } from '../../../shared/residents.ts';
import type { BoardBed } from '../../../shared/stays.ts';
import { formatDate } from '../../i18n/index.ts';
import { ResidentFlags } from '../residents/ResidentFlags.tsx';
import { residentPath } from './paths.ts';

/** How each state looks: a coloured edge and a word, so it reads in print and without colour. */
export const STATE_COLOURS: Record<BoardBed['state'], string> = {
  occupied: 'teal',
  free: 'green',
  reserved: 'violet',
  out_of_service: 'gray',
};

const flagged = (r: ResidentSummary) => r.protected || r.riskLevel === 'high' || r.minor;

/** One bed on the board: who sleeps there, who is expected, why it is closed, or that it is free. */
export function BedTile({ bed, onAdmitHere }: { bed: BoardBed; onAdmitHere?: () => void }) {
  const { t, i18n } = useTranslation();
  const d = (iso: string | null) => formatDate(iso, i18n.language as Language);
  const colour = STATE_COLOURS[bed.state];
  return (
    <Box
      data-testid="bed-tile"
      data-bed={bed.label}
      data-state={bed.state}
      px={6}
      py={4}
      bg={bed.state === 'free' ? 'white' : `${colour}.0`}
      style={{
        ...(bed.state === 'free' ? { border: '1px dashed var(--mantine-color-gray-4)' } : {}),
        borderLeft: `4px solid var(--mantine-color-${colour}-6)`,
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Text
          size="xs"
          fw={700}
          c="gray.7"
          ta="center"
          miw={20}
          px={3}
          mt={2}
          style={{
            flexShrink: 0,
            border: '1px solid var(--mantine-color-gray-5)',
            borderRadius: 4,
            lineHeight: '16px',
          }}
        >
          {bed.label}
        </Text>
        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
          {bed.state === 'occupied' && bed.resident && (
            <>
              <Anchor component={Link} to={residentPath(bed.resident.id)} fw={600} size="sm" truncate="end">
                {bed.resident.displayName}
              </Anchor>
              <Group gap={4} wrap="wrap">
                {flagged(bed.resident) && <ResidentFlags resident={bed.resident} size="xs" />}
                <Text size="xs" c="dimmed">
                  {t('stays.board.since', { date: d(bed.since) })}
                </Text>
                {bed.expectedLeaving && (
                  <Text size="xs" c="orange.8" fw={600} data-testid="tile-leaving">
                    {t('stays.board.leaving', { date: d(bed.expectedLeaving) })}
                  </Text>
                )}
              </Group>
            </>
          )}
          {bed.state === 'free' && (
            <>
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text size="sm" fw={600} c="green.8">
                  {t('stays.board.free')}
                </Text>
                {onAdmitHere && (
                  <Button size="compact-xs" variant="light" onClick={onAdmitHere} className="no-print">
                    {t('stays.board.admitHere')}
                  </Button>
                )}
              </Group>
              {bed.plannedFrom && (
                <Text size="xs" c="violet.8">
                  {t('stays.board.heldFrom', { date: d(bed.plannedFrom) })}
                </Text>
              )}
            </>
          )}
          {bed.state === 'reserved' && (
            <>
              {bed.resident ? (
                <Anchor
                  component={Link}
                  to={residentPath(bed.resident.id)}
                  fw={600}
                  size="sm"
                  c="violet.8"
                  truncate="end"
                >
                  {bed.resident.displayName}
                </Anchor>
              ) : null}
              <Group gap={4} wrap="wrap">
                {bed.resident && flagged(bed.resident) && <ResidentFlags resident={bed.resident} size="xs" />}
                <Text size="xs" c="violet.9" fw={600}>
                  {t('stays.board.reservedFrom', { date: d(bed.since) })}
                </Text>
              </Group>
            </>
          )}
          {bed.state === 'out_of_service' && (
            <>
              <Text size="sm" fw={600} c="gray.8">
                {t('stays.board.outOfService')}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {bed.until
                  ? t('stays.board.outUntil', { reason: bed.reason ?? '', date: d(bed.until) })
                  : t('stays.board.outOpen', { reason: bed.reason ?? '' })}
              </Text>
            </>
          )}
        </Stack>
      </Group>
    </Box>
  );
}
