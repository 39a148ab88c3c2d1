import { Alert, Anchor, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/domain.ts';
import type { Today, TodayAction } from '../../../shared/today.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { TodayList, type TodayLine } from './TodayList.tsx';

const residentPath = (id: string) => `/residents/${id}`;

/** Every line of Today names a resident and opens her record. */
function line(key: string, r: { residentId: string; displayName: string }, detail: string, late = false): TodayLine {
  return { key, to: residentPath(r.residentId), name: r.displayName, detail, late };
}

function actionLines(actions: TodayAction[], today: string, t: TFunction, d: (iso: string) => string): TodayLine[] {
  return actions.map((a) =>
    line(
      a.actionId,
      a,
      t(a.dueDate < today ? 'today.actionLate' : 'today.action', {
        what: a.what,
        date: d(a.dueDate),
        domain: t(`plans.domains.${a.domain}`),
      }),
      a.dueDate < today,
    ),
  );
}

/** One block of Today's grid. */
interface Section {
  testId: string;
  title: string;
  lines: TodayLine[];
}

/** The blocks in the order they stand on the screen: the user's own work first, then the house. */
function sections(today: Today, t: TFunction, d: (iso: string) => string): Section[] {
  const late = (date: string) => date < today.date;
  const acts = (list: TodayAction[]): TodayLine[] => actionLines(list, today.date, t, d);
  const arrival = (date: string) =>
    date <= today.date ? (late(date) ? 'today.arrivalLate' : 'today.arrivalToday') : 'today.arrivalOn';
  return [
    { testId: 'today-mine', title: t('today.mine'), lines: [...acts(today.mine.overdue), ...acts(today.mine.week)] },
    {
      testId: 'today-reviews',
      title: t('today.reviews'),
      lines: today.reviews.map((r) =>
        line(r.planId, r, t('today.reviewOn', { date: d(r.nextReviewDate) }), late(r.nextReviewDate)),
      ),
    },
    {
      testId: 'today-arrivals',
      title: t('today.arrivals'),
      lines: [...today.arrivalsToday, ...today.arrivalsWeek].map((a) =>
        line(a.stayId, a, t(arrival(a.date), { bed: a.bed, date: d(a.date) }), late(a.date)),
      ),
    },
    {
      testId: 'today-departures',
      title: t('today.departures'),
      lines: today.departures.map((s) =>
        line(
          s.stayId,
          s,
          t(late(s.date) ? 'today.leftLate' : 'today.leavesOn', { bed: s.bed, date: d(s.date) }),
          late(s.date),
        ),
      ),
    },
    {
      testId: 'today-hearings',
      title: t('today.hearings'),
      lines: today.hearings.map((h) =>
        line(
          h.id,
          h,
          t(h.accompaniedByName ? 'today.hearingWith' : 'today.hearing', {
            date: d(h.date),
            time: h.time,
            kind: t(`hearings.kinds.${h.kind}`),
            institution: h.institution,
            who: h.accompaniedByName ?? '',
          }),
        ),
      ),
    },
    {
      testId: 'today-referrals',
      title: t('today.referrals'),
      lines: today.referrals.map((r) =>
        line(
          r.residentId,
          r,
          t(r.accepted ? 'today.referralAccepted' : 'today.referralSince', { date: d(r.referralDate) }),
        ),
      ),
    },
    {
      testId: 'today-consent',
      title: t('today.consent'),
      lines: today.consentPending.map((c) =>
        line(
          c.residentId,
          c,
          c.reason || t(`residents.options.statuses.${c.status}`, { context: c.sex }),
          c.status === 'in_residence',
        ),
      ),
    },
  ];
}

/**
 * The home screen's working part, on the core's today: the house tonight, who comes and goes,
 * what waits for a decision, the hearings ahead, and the actions due. Every line opens its record.
 */
export function TodayPanel() {
  const { t, i18n } = useTranslation();
  const { data, error } = useChannelQuery('today.get', {});
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loader aria-label={t('today.title')} />;
  return <TodayView today={data} t={t} language={i18n.language as Language} />;
}

function TodayView({ today, t, language }: { today: Today; t: TFunction; language: Language }) {
  const d = (iso: string) => formatDate(iso, language);
  const acts = (list: TodayAction[]): TodayLine[] => actionLines(list, today.date, t, d);
  const o = today.occupancy;
  return (
    <Stack gap="sm" data-testid="today">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3">
          {t('today.title', { date: d(today.date) })}
        </Title>
        <Anchor component={Link} to="/board" size="sm" data-testid="today-occupancy">
          {t('today.occupancy', {
            free: o.free,
            occupied: o.occupied,
            out: o.outOfService,
            reserved: o.reserved,
            beds: o.beds,
          })}
        </Anchor>
      </Group>
      {today.mine.overdue.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('today.overdueTitle', { count: today.mine.overdue.length })}
          data-testid="today-overdue"
        />
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {sections(today, t, d).map((s) => (
          <TodayList key={s.testId} testId={s.testId} title={s.title} lines={s.lines} />
        ))}
      </SimpleGrid>
      {today.team && (
        <Stack gap="xs" data-testid="today-team">
          <Title order={3} size="h4">
            {t('today.team')}
          </Title>
          {today.team.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('today.nothing')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {today.team.map((p) => (
              <TodayList
                key={p.userId}
                testId="today-person"
                title={p.name}
                lines={[...acts(p.overdue), ...acts(p.week)]}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}
