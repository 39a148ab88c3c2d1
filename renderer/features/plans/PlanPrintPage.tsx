import { Anchor, Button, Group, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localIsoDate } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { useSessionStore } from '../session/store.ts';
import { PlanSheet } from './PlanSheet.tsx';
import { usePlan } from './queries.ts';
import './plan-print.css';

/** One version of a plan laid out for the resident's file and the review meeting. */
export function PlanPrintPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { id = '', version = '' } = useParams();
  const session = useSessionStore((s) => s.session)!;
  const { data, error } = usePlan(id, Number(version) || 1);
  if (error) return <ErrorAlert error={error} />;
  if (!data?.plan) return <Loader aria-label={t('plans.printView.title')} />;
  return (
    <Stack gap="md" pb="xl">
      <Group className="no-print" justify="space-between">
        <Anchor component={Link} to={`/residents/${id}`} size="sm">
          ← {t('plans.printView.back')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('plans.printView.print')}</Button>
      </Group>
      <PlanSheet
        data={{ ...data, plan: data.plan }}
        organisation={session.organisation}
        premises={session.premises}
        printedOn={formatDate(localIsoDate(new Date()), language)}
      />
    </Stack>
  );
}
