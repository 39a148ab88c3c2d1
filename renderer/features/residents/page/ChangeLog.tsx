import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain.ts';
import type { ResidentChange } from '../../../../shared/residents.ts';
import { formatDateTime } from '../../../i18n/index.ts';
import { parseLogged, showValue } from './format.ts';
import { ProfileSection } from './ProfileSection.tsx';

/**
 * Who changed which field when, from what to what; the newest first. The core withholds the values
 * of a protected resident's name fields (`withheld`).
 */
export function ChangeLog({ changes, residentName }: { changes: ResidentChange[]; residentName(id: string): string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const sorted = [...changes].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const label = (field: string) => (i18n.exists(`residents.fields.${field}`) ? t(`residents.fields.${field}`) : field);
  const value = (c: ResidentChange, text: string | null) => {
    if (c.withheld) return t('residents.page.nameHidden');
    const shown = showValue(t, language, c.field, parseLogged(c.field, text), residentName);
    return shown === '' ? (
      <Text span size="sm" c="dimmed">
        {t('residents.page.changeEmpty')}
      </Text>
    ) : (
      shown
    );
  };
  return (
    <ProfileSection title={t('residents.page.changes')}>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('residents.page.noChanges')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} data-testid="change-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('residents.page.changeWhen')}</Table.Th>
                <Table.Th w={160}>{t('residents.page.changeWho')}</Table.Th>
                <Table.Th w={200}>{t('residents.page.changeField')}</Table.Th>
                <Table.Th>{t('residents.page.changeValue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((c, i) => (
                <Table.Tr key={`${c.at}-${c.field}-${i}`}>
                  <Table.Td>{formatDateTime(c.at, language)}</Table.Td>
                  <Table.Td>{c.userName ?? '—'}</Table.Td>
                  <Table.Td>{label(c.field)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text span size="sm" c="dimmed">
                      {value(c, c.oldValue)}
                    </Text>
                    {' → '}
                    <Text span size="sm" fw={500}>
                      {value(c, c.newValue)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ProfileSection>
  );
}
