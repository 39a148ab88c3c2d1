import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { NoteCategory, NoteView } from '../../../shared/notes.ts';
import { formatDate, formatDateTime } from '../../i18n/index.ts';

const CATEGORY_COLORS: Record<NoteCategory, string> = {
  contact: 'blue',
  health: 'teal',
  legal: 'violet',
  incident: 'orange',
  court_hearing: 'grape',
  other: 'gray',
};

export function CategoryBadge({ category }: { category: NoteCategory }) {
  const { t } = useTranslation();
  return (
    <Badge color={CATEGORY_COLORS[category]} variant="light" size="sm" data-category={category}>
      {t(`notes.categories.${category}`)}
    </Badge>
  );
}

export function SensitiveBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="outline" size="sm" data-testid="note-sensitive" title={t('notes.sensitiveHint')}>
      {t('notes.sensitive')}
    </Badge>
  );
}

/** One note as it reads now, with who wrote it and whether it was corrected. */
export function NoteCard({
  note,
  onCorrect,
  onHistory,
}: {
  note: NoteView;
  onCorrect: () => void;
  onHistory: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      component="article"
      data-testid="note"
      aria-label={formatDate(note.date, language)}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {formatDate(note.date, language)}
            </Text>
            <CategoryBadge category={note.category} />
            {note.sensitive && <SensitiveBadge />}
          </Group>
          <Group gap={4} wrap="nowrap">
            {note.correctedAt && (
              <Button size="compact-xs" variant="subtle" onClick={onHistory}>
                {t('notes.history')}
              </Button>
            )}
            {note.canCorrect && (
              <Button size="compact-xs" variant="subtle" onClick={onCorrect}>
                {t('notes.correct')}
              </Button>
            )}
          </Group>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="note-body">
          {note.body}
        </Text>
        <Text size="xs" c="dimmed">
          {t('notes.byline', { name: note.authorName, at: formatDateTime(note.createdAt, language) })}
          {note.correctedAt && ` · ${t('notes.corrected', { at: formatDateTime(note.correctedAt, language) })}`}
        </Text>
      </Stack>
    </Card>
  );
}
