import { Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import type { HearingView } from '../../../shared/hearings.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { ProfileSection } from '../residents/page/ProfileSection.tsx';
import { HearingDialog } from './HearingDialog.tsx';

/** Upcoming first (soonest on top), then past ones (latest on top). */
function ordered(list: HearingView[], today: string): HearingView[] {
  const upcoming = list.filter((h) => h.date >= today);
  const past = list.filter((h) => h.date < today).reverse();
  return [...upcoming, ...past];
}

/** Court hearings and legal appointments the resident is accompanied to. */
export function HearingsSection({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data, error } = useChannelQuery('hearings.list', { residentId });
  const [editing, setEditing] = useState<HearingView | 'new' | null>(null);
  const today = localIsoDate(new Date());

  return (
    <ProfileSection title={t('hearings.title')}>
      <Group justify="flex-end">
        <Button size="xs" variant="light" onClick={() => setEditing('new')}>
          {t('hearings.add')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {!data && !error && <Loader size="sm" />}
      {data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('hearings.none')}
        </Text>
      )}
      {data && data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withRowBorders={false} data-testid="hearings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('hearings.fields.when')}</Table.Th>
                <Table.Th>{t('hearings.fields.kind')}</Table.Th>
                <Table.Th>{t('hearings.fields.institution')}</Table.Th>
                <Table.Th>{t('hearings.fields.accompaniedBy')}</Table.Th>
                <Table.Th>{t('hearings.fields.outcome')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered(data, today).map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(h.date, language)} {h.time}
                    {h.date >= today && (
                      <Badge ml="xs" size="xs" variant="light" color="blue">
                        {t('hearings.upcoming')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`hearings.kinds.${h.kind}`)}</Table.Td>
                  <Table.Td>{h.institution}</Table.Td>
                  <Table.Td>
                    {h.accompaniedByName ?? (
                      <Text span c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{h.outcome}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setEditing(h)}
                      aria-label={t('hearings.editLabel', { date: formatDate(h.date, language) })}
                    >
                      {t('hearings.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <HearingDialog
        residentId={residentId}
        hearing={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </ProfileSection>
  );
}
