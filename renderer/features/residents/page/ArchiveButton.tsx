import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain.ts';
import type { ResidentDetail } from '../../../../shared/residents.ts';
import { RESIDENT_VIEWS, useChannelMutation } from '../../../api.ts';
import { DialogActions } from '../../../components/DialogActions.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../i18n/index.ts';
import { nameWithCode } from '../names.ts';

/** Archiving takes an exited resident off the everyday list; it is asked for, never a surprise. */
export function ArchiveButton({ resident }: { resident: ResidentDetail }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const { run, busy, error } = useChannelMutation('residents.archive', { invalidates: RESIDENT_VIEWS });

  const archive = async () => {
    const r = await run({ id: resident.id });
    if (r.ok) setOpen(false);
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('residents.page.archive')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('residents.page.archiveTitle')} centered>
        <Stack>
          <Text size="sm">
            {t('residents.page.archiveText', {
              name: nameWithCode(resident),
              date: formatDate(resident.exitDate, i18n.language as Language),
              context: resident.sex,
            })}
          </Text>
          <ErrorAlert error={error} />
          <DialogActions
            onCancel={() => setOpen(false)}
            cancelLabel={t('residents.intake.cancel')}
            confirmLabel={t('residents.page.archiveConfirm')}
            onConfirm={() => void archive()}
            busy={busy}
            autoFocus="cancel"
          />
        </Stack>
      </Modal>
    </>
  );
}
