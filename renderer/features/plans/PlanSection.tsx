import { Alert, Anchor, Button, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import type { PlanAction, PlanGoal, PlanReview, PlanVersion } from '../../../shared/plans.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { GoalCard } from './GoalCard.tsx';
import { GoalDialog } from './GoalDialog.tsx';
import { goalsByDomain } from './grouping.ts';
import { NewVersionButton } from './NewVersionButton.tsx';
import { planPrintPath, usePlan } from './queries.ts';
import { ReviewDialog } from './ReviewDialog.tsx';
import { ReviewList } from './ReviewList.tsx';

type Editing =
  | { kind: 'goal'; goal: PlanGoal | null }
  | { kind: 'action'; goalId: string; action: PlanAction | null }
  | { kind: 'review'; review: PlanReview | null };

/** The resident's support plan on her page: the current version to work on, earlier ones to read. */
export function PlanSection({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [version, setVersion] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const { data, error } = usePlan(residentId, version);
  const close = () => setEditing(null);

  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loader aria-label={t('plans.title')} />;
  const { plan, versions } = data;
  const current = versions.find((v) => v.active) ?? null;
  const writable = plan?.active === true && data.resident.status !== 'archived';
  const today = localIsoDate(new Date());
  const label = (v: PlanVersion) =>
    v.active
      ? t('plans.versionActive', { version: v.version })
      : t('plans.versionFrozen', { version: v.version, date: formatDate(v.frozenAt?.slice(0, 10), language) });

  return (
    <Card withBorder padding="md" radius="md" data-testid="plan-section">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('plans.title')}
            </Title>
            {plan && (
              <Text size="sm" c="dimmed">
                {t('plans.startedBy', {
                  date: formatDate(plan.createdAt.slice(0, 10), language),
                  name: plan.createdByName,
                })}
              </Text>
            )}
          </Stack>
          <Group gap="xs" align="flex-end">
            {versions.length > 1 && plan && (
              <Select
                label={t('plans.versionPicker')}
                size="xs"
                w={260}
                allowDeselect={false}
                data={versions.map((v) => ({ value: String(v.version), label: label(v) }))}
                value={String(plan.version)}
                onChange={(v) => setVersion(v === null || Number(v) === current?.version ? null : Number(v))}
                comboboxProps={{ withinPortal: true }}
                data-testid="plan-version"
              />
            )}
            {plan && (
              <Button variant="default" size="xs" component={Link} to={planPrintPath(residentId, plan.version)}>
                {t('plans.print')}
              </Button>
            )}
            {data.resident.status !== 'archived' && (plan === null || writable) && (
              <NewVersionButton residentId={residentId} current={current} onStarted={() => setVersion(null)} />
            )}
          </Group>
        </Group>

        {plan && !plan.active && (
          <Alert color="gray" data-testid="plan-frozen">
            <Group justify="space-between">
              <Text size="sm">{t('plans.frozenNote')}</Text>
              <Anchor component="button" size="sm" onClick={() => setVersion(null)}>
                {t('plans.showCurrent')}
              </Anchor>
            </Group>
          </Alert>
        )}

        {!plan ? (
          <Text size="sm" c="dimmed">
            {t('plans.none')}
          </Text>
        ) : (
          <>
            {plan.goals.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('plans.noGoals')}
              </Text>
            )}
            {goalsByDomain(plan.goals).map(({ domain, goals }) => (
              <Stack key={domain} gap="xs" data-testid="plan-domain">
                <Title order={3} size="h5">
                  {t(`plans.domains.${domain}`)}
                </Title>
                {goals.map((g) => (
                  <GoalCard
                    key={g.id}
                    goal={g}
                    today={today}
                    {...(writable && {
                      onEdit: () => setEditing({ kind: 'goal', goal: g }),
                      onAddAction: () => setEditing({ kind: 'action', goalId: g.id, action: null }),
                      onEditAction: (a: PlanAction) => setEditing({ kind: 'action', goalId: g.id, action: a }),
                    })}
                  />
                ))}
              </Stack>
            ))}
            {writable && (
              <Group>
                <Button variant="light" onClick={() => setEditing({ kind: 'goal', goal: null })}>
                  {t('plans.addGoal')}
                </Button>
              </Group>
            )}
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={3} size="h5">
                  {t('plans.reviews')}
                </Title>
                {writable && (
                  <Button size="xs" variant="light" onClick={() => setEditing({ kind: 'review', review: null })}>
                    {t('plans.addReview')}
                  </Button>
                )}
              </Group>
              <ReviewList
                reviews={plan.reviews}
                {...(writable && { onEdit: (r: PlanReview) => setEditing({ kind: 'review', review: r }) })}
              />
            </Stack>
          </>
        )}
      </Stack>
      {plan && (
        <>
          <GoalDialog
            planId={plan.id}
            goal={editing?.kind === 'goal' ? editing.goal : null}
            opened={editing?.kind === 'goal'}
            onClose={close}
          />
          <ActionDialog
            goalId={editing?.kind === 'action' ? editing.goalId : ''}
            action={editing?.kind === 'action' ? editing.action : null}
            opened={editing?.kind === 'action'}
            onClose={close}
          />
          <ReviewDialog
            planId={plan.id}
            review={editing?.kind === 'review' ? editing.review : null}
            opened={editing?.kind === 'review'}
            onClose={close}
          />
        </>
      )}
    </Card>
  );
}
