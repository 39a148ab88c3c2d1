import { Divider, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../shared/notes.ts';
import { useChannelQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ProfileSection } from '../residents/page/ProfileSection.tsx';
import { CorrectDialog } from './CorrectDialog.tsx';
import { HistoryDialog } from './HistoryDialog.tsx';
import { NoteCard } from './NoteCard.tsx';
import { NoteComposer } from './NoteComposer.tsx';

/** The resident's case notes, newest first, with the editor for a new one on top. */
export function NotesSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { data: notes, error } = useChannelQuery('notes.list', { residentId });
  // A new composer (and draft) for each note written.
  const [round, setRound] = useState(0);
  const [correcting, setCorrecting] = useState<NoteView | null>(null);
  const [historyOf, setHistoryOf] = useState<string | null>(null);

  return (
    <ProfileSection title={t('notes.title')}>
      <NoteComposer key={`${residentId}:${round}`} residentId={residentId} onSaved={() => setRound((n) => n + 1)} />
      <Divider />
      <ErrorAlert error={error} />
      {!notes && !error && <Loader size="sm" />}
      {notes?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('notes.none')}
        </Text>
      )}
      {notes && notes.length > 0 && (
        <Stack gap="xs" data-testid="notes-list">
          {notes.map((n) => (
            <NoteCard key={n.id} note={n} onCorrect={() => setCorrecting(n)} onHistory={() => setHistoryOf(n.id)} />
          ))}
        </Stack>
      )}
      <CorrectDialog note={correcting} onClose={() => setCorrecting(null)} />
      <HistoryDialog noteId={historyOf} onClose={() => setHistoryOf(null)} />
    </ProfileSection>
  );
}
