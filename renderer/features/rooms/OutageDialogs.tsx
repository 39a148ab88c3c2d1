import { Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import type { Bed, Outage } from '../../../shared/rooms.ts';
import { invoke } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { fieldProps, showFieldErrors } from '../../components/form.ts';
import { useAction } from '../../components/useAction.ts';
import { formatDate } from '../../i18n/index.ts';
import { todayIso } from '../stays/data.ts';
import { RoomsError } from './RoomsError.tsx';

/** A bed taken out of service for a period (repairs, damp, kept free for safety…). */
export function OutageDialog({ bed, bedName, opened, onClose, onDone }: { bed: Bed; bedName: string; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rooms.outage.title', { bed: bedName })}>
      {opened && <OutageForm bed={bed} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function OutageForm({ bed, onClose, onDone }: { bed: Bed; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, busy, error } = useAction();
  const form = useForm({
    mode: 'controlled',
    initialValues: { fromDate: todayIso() as string | null, untilDate: null as string | null, reason: '' },
    validate: {
      fromDate: (v) => (v ? null : 'validation.date'),
      untilDate: (v, values) => (v && values.fromDate && v <= values.fromDate ? 'validation.untilAfterFrom' : null),
      reason: (v) => (!v.trim() ? 'validation.required' : v.trim().length > 500 ? 'validation.tooLong' : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const r = await run(
      () => invoke('beds.setOutOfService', { bedId: bed.id, fromDate: v.fromDate!, untilDate: v.untilDate, reason: v.reason.trim() }),
      (e) => showFieldErrors(form, e),
    );
    if (r.ok) onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <DateField label={t('rooms.outage.from')} clearable={false} withAsterisk {...fieldProps(form, t, 'fromDate')} value={form.values.fromDate} onChange={(d) => form.setFieldValue('fromDate', d)} />
          <DateField
            label={t('rooms.outage.until')}
            placeholder={t('rooms.outage.untilOpen')}
            minDate={form.values.fromDate ? addDays(form.values.fromDate, 1) : undefined}
            {...fieldProps(form, t, 'untilDate')}
            value={form.values.untilDate}
            onChange={(d) => form.setFieldValue('untilDate', d)}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('rooms.outage.nightsHint')}
        </Text>
        <Textarea label={t('rooms.outage.reason')} withAsterisk autosize minRows={2} {...fieldProps(form, t, 'reason')} />
        <RoomsError error={error} conflictTitle={t('rooms.outage.conflict')} />
        <DialogActions onCancel={onClose} confirmLabel={t('rooms.outage.submit')} color="orange" busy={busy} />
      </Stack>
    </form>
  );
}

/** The bed is back in service from a date (the first night it can be used again). */
export function EndOutageDialog({ outage, bedName, opened, onClose, onDone }: { outage: Outage; bedName: string; opened: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rooms.endOutage.title', { bed: bedName })}>
      {opened && <EndOutageForm outage={outage} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function EndOutageForm({ outage, onClose, onDone }: { outage: Outage; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const earliest = addDays(outage.fromDate, 1);
  const today = todayIso();
  const [date, setDate] = useState<string | null>(today >= earliest ? today : earliest);
  const [dateError, setDateError] = useState<string | null>(null);
  const { run, busy, error } = useAction();
  const end = async () => {
    if (!date) return setDateError('validation.date');
    if (date < earliest) return setDateError('validation.untilAfterFrom');
    setDateError(null);
    const r = await run(
      () => invoke('beds.endOutOfService', { outageId: outage.id, untilDate: date }),
      (e) => {
        if (e.fields?.untilDate) setDateError(e.fields.untilDate);
        return !!e.fields?.untilDate;
      },
    );
    if (r.ok) onDone();
  };
  return (
    <Stack>
      <Text size="sm">
        {t('rooms.endOutage.text', { from: formatDate(outage.fromDate, language), reason: outage.reason })}
      </Text>
      <DateField
        label={t('rooms.endOutage.date')}
        description={t('rooms.endOutage.dateHint')}
        value={date}
        onChange={setDate}
        minDate={earliest}
        clearable={false}
        error={dateError ? t(dateError) : undefined}
      />
      <RoomsError error={error} conflictTitle={t('rooms.outage.conflict')} />
      <DialogActions onCancel={onClose} confirmLabel={t('rooms.endOutage.submit')} onConfirm={() => void end()} busy={busy} />
    </Stack>
  );
}
