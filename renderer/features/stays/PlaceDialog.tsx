import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { addDays } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/domain.ts';
import { admitInputSchema, entryDateErrors, planDateErrors, planInputSchema } from '../../../shared/stays.ts';
import { STAY_VIEWS, useChannelMutation } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { DialogActions } from '../../components/DialogActions.tsx';
import { fieldProps, schemaValidate, showFieldErrors } from '../../components/form.ts';
import { BackdateReasonField } from './BackdateReasonField.tsx';
import { BedPicker } from './BedPicker.tsx';
import type { ResidentChild } from './ChildrenExit.tsx';
import { ChildrenPlacement, childBeds, childPlaceErrors, type ChildPlaces } from './ChildrenPlacement.tsx';
import { bedGroups, type PickContext } from './bedOptions.ts';
import { todayIso, useBoardOn, useRoomsList } from './data.ts';
import { ResidentPicker } from './ResidentPicker.tsx';
import { StayError } from './StayError.tsx';

/** Placing someone in a bed: admission, re-admission, planned admission, or a move. */
export type PlaceMode = 'admit' | 'readmit' | 'plan' | 'move';

const FORM_FIELDS = ['residentId', 'bedId', 'date', 'backdateReason'] as const;

interface PlaceValues extends Record<string, unknown> {
  residentId: string | null;
  bedId: string | null;
  date: string | null;
  backdateReason: string;
}

interface Props {
  opened: boolean;
  mode: PlaceMode;
  onClose: () => void;
  onDone: () => void;
  /** Who is placed and how they are named; null: the dialog asks (admitting from the board). */
  resident: { id: string; name: string } | null;
  /** Where the resident is and what they hold now, so the picker can tell. */
  context?: Omit<PickContext, 'residentId'>;
  initialBedId?: string | null;
  /** The day to start from (the board's date); today when not given. */
  initialDate?: string;
  /** Her children who could come with her (admit, re-admit, plan): offered beds in the same room. */
  family?: ResidentChild[];
}

export function PlaceDialog({ opened, mode, onClose, resident, ...rest }: Props) {
  const { t } = useTranslation();
  const title = resident ? t(`stays.place.${mode}.title`, { name: resident.name }) : t('stays.place.admitHere.title');
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && <PlaceForm mode={mode} onClose={onClose} resident={resident} {...rest} />}
    </Modal>
  );
}

function PlaceForm({
  mode,
  onClose,
  onDone,
  resident,
  context,
  initialBedId,
  initialDate,
  family = [],
}: Omit<Props, 'opened'>) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const admit = useChannelMutation('stays.admit', { invalidates: STAY_VIEWS });
  const move = useChannelMutation('stays.move', { invalidates: STAY_VIEWS });
  const plan = useChannelMutation('stays.plan', { invalidates: STAY_VIEWS });
  const { busy, error } = mode === 'plan' ? plan : mode === 'move' ? move : admit;
  const [places, setPlaces] = useState<ChildPlaces>(() =>
    Object.fromEntries(family.map((c) => [c.id, { comes: true, bedId: null }])),
  );
  const [placeErrors, setPlaceErrors] = useState<Record<string, string>>({});
  const form = useForm<PlaceValues>({
    mode: 'controlled',
    initialValues: {
      residentId: resident?.id ?? null,
      bedId: initialBedId ?? null,
      date: initialDate ?? (mode === 'plan' ? addDays(today, 1) : today),
      backdateReason: '',
    },
    validate:
      mode === 'plan'
        ? schemaValidate(planInputSchema.extend({ backdateReason: z.string() }), (v) => planDateErrors(v.date, today))
        : schemaValidate(admitInputSchema, (v) => entryDateErrors(v, today)),
  });
  const { residentId, bedId, date } = form.values;
  const { data: board, error: boardError, isPending: boardLoading } = useBoardOn(date);
  const { data: rooms, error: roomsError } = useRoomsList();
  const pick: PickContext = { ...context, ...(residentId ? { residentId } : {}) };
  const backdated = mode !== 'plan' && !!date && date < today;

  const submit = form.onSubmit(async (v) => {
    const chosen = board
      ? bedGroups(board, rooms ?? null, pick, t, i18n.language as Language)
          .flatMap((g) => g.items)
          .find((i) => i.value === v.bedId)
      : undefined;
    if (chosen?.disabled) {
      form.setFieldError('bedId', 'stays.errors.bedNotFree');
      return;
    }
    const familyErrors = childPlaceErrors(places);
    setPlaceErrors(familyErrors);
    if (Object.keys(familyErrors).length > 0) return;
    const base = {
      residentId: v.residentId!,
      bedId: v.bedId!,
      date: v.date!,
      ...(mode === 'move' ? {} : { children: childBeds(places) }),
    };
    // Field errors go on the form; the rest StayError explains.
    const onForm = (e: Parameters<typeof showFieldErrors>[1]) => (showFieldErrors(form, e, FORM_FIELDS), false);
    const entry = { ...base, backdateReason: v.backdateReason.trim() };
    const r =
      mode === 'plan' ? await plan.run(base, onForm) : await (mode === 'move' ? move : admit).run(entry, onForm);
    if (r.ok) onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {resident ? null : (
          <ResidentPicker
            value={residentId}
            onChange={(id) => form.setFieldValue('residentId', id)}
            error={form.errors.residentId ? t(String(form.errors.residentId)) : undefined}
          />
        )}
        <DateField
          label={
            mode === 'plan'
              ? t('stays.fields.plannedDate')
              : mode === 'move'
                ? t('stays.fields.moveDate')
                : t('stays.fields.admissionDate')
          }
          clearable={false}
          // With the resident given (no picker above), the date is the first field.
          data-autofocus={resident ? true : undefined}
          minDate={mode === 'plan' ? addDays(today, 1) : undefined}
          maxDate={mode === 'plan' ? undefined : today}
          {...fieldProps(form, t, 'date')}
          value={date}
          onChange={(d) => form.setFieldValue('date', d)}
        />
        {backdated && <BackdateReasonField {...fieldProps(form, t, 'backdateReason')} />}
        <BedPicker
          board={board ?? null}
          rooms={rooms ?? null}
          context={pick}
          loading={!!date && boardLoading}
          value={bedId}
          onChange={(id) => form.setFieldValue('bedId', id)}
          error={form.errors.bedId ? t(String(form.errors.bedId)) : undefined}
        />
        <ChildrenPlacement
          family={family}
          places={places}
          errors={placeErrors}
          board={board ?? null}
          rooms={rooms ?? null}
          parentBedId={bedId}
          onChange={(id, place) => {
            setPlaces((all) => ({ ...all, [id]: place }));
            setPlaceErrors({});
          }}
        />
        {mode === 'plan' && (
          <Text size="sm" c="dimmed">
            {t('stays.place.plan.hint')}
          </Text>
        )}
        <StayError error={boardError ?? roomsError ?? error} formFields={FORM_FIELDS} residentId={residentId} />
        <DialogActions onCancel={onClose} confirmLabel={t(`stays.place.${mode}.submit`)} busy={busy} />
      </Stack>
    </form>
  );
}
