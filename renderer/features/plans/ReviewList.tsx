import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { PlanReview } from '../../../shared/plans.ts';
import { formatDate } from '../../i18n/index.ts';

/** Reviews, the latest first: when, what was said, when the next one is. */
export function ReviewList({ reviews, onEdit }: { reviews: PlanReview[]; onEdit?: (r: PlanReview) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (reviews.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('plans.noReviews')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {reviews.map((r) => (
        <Stack key={r.id} gap={2} data-testid="plan-review">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" fw={600}>
              {formatDate(r.reviewDate, language)}
              <Text span size="sm" c="dimmed" fw={400}>
                {' · '}
                {t('plans.recordedBy', { name: r.recordedByName })}
              </Text>
            </Text>
            {onEdit && (
              <Button size="compact-xs" variant="subtle" onClick={() => onEdit(r)}>
                {t('plans.editReview')}
              </Button>
            )}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {r.summary}
          </Text>
          {r.nextReviewDate && (
            <Text size="sm" c="dimmed">
              {t('plans.nextReview', { date: formatDate(r.nextReviewDate, language) })}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
