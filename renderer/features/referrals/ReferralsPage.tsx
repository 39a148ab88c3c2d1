import { Anchor, Button, EmptyState, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { localIsoDate } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import { RESIDENT_VIEWS, useChannelMutation } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import type { ResidentRow } from '../residents/list/rows.ts';
import { nameWithCode } from '../residents/names.ts';
import { ResidentFlags } from '../residents/ResidentFlags.tsx';
import { useResidentRows } from '../residents/queries.ts';
import { DeclineDialog } from './DeclineDialog.tsx';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** Referrals waiting for a decision or an admission, oldest first; declined ones are only counted. */
export function ReferralsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useNavigate();
  const { data: rows, error: loadError } = useResidentRows();
  const acceptance = useChannelMutation('residents.acceptReferral', { invalidates: RESIDENT_VIEWS });
  const [declining, setDeclining] = useState<{ id: string; name: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const today = localIsoDate(new Date());

  const { inbox, declined } = useMemo(() => {
    const all = rows ?? [];
    const year = today.slice(0, 4);
    return {
      inbox: all
        .filter((r) => r.status === 'referred' && r.referralOutcome !== 'declined')
        .sort((a, b) =>
          a.referralDate < b.referralDate ? -1 : a.referralDate > b.referralDate ? 1 : a.code < b.code ? -1 : 1,
        ),
      declined: all.filter((r) => r.referralOutcome === 'declined' && r.referralDate.startsWith(year)).length,
    };
  }, [rows, today]);

  const accept = async (r: ResidentRow) => {
    setBusyId(r.id);
    await acceptance.run({ id: r.id });
    setBusyId(null);
  };

  return (
    <Stack maw={1200} gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {t('referrals.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('referrals.intro')}
          </Text>
        </Stack>
        <Group gap="md">
          {rows && (
            <Text size="sm" c="dimmed" data-testid="declined-count">
              {t('referrals.declinedCount', { count: declined })}
            </Text>
          )}
          <Button onClick={() => void navigate('/residents/new')}>{t('referrals.newReferral')}</Button>
        </Group>
      </Group>
      <ErrorAlert error={acceptance.error ?? (rows ? null : loadError)} />
      {!rows && !loadError && <Loader aria-label={t('referrals.title')} />}
      {rows && inbox.length === 0 && (
        <EmptyState
          title={t('referrals.emptyTitle')}
          description={t('referrals.emptyText')}
          mt="xl"
          data-testid="referrals-empty"
        />
      )}
      {inbox.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="referrals-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>{t('referrals.columns.referralDate')}</Table.Th>
                <Table.Th miw={190}>{t('referrals.columns.resident')}</Table.Th>
                <Table.Th>{t('referrals.columns.source')}</Table.Th>
                <Table.Th>{t('referrals.columns.referredBy')}</Table.Th>
                <Table.Th>{t('referrals.columns.flags')}</Table.Th>
                <Table.Th w={250}>{t('referrals.columns.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inbox.map((r) => {
                return (
                  <Table.Tr key={r.id} data-testid="referral-row">
                    <Table.Td>
                      <Text size="sm">{formatDate(r.referralDate, language)}</Text>
                      <Text size="xs" c="dimmed">
                        {t('referrals.waitingDays', { count: Math.max(0, daysBetween(r.referralDate, today)) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/residents/${r.id}`} size="sm">
                        {r.shownName}
                      </Anchor>
                      {r.shownName !== r.code && (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {r.code}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`residents.options.referralSources.${r.referralSource}`)}</Table.Td>
                    <Table.Td>{r.referredBy}</Table.Td>
                    <Table.Td>
                      <ResidentFlags resident={r} />
                    </Table.Td>
                    <Table.Td>
                      {r.referralOutcome === 'accepted' ? (
                        <Anchor
                          component={Link}
                          to={`/residents/${r.id}`}
                          size="sm"
                          c="teal.8"
                          fw={600}
                          data-testid="accepted"
                        >
                          {t('referrals.accepted')}
                        </Anchor>
                      ) : (
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" loading={busyId === r.id} onClick={() => void accept(r)}>
                            {t('referrals.accept')}
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            onClick={() => setDeclining({ id: r.id, name: nameWithCode(r) })}
                          >
                            {t('referrals.decline')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <DeclineDialog referral={declining} onClose={() => setDeclining(null)} onDeclined={() => setDeclining(null)} />
    </Stack>
  );
}
