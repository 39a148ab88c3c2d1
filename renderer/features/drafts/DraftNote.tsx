import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftState } from './useDraft.ts';

/** Says that the form holds typing restored from before a lock, with a way to throw it away. */
export function DraftNote({ draft }: { draft: DraftState }) {
  const { t } = useTranslation();
  if (!draft.restored) return null;
  return (
    <Alert color="teal" role="status" data-testid="draft-restored">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('drafts.restored')}</Text>
        <Button size="xs" variant="default" onClick={() => void draft.discardRestored()}>
          {t('drafts.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
