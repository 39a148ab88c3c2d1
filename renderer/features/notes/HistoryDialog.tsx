import { Loader, Modal, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/index.ts';

/** The original text of a note and every correction after it, oldest first. */
export function HistoryDialog({ noteId, onClose }: { noteId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={noteId !== null} onClose={onClose} title={t('notes.historyTitle')} size="lg">
      {noteId && <History noteId={noteId} />}
    </Modal>
  );
}

function History({ noteId }: { noteId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useChannelQuery('notes.get', { id: noteId });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loader size="sm" />;
  return (
    <Timeline active={data.history.length - 1} bulletSize={14} lineWidth={2} data-testid="note-history">
      {data.history.map((v, i) => (
        <Timeline.Item key={i} title={v.kind === 'original' ? t('notes.original') : t('notes.correction')}>
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('notes.byline', { name: v.authorName, at: formatDateTime(v.at, i18n.language as Language) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {v.body}
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
