import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import { roleAtLeast } from '../../../shared/roles.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/index.ts';
import { ProfileSection } from '../residents/page/ProfileSection.tsx';
import { useSessionStore } from '../session/store.ts';
import { actionLabel } from './entries.ts';

/** "Who has seen this record", from the audit log: for managers and administrators only. */
export function RecordReaders({ residentId }: { residentId: string }) {
  const role = useSessionStore((s) => s.session?.user.role ?? 'staff');
  if (!roleAtLeast(role, 'manager')) return null;
  return <ReadersTable residentId={residentId} />;
}

function ReadersTable({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { data, error } = useChannelQuery('audit.recordReaders', { residentId });
  return (
    <ProfileSection title={t('audit.readers.title')}>
      <ErrorAlert error={error} />
      {data && data.entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('audit.readers.none')}
        </Text>
      )}
      {data && data.entries.length > 0 && (
        <>
          <Table verticalSpacing={4} data-testid="record-readers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>{t('audit.columns.at')}</Table.Th>
                <Table.Th w={200}>{t('audit.columns.user')}</Table.Th>
                <Table.Th>{t('audit.readers.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.entries.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td>{formatDateTime(e.at, language)}</Table.Td>
                  <Table.Td>{e.userName ?? '—'}</Table.Td>
                  <Table.Td>{actionLabel(t, e.action)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.total > data.entries.length && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('audit.readers.more', { shown: data.entries.length, count: data.total })}
            </Text>
          )}
        </>
      )}
    </ProfileSection>
  );
}
