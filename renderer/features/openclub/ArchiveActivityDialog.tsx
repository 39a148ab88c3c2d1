import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityView } from '../../../shared/openclub.ts';
import { useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OPENCLUB_VIEWS } from './views.ts';

/**
 * Archiving takes the activity off everyone's list and stops new sessions, so the manager is asked
 * first; restoring is asked the same way, since it puts the activity back in front of all staff.
 */
export function ArchiveActivityDialog({
  activity,
  opened,
  onClose,
}: {
  activity: ActivityView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const archive = useChannelMutation('openclub.archiveActivity', { invalidates: OPENCLUB_VIEWS });
  const restoring = activity.archived;
  const close = () => {
    archive.reset();
    onClose();
  };
  const confirm = async () => {
    const r = await archive.run({ id: activity.id, archived: !restoring });
    if (r.ok) close();
  };
  const key = restoring ? 'restore' : 'archive';
  return (
    <Modal opened={opened} onClose={close} title={t(`openclub.${key}Dialog.title`, { name: activity.name })}>
      <Stack>
        <Text size="sm">{t(`openclub.${key}Dialog.text`)}</Text>
        <ErrorAlert error={archive.error} />
        <DialogActions
          onCancel={close}
          confirmLabel={t(`openclub.activity.${key}`)}
          onConfirm={() => void confirm()}
          busy={archive.busy}
          autoFocus="cancel"
        />
      </Stack>
    </Modal>
  );
}
