import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { SessionView } from '../../../shared/openclub.ts';
import { useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { AttendeePicker } from './AttendeePicker.tsx';
import { OPENCLUB_VIEWS } from './views.ts';

/** More people ticked on a session on record. */
export function AddAttendeesDialog({ session, onClose }: { session: SessionView | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      opened={session !== null}
      onClose={onClose}
      title={
        session
          ? t('openclub.session.addTitle', { date: formatDate(session.date, i18n.language as Language) })
          : undefined
      }
      size="lg"
    >
      {session && <AddAttendeesForm session={session} onClose={onClose} />}
    </Modal>
  );
}

function AddAttendeesForm({ session, onClose }: { session: SessionView; onClose: () => void }) {
  const { t } = useTranslation();
  const [ids, setIds] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const add = useChannelMutation('openclub.addAttendees', { invalidates: OPENCLUB_VIEWS });
  const fieldError = add.error?.fields?.residentIds;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (ids.length === 0) {
      setMissing(true);
      return;
    }
    const r = await add.run({ sessionId: session.id, residentIds: ids });
    if (r.ok) onClose();
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">{session.facilitator}</Text>
        <AttendeePicker
          value={ids}
          onChange={(next) => {
            setIds(next);
            setMissing(false);
          }}
          exclude={session.attendees.map((a) => a.residentId)}
          error={missing ? t('openclub.session.tickSomeone') : fieldError ? t(fieldError) : undefined}
        />
        {!fieldError && <ErrorAlert error={add.error} />}
        <DialogActions onCancel={onClose} confirmLabel={t('openclub.session.addConfirm')} busy={add.busy} />
      </Stack>
    </form>
  );
}
