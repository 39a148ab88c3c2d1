import { Anchor, Group, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localIsoDate } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import type { PlanGetOutput, PlanView } from '../../../shared/plans.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { PrintControls } from '../../print/PrintControls.tsx';
import { PrintDocument } from '../../print/PrintDocument.tsx';
import { usePrint } from '../../print/usePrint.ts';
import { PlanSheet, planVersionText } from './PlanSheet.tsx';
import { usePlan } from './queries.ts';
import './plan-print.css';

/** One version of a plan, previewed and printed on the shared print layout (for the file and a review meeting). */
export function PlanPrintPage() {
  const { t } = useTranslation();
  const { id = '', version = '' } = useParams();
  const { data, error } = usePlan(id, Number(version) || 1);
  if (error) return <ErrorAlert error={error} />;
  if (!data?.plan) return <Loader aria-label={t('plans.printView.title')} />;
  return <PlanPrint residentId={id} data={{ ...data, plan: data.plan }} />;
}

function PlanPrint({ residentId, data }: { residentId: string; data: PlanGetOutput & { plan: PlanView } }) {
  const { t, i18n } = useTranslation();
  const d = (iso: string | null) => formatDate(iso, i18n.language as Language);
  const { plan, resident } = data;
  // The dates the version covers: from its start to its replacement (or today, for the current one).
  const until = plan.frozenAt?.slice(0, 10) ?? localIsoDate(new Date());
  const printing = usePrint({
    what: 'supportPlan',
    period: `${plan.createdAt.slice(0, 10)}/${until}`,
    recordId: residentId,
  });
  return (
    <Stack gap="md" pb="xl">
      <Group justify="space-between" align="flex-start">
        <Anchor component={Link} to={`/residents/${residentId}`} size="sm">
          ← {t('plans.printView.back')}
        </Anchor>
        <Stack gap="xs" align="flex-end">
          <PrintControls state={printing} />
        </Stack>
      </Group>
      <Title order={1} size="h2">
        {t('plans.printView.title')}
      </Title>
      <PlanSheet data={data} codesOnly={printing.codesOnly} />
      {/* Every page names the plan by the resident's code, never by her name. */}
      <PrintDocument title={t('plans.printView.title')} period={`${resident.code} · ${planVersionText(t, plan, d)}`}>
        <PlanSheet data={data} codesOnly={printing.codesOnly} onPaper />
      </PrintDocument>
    </Stack>
  );
}
