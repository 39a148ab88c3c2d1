import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain.ts';
import type { AppErrorShape } from '../../../../shared/errors.ts';
import type { ResidentDetail } from '../../../../shared/residents.ts';
import { invoke } from '../../../api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../i18n/index.ts';
import { nameWithCode } from '../names.ts';

/** Archiving takes an exited resident off the everyday list; it is asked for, never a surprise. */
export function ArchiveButton({ resident, onArchived }: { resident: ResidentDetail; onArchived(): void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const archive = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('residents.archive', { id: resident.id });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setOpen(false);
    onArchived();
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
            })}
          </Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {t('residents.intake.cancel')}
            </Button>
            <Button onClick={() => void archive()} loading={busy}>
              {t('residents.page.archiveConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
