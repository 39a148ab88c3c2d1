import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface TodayLine {
  key: string;
  /** The record the line opens. */
  to: string;
  name: string;
  detail: string;
  /** Red for what is overdue or already late. */
  late?: boolean;
}

/** One block of Today: a title with its count, and lines that each open their record. */
export function TodayList({ title, lines, testId }: { title: string; lines: TodayLine[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Group justify="space-between" mb={6}>
        <Text fw={700}>{title}</Text>
        <Badge variant={lines.length ? 'filled' : 'light'} color={lines.some((l) => l.late) ? 'red' : 'teal'}>
          {lines.length}
        </Badge>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('today.nothing')}
        </Text>
      ) : (
        <Stack gap={4}>
          {lines.map((l) => (
            <Group key={l.key} gap={8} wrap="nowrap" align="baseline" data-testid="today-line">
              <Anchor
                component={Link}
                to={l.to}
                size="sm"
                fw={600}
                c={l.late ? 'red.8' : undefined}
                style={{ flexShrink: 0 }}
              >
                {l.name}
              </Anchor>
              <Text size="sm" c={l.late ? 'red.8' : 'dimmed'} truncate="end">
                {l.detail}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
