import { Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import { z } from 'zod';
import { isoDateSchema } from '../../../shared/dates.ts';
import { outageInputSchema, outagePeriodErrors, type Bed, type Outage } from '../../../shared/rooms.ts';
import { PREMISES_VIEWS, useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { formatDate } from '../../i18n/index.ts';
import { todayIso } from '../stays/data.ts';
import { RoomsError } from './RoomsError.tsx';

const endSchema = z.object({ untilDate: isoDateSchema });

/** A bed taken out of service for a period (repairs, damp, kept free for safety…). */
export function OutageDialog({
  bed,
  bedName,
  opened,
  onClose,
  onDone,
}: {
  bed: Bed;
  bedName: string;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('rooms.outage.title', { bed: bedName })}>
      {opened && <OutageForm bed={bed} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

function OutageForm({ bed, onClose, onDone }: { bed: Bed; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, busy, error } = useChannelMutation('beds.setOutOfService', { invalidates: PREMISES_VIEWS });
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      bedId: bed.id,
      fromDate: todayIso() as string | null,
      untilDate: null as string | null,
      reason: '',
    },
    validate: schemaValidate(outageInputSchema, outagePeriodErrors),
  });
  const submit = form.onSubmit(async (v) => {
    const r = await run(
      { bedId: bed.id, fromDate: v.fromDate!, untilDate: v.untilDate, reason: v.reason.trim() },
      (e) => showFieldErrors(form, e),
    );
    if (r.ok) onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group grow align="flex-start">
          <DateField
            label={t('rooms.outage.from')}
            clearable={false}
            withAsterisk
            data-autofocus
            {...fieldProps(form, t, 'fromDate')}
            value={form.values.fromDate}
            onChange={(d) => form.setFieldValue('fromDate', d)}
          />
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
        <Textarea
          label={t('rooms.outage.reason')}
          withAsterisk
          autosize
          minRows={2}
          {...fieldProps(form, t, 'reason')}
        />
        <RoomsError error={error} conflictTitle={t('rooms.outage.conflict')} />
        <DialogActions onCancel={onClose} confirmLabel={t('rooms.outage.submit')} color="orange" busy={busy} />
      </Stack>
    </form>
  );
}

/** The bed is back in service from a date (the first night it can be used again). */
export function EndOutageDialog({
  outage,
  bedName,
  opened,
  onClose,
  onDone,
}: {
  outage: Outage;
  bedName: string;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
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
  const { run, busy, error } = useChannelMutation('beds.endOutOfService', { invalidates: PREMISES_VIEWS });
  const form = useForm({
    mode: 'controlled',
    initialValues: { untilDate: (today >= earliest ? today : earliest) as string | null },
    validate: schemaValidate(endSchema, (v: { untilDate: string | null }) =>
      outagePeriodErrors({ fromDate: outage.fromDate, untilDate: v.untilDate }),
    ),
  });
  const submit = form.onSubmit(async (v) => {
    const r = await run({ outageId: outage.id, untilDate: v.untilDate! }, (e) =>
      showFieldErrors(form, e, ['untilDate']),
    );
    if (r.ok) onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {t('rooms.endOutage.text', { from: formatDate(outage.fromDate, language), reason: outage.reason })}
        </Text>
        <DateField
          label={t('rooms.endOutage.date')}
          description={t('rooms.endOutage.dateHint')}
          minDate={earliest}
          clearable={false}
          data-autofocus
          {...fieldProps(form, t, 'untilDate')}
          value={form.values.untilDate}
          onChange={(d) => form.setFieldValue('untilDate', d)}
        />
        <RoomsError error={error} conflictTitle={t('rooms.outage.conflict')} />
        <DialogActions onCancel={onClose} confirmLabel={t('rooms.endOutage.submit')} busy={busy} />
      </Stack>
    </form>
  );
}
