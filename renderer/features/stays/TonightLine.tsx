import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { StayView } from '../../../shared/residents.ts';
import { STAY_VIEWS, useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { formatDate } from '../../i18n/index.ts';
import { StayError } from './StayError.tsx';

/**
 * The first thing on a resident's page: where she sleeps tonight and since when, and the day she is
 * expected to leave (editable), or where and from when she is expected.
 */
export function TonightLine({ stays }: { stays: StayView[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [editing, setEditing] = useState(false);
  const current = stays.find((s) => !s.planned && s.endDate === null) ?? stays.find((s) => s.planned) ?? null;
  if (!current) return null;
  const vars = { room: current.roomName, bed: current.bedLabel, date: formatDate(current.startDate, language) };
  return (
    <Group gap="md" data-testid="tonight">
      <Text fw={600} size="lg">
        {current.planned ? t('stays.tonight.expected', vars) : t('stays.tonight.sleeps', vars)}
      </Text>
      <Text size="sm" c={current.expectedLeaving ? 'orange.8' : 'dimmed'} data-testid="expected-leaving">
        {current.expectedLeaving
          ? t('stays.tonight.leaving', { date: formatDate(current.expectedLeaving, language) })
          : t('stays.tonight.noLeaving')}
      </Text>
      <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
        {t('stays.tonight.setLeaving')}
      </Button>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('stays.tonight.setLeaving')}>
        {editing && <LeavingForm stay={current} onClose={() => setEditing(false)} />}
      </Modal>
    </Group>
  );
}

function LeavingForm({ stay, onClose }: { stay: StayView; onClose: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState<string | null>(stay.expectedLeaving);
  const { run, busy, error } = useChannelMutation('stays.setExpectedLeaving', { invalidates: STAY_VIEWS });
  const save = async () => {
    const r = await run({ stayId: stay.id, date });
    if (r.ok) onClose();
  };
  return (
    <Stack>
      <DateField
        label={t('stays.fields.expectedLeaving')}
        description={t('stays.fields.expectedLeavingHint')}
        data-autofocus
        minDate={stay.startDate}
        value={date}
        onChange={setDate}
      />
      <StayError error={error} formFields={[]} residentId={stay.residentId} />
      <DialogActions
        onCancel={onClose}
        confirmLabel={t('stays.tonight.save')}
        onConfirm={() => void save()}
        busy={busy}
      />
    </Stack>
  );
}
