import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { Attendee, SessionView } from '../../../shared/openclub.ts';
import { useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { OPENCLUB_VIEWS } from './views.ts';

/** Taking someone off a session, after saying so (the attendance and its removal stay in the audit log). */
export function RemoveAttendeeDialog({
  target,
  onClose,
}: {
  target: { session: SessionView; attendee: Attendee } | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const remove = useChannelMutation('openclub.removeAttendee', { invalidates: OPENCLUB_VIEWS });
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = async () => {
    if (!target) return;
    const r = await remove.run({ sessionId: target.session.id, residentId: target.attendee.residentId });
    if (r.ok) close();
  };
  return (
    <Modal opened={target !== null} onClose={close} title={t('openclub.attendee.removeTitle')}>
      {target && (
        <Stack>
          <Text size="sm">
            {t('openclub.attendee.removeText', {
              name: target.attendee.displayName,
              date: formatDate(target.session.date, i18n.language as Language),
            })}
          </Text>
          <ErrorAlert error={remove.error} />
          <DialogActions
            onCancel={close}
            confirmLabel={t('openclub.attendee.remove')}
            color="red"
            onConfirm={() => void confirm()}
            busy={remove.busy}
            autoFocus="cancel"
          />
        </Stack>
      )}
    </Modal>
  );
}
