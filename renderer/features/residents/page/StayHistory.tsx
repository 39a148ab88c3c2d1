import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain.ts';
import type { StayView } from '../../../../shared/residents.ts';
import { formatDate } from '../../../i18n/index.ts';
import { ProfileSection } from './ProfileSection.tsx';

/** Every stay, the latest first: where, from, to (or still there), planned, why entered late. */
export function StayHistory({ stays }: { stays: StayView[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const sorted = [...stays].sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
  return (
    <ProfileSection title={t('residents.page.stays')}>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('residents.page.noStays')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withRowBorders={false} data-testid="stay-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('residents.page.stayBed')}</Table.Th>
                <Table.Th>{t('residents.page.stayFrom')}</Table.Th>
                <Table.Th>{t('residents.page.stayTo')}</Table.Th>
                <Table.Th>{t('residents.page.stayPlanned')}</Table.Th>
                <Table.Th>{t('residents.page.stayBackdate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.roomName} · {s.bedLabel}
                  </Table.Td>
                  <Table.Td>{formatDate(s.startDate, language)}</Table.Td>
                  <Table.Td>
                    {s.endDate ? (
                      formatDate(s.endDate, language)
                    ) : s.planned ? (
                      ''
                    ) : (
                      <Text span size="sm" c="teal.8">
                        {t('residents.page.stayOpen')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {s.planned && (
                      <Badge color="yellow" variant="light" size="sm">
                        {t('residents.page.plannedYes')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{s.backdateReason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ProfileSection>
  );
}
