import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { ResidentDetail, ResidentSummary, StayView } from '../../../shared/residents.ts';
import { STAY_VIEWS, useChannelMutation } from '../../api.ts';
import { DialogActions } from '../../components/DialogActions.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../i18n/index.ts';
import { todayIso } from './data.ts';
import { ExitDialog } from './ExitDialog.tsx';
import { PlaceDialog, type PlaceMode } from './PlaceDialog.tsx';

type Dialog = PlaceMode | 'exit' | 'cancelPlan';

const bedOf = (t: TFunction, s: StayView) => t('stays.bedName', { room: s.roomName, bed: s.bedLabel });

const expecting = (c: ResidentSummary) => c.status === 'referred' && c.referralOutcome !== 'declined';

/** The children who can come with her: expected ones for a plan, also earlier leavers for an admission. */
function familyFor(mode: PlaceMode, children: ResidentSummary[]): ResidentSummary[] {
  if (mode === 'move') return [];
  return children.filter((c) => expecting(c) || (mode !== 'plan' && c.status === 'exited'));
}

/** The stay actions that fit where the resident is: admit or plan, move or exit, re-admit. */
export function StayActions({ resident }: { resident: ResidentDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const plan = resident.stays.find((s) => s.planned) ?? null;
  const current = resident.stays.find((s) => !s.planned && s.endDate === null) ?? null;
  const name = resident.displayName;
  const who = { id: resident.id, name };
  const expected = resident.status === 'referred' && resident.referralOutcome !== 'declined';

  if (!expected && resident.status !== 'in_residence' && resident.status !== 'exited') return null;

  return (
    <Stack gap="xs" data-testid="stay-actions">
      {expected && plan && (
        <Text size="sm" data-testid="planned-stay">
          {t('stays.actions.planned', { bed: bedOf(t, plan), date: formatDate(plan.startDate, language) })}
        </Text>
      )}
      <Group gap="xs">
        {expected && (
          <>
            <Button onClick={() => setDialog('admit')}>{t('stays.actions.admit')}</Button>
            {plan ? (
              <Button variant="light" color="red" onClick={() => setDialog('cancelPlan')}>
                {t('stays.actions.cancelPlan')}
              </Button>
            ) : (
              <Button variant="light" onClick={() => setDialog('plan')}>
                {t('stays.actions.plan')}
              </Button>
            )}
          </>
        )}
        {resident.status === 'in_residence' && (
          <>
            <Button variant="light" onClick={() => setDialog('move')} disabled={!current}>
              {t('stays.actions.move')}
            </Button>
            <Button variant="light" color="orange" onClick={() => setDialog('exit')} disabled={!current}>
              {t('stays.actions.exit')}
            </Button>
          </>
        )}
        {resident.status === 'exited' && (
          <Button onClick={() => setDialog('readmit')}>{t('stays.actions.readmit')}</Button>
        )}
      </Group>

      {dialog !== null && dialog !== 'exit' && dialog !== 'cancelPlan' && (
        <PlaceDialog
          opened
          mode={dialog}
          resident={who}
          onClose={close}
          onDone={close}
          initialBedId={dialog === 'admit' ? (plan?.bedId ?? null) : null}
          // Admitting on the planned day turns the plan into the stay.
          initialDate={dialog === 'admit' && plan && plan.startDate <= todayIso() ? plan.startDate : undefined}
          family={familyFor(dialog, resident.children)}
          context={{
            ...(current ? { currentBedId: current.bedId } : {}),
            ...(plan ? { planBedId: plan.bedId } : {}),
          }}
        />
      )}
      {current && (
        <ExitDialog
          opened={dialog === 'exit'}
          onClose={close}
          onDone={close}
          resident={who}
          bed={bedOf(t, current)}
          since={current.startDate}
          children={resident.children.filter((c) => c.status === 'in_residence')}
        />
      )}
      {plan && (
        <CancelPlanDialog opened={dialog === 'cancelPlan'} plan={plan} name={name} onClose={close} onDone={close} />
      )}
    </Stack>
  );
}

function CancelPlanDialog({
  opened,
  plan,
  name,
  onClose,
  onDone,
}: {
  opened: boolean;
  plan: StayView;
  name: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { run, busy, error } = useChannelMutation('stays.cancelPlan', { invalidates: STAY_VIEWS });
  const cancel = async () => {
    const r = await run({ id: plan.id });
    if (r.ok) onDone();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('stays.cancelPlan.title')}>
      <Stack>
        <Text size="sm">
          {t('stays.cancelPlan.text', {
            name,
            bed: bedOf(t, plan),
            date: formatDate(plan.startDate, i18n.language as Language),
          })}
        </Text>
        <ErrorAlert error={error} />
        <DialogActions
          onCancel={onClose}
          cancelLabel={t('stays.cancelPlan.keep')}
          confirmLabel={t('stays.cancelPlan.confirm')}
          onConfirm={() => void cancel()}
          color="red"
          busy={busy}
          autoFocus="cancel"
        />
      </Stack>
    </Modal>
  );
}
