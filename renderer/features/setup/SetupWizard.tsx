import { Button, Group, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameSchema, usernameSchema, type Language, type SessionView } from '../../../shared/domain.ts';
import { invoke } from '../../api.ts';
import { useAction } from '../../components/useAction.ts';
import { CenteredCard } from '../../components/CenteredCard.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, showFieldErrors } from '../../components/form.ts';
import { NewPasswordFields, newPasswordRules } from '../../components/NewPasswordFields.tsx';
import { RecoveryKeySheet } from '../../components/RecoveryKeySheet.tsx';
import { useSessionStore } from '../session/store.ts';
import { RestoreFromBackup } from './RestoreFromBackup.tsx';

const firstIssue = (schema: { safeParse(v: unknown): { error?: { issues: { message: string }[] } } }) => (v: unknown) =>
  schema.safeParse(v).error?.issues[0]?.message ?? null;

/** The first administrator's words, as the core weighs them at set-up. */
const setupOwner = (v: { username: string; fullName: string; organisation: string; premises: string }) => ({
  username: v.username,
  fullName: v.fullName,
  related: [v.organisation, v.premises],
});

const STEP_FIELDS = [
  ['organisation', 'premises'],
  ['username', 'fullName', 'newPassword', 'confirmPassword'],
] as const;

/**
 * First run: organisation and premises, the first administrator, then the recovery key. Or, on a
 * new computer replacing a lost one, the same install restored from a backup.
 */
export function SetupWizard() {
  const { t } = useTranslation();
  const [fromBackup, setFromBackup] = useState(false);
  return (
    <CenteredCard title={t(fromBackup ? 'setup.restore.title' : 'setup.title')} width={680}>
      {fromBackup ? (
        <RestoreFromBackup onCancel={() => setFromBackup(false)} />
      ) : (
        <NewSetup onRestore={() => setFromBackup(true)} />
      )}
    </CenteredCard>
  );
}

function NewSetup({ onRestore }: { onRestore: () => void }) {
  const { t, i18n } = useTranslation();
  const signedIn = useSessionStore((s) => s.signedIn);
  const setSettingUp = useSessionStore((s) => s.setSettingUp);
  const [step, setStep] = useState(0);
  const { run, busy, error } = useAction();
  const [created, setCreated] = useState<{ recoveryKey: string; session: SessionView } | null>(null);

  const form = useForm({
    mode: 'controlled',
    initialValues: { organisation: '', premises: '', username: '', fullName: '', newPassword: '', confirmPassword: '' },
    validate: {
      organisation: firstIssue(nameSchema),
      premises: firstIssue(nameSchema),
      username: firstIssue(usernameSchema),
      fullName: firstIssue(nameSchema),
      ...newPasswordRules(setupOwner),
    },
  });

  const stepValid = (i: 0 | 1) => {
    let ok = true;
    for (const f of STEP_FIELDS[i]) if (form.validateField(f).hasError) ok = false;
    return ok;
  };

  const next = (e: React.FormEvent) => {
    e.preventDefault();
    if (stepValid(0)) setStep(1);
  };

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!stepValid(1)) return;
    const v = form.getValues();
    const input = {
      organisation: v.organisation,
      premises: v.premises,
      username: v.username,
      fullName: v.fullName,
      password: v.newPassword,
      language: i18n.language as Language,
    };
    const r = await run(
      () => invoke('vault.setup', input),
      // The core names the field `password`; the form calls it `newPassword`.
      (e) =>
        showFieldErrors(
          form,
          e.fields?.password ? { ...e, fields: { ...e.fields, newPassword: e.fields.password } } : e,
        ),
    );
    if (!r.ok) return;
    form.setFieldValue('newPassword', '');
    form.setFieldValue('confirmPassword', '');
    setCreated(r.value);
    setStep(2);
  };

  const finish = async () => {
    if (!created) return;
    await signedIn(created.session);
    setSettingUp(false);
  };

  return (
    <Stepper active={step} allowNextStepsSelect={false} size="sm">
      <Stepper.Step label={t('setup.stepOrganisation')}>
        <form onSubmit={next} noValidate>
          <Stack>
            <Text size="sm">{t('setup.welcome')}</Text>
            <TextInput label={t('fields.organisation')} autoFocus {...fieldProps(form, t, 'organisation')} />
            <TextInput label={t('fields.premises')} {...fieldProps(form, t, 'premises')} />
            <Group justify="space-between">
              <Button variant="default" onClick={onRestore}>
                {t('setup.restore.offer')}
              </Button>
              <Button type="submit">{t('common.next')}</Button>
            </Group>
          </Stack>
        </form>
      </Stepper.Step>
      <Stepper.Step label={t('setup.stepAdmin')}>
        <form onSubmit={create} noValidate>
          <Stack>
            <Text size="sm">{t('setup.adminIntro')}</Text>
            <ErrorAlert error={error} />
            <TextInput
              label={t('fields.username')}
              autoFocus
              autoComplete="username"
              {...fieldProps(form, t, 'username')}
            />
            <TextInput label={t('fields.fullName')} autoComplete="name" {...fieldProps(form, t, 'fullName')} />
            <NewPasswordFields form={form} owner={setupOwner(form.getValues())} />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(0)}>
                {t('common.back')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('setup.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stepper.Step>
      <Stepper.Step label={t('setup.stepRecovery')}>
        {created && (
          <RecoveryKeySheet
            recoveryKey={created.recoveryKey}
            organisation={created.session.organisation}
            onConfirmed={finish}
          />
        )}
      </Stepper.Step>
    </Stepper>
  );
}
