import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { PlanAction, PlanGoal } from '../../../shared/plans.ts';
import { formatDate } from '../../i18n/index.ts';
import { isOverdue, STATUS_COLOURS } from './status.ts';

interface Props {
  goal: PlanGoal;
  today: string;
  /** Absent on a frozen version: nothing can be changed there. */
  onEdit?: () => void;
  onAddAction?: () => void;
  onEditAction?: (a: PlanAction) => void;
}

/** One goal: status and target date, then its actions with who and when (overdue ones marked). */
export function GoalCard({ goal, today, onEdit, onAddAction, onEditAction }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <Card withBorder padding="sm" radius="sm" data-testid="plan-goal">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Group gap="xs">
              <Badge color={STATUS_COLOURS[goal.status]} variant="light" data-testid="goal-status">
                {t(`plans.statuses.${goal.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('plans.target', { date: formatDate(goal.targetDate, language) })}
              </Text>
            </Group>
            <Text fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="goal-description">
              {goal.description}
            </Text>
          </Stack>
          {onEdit && (
            <Button
              size="xs"
              variant="subtle"
              onClick={onEdit}
              aria-label={`${t('plans.editGoal')}: ${goal.description}`}
            >
              {t('plans.editGoal')}
            </Button>
          )}
        </Group>
        {goal.actions.length > 0 ? (
          <Table withRowBorders={false} verticalSpacing={4} data-testid="goal-actions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.columns.what')}</Table.Th>
                <Table.Th w={180}>{t('plans.columns.responsible')}</Table.Th>
                <Table.Th w={210}>{t('plans.columns.due')}</Table.Th>
                <Table.Th w={110}>{t('plans.columns.done')}</Table.Th>
                {onEditAction && <Table.Th w={90} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {goal.actions.map((a) => {
                const late = isOverdue(a, today);
                return (
                  <Table.Tr key={a.id} data-testid="plan-action" data-overdue={late || undefined}>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{a.what}</Table.Td>
                    <Table.Td>{a.responsibleName}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text span size="sm" c={late ? 'red.8' : undefined} fw={late ? 600 : undefined}>
                          {formatDate(a.dueDate, language)}
                        </Text>
                        {late && (
                          <Badge color="red" size="xs" variant="filled">
                            {t('plans.overdue')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{formatDate(a.doneDate, language)}</Table.Td>
                    {onEditAction && (
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => onEditAction(a)}
                          aria-label={`${t('plans.editAction')}: ${a.what}`}
                        >
                          {t('plans.editAction')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('plans.noActions')}
          </Text>
        )}
        {onAddAction && (
          <Group>
            <Button size="xs" variant="light" onClick={onAddAction}>
              {t('plans.addAction')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
