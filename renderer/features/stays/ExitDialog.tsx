import { Alert, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import { EXIT_DESTINATIONS } from '../../../shared/residents.ts';
import { entryDateErrors, exitDateErrors, exitInputSchema } from '../../../shared/stays.ts';
import { STAY_VIEWS, useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { formatDate } from '../../i18n/index.ts';
import { BackdateReasonField } from './BackdateReasonField.tsx';
import {
  ChildrenExit,
  childChoiceErrors,
  childExits,
  noChoices,
  type ChildChoices,
  type ResidentChild,
} from './ChildrenExit.tsx';
import { todayIso } from './data.ts';
import { exitDestinationLabel } from './options.ts';
import { StayError } from './StayError.tsx';

const FORM_FIELDS = ['date', 'backdateReason', 'reason', 'destination'] as const;

type Destination = (typeof EXIT_DESTINATIONS)[number];

interface ExitValues extends Record<string, unknown> {
  date: string | null;
  backdateReason: string;
  reason: string;
  destination: Destination | null;
}

const exitFormSchema = exitInputSchema.omit({ residentId: true, children: true });

interface Props {
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
  resident: { id: string; name: string };
  /** Where the resident sleeps now, e.g. "Room 3 · B", and since when. */
  bed: string;
  since: string | null;
  /** Her children still in residence: the dialog asks what becomes of each. */
  children?: ResidentChild[];
}

/** The end of a stay: date, why, where to; checked once more before it is saved. */
export function ExitDialog({ opened, onClose, resident, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('stays.exit.title', { name: resident.name })} size="lg">
      {opened && <ExitForm onClose={onClose} resident={resident} {...rest} />}
    </Modal>
  );
}

function ExitForm({ onClose, onDone, resident, bed, since, children = [] }: Omit<Props, 'opened'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const today = todayIso();
  const [confirming, setConfirming] = useState(false);
  const [choices, setChoices] = useState<ChildChoices>(() => noChoices(children));
  const [childErrors, setChildErrors] = useState<Record<string, string>>({});
  const { run, busy, error } = useChannelMutation('stays.exit', { invalidates: STAY_VIEWS });
  const form = useForm<ExitValues>({
    mode: 'controlled',
    initialValues: { date: today, backdateReason: '', reason: '', destination: null },
    validate: schemaValidate(exitFormSchema, (v) => ({
      ...entryDateErrors(v, today),
      ...exitDateErrors(v.date, since),
    })),
  });
  const v = form.values;
  const backdated = !!v.date && v.date < today;

  const save = async () => {
    const r = await run({
      residentId: resident.id,
      date: v.date!,
      reason: v.reason.trim(),
      destination: v.destination!,
      backdateReason: v.backdateReason.trim(),
      children: childExits(children, choices),
    });
    if (!r.ok) {
      showFieldErrors(form, r.error, FORM_FIELDS); // the rest StayError explains
      setConfirming(false);
      return;
    }
    onDone();
  };

  // The form's own fields and each child's decision are checked together, so every gap shows at once.
  const next = (e?: FormEvent<HTMLFormElement>) => {
    e?.preventDefault();
    const errors = childChoiceErrors(children, choices);
    setChildErrors(errors);
    const formOk = !form.validate().hasErrors;
    if (formOk && Object.keys(errors).length === 0) setConfirming(true);
  };

  if (confirming) {
    return (
      <Stack>
        <Alert color="orange" title={t('stays.exit.confirmTitle')}>
          <Text size="sm">
            {t('stays.exit.confirmText', {
              name: resident.name,
              date: formatDate(v.date, language),
              bed,
              destination: exitDestinationLabel(t, v.destination!),
            })}
          </Text>
          {children.map((c) => (
            <Text size="sm" key={c.id} mt={4} data-testid="family-confirm">
              {choices[c.id]?.action === 'carer'
                ? t('stays.family.confirmCarer', { name: c.displayName, carer: choices[c.id]!.carer.trim() })
                : t('stays.family.confirmWith', { name: c.displayName })}
            </Text>
          ))}
        </Alert>
        <DialogActions
          onCancel={() => setConfirming(false)}
          cancelLabel={t('common.back')}
          confirmLabel={t('stays.exit.confirm')}
          onConfirm={() => void save()}
          color="orange"
          busy={busy}
          autoFocus="confirm"
        />
      </Stack>
    );
  }

  return (
    <form onSubmit={next} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {since ? t('stays.exit.current', { bed, date: formatDate(since, language) }) : bed}
        </Text>
        <DateField
          label={t('stays.fields.exitDate')}
          description={t('stays.fields.exitDateHint')}
          clearable={false}
          data-autofocus
          maxDate={today}
          minDate={since ?? undefined}
          {...fieldProps(form, t, 'date')}
          value={v.date}
          onChange={(d) => form.setFieldValue('date', d)}
        />
        {backdated && <BackdateReasonField {...fieldProps(form, t, 'backdateReason')} />}
        <Textarea
          label={t('stays.fields.exitReason')}
          autosize
          minRows={2}
          withAsterisk
          {...fieldProps(form, t, 'reason')}
        />
        <Select
          label={t('stays.fields.destination')}
          withAsterisk
          data={EXIT_DESTINATIONS.map((d) => ({ value: d, label: exitDestinationLabel(t, d) }))}
          comboboxProps={{ withinPortal: true }}
          {...fieldProps(form, t, 'destination')}
        />
        <ChildrenExit
          children={children}
          choices={choices}
          errors={childErrors}
          onChange={(id, choice) => {
            setChoices((all) => ({ ...all, [id]: choice }));
            setChildErrors(({ [id]: _, ...rest }) => rest);
          }}
        />
        <StayError error={error} formFields={FORM_FIELDS} residentId={resident.id} />
        <DialogActions onCancel={onClose} confirmLabel={t('stays.exit.next')} color="orange" />
      </Stack>
    </form>
  );
}
