import { Alert, Button, Group, Loader, Radio, Stack, Stepper, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupAdmin, BackupInfo, IssuedTemporaryPassword } from '../../../shared/backup.ts';
import type { SessionView } from '../../../shared/domain.ts';
import { invoke } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { showFieldErrors } from '../../components/form.ts';
import { NewPasswordFields, newPasswordRules } from '../../components/NewPasswordFields.tsx';
import { RecoveryKeySheet } from '../../components/RecoveryKeySheet.tsx';
import { useAction } from '../../components/useAction.ts';
import { BackupFileFields, BackupInfoSummary } from '../backup/BackupFileFields.tsx';
import { useSessionStore } from '../session/store.ts';
import { TemporaryPasswordList } from './TemporaryPasswordList.tsx';

interface Inspected {
  info: BackupInfo;
  admins: BackupAdmin[];
  otherUsers: number;
}

interface Restored {
  recoveryKey: string;
  session: SessionView;
  temporaryPasswords: IssuedTemporaryPassword[];
}

/**
 * Disaster recovery on a new install: the backup and its passphrase, one of its administrators and
 * her new password, then the new recovery key and the other accounts' temporary passwords.
 */
export function RestoreFromBackup({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const signedIn = useSessionStore((s) => s.signedIn);
  const setSettingUp = useSessionStore((s) => s.setSettingUp);
  const [step, setStep] = useState(0);
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  const inspect = useAction();
  const restore = useAction();

  const adminOf = (id: string) => inspected?.admins.find((a) => a.id === id);
  const ownerOf = (v: { adminId: string }) => ({
    username: adminOf(v.adminId)?.username ?? '',
    fullName: adminOf(v.adminId)?.fullName ?? '',
    related: inspected ? [inspected.info.organisation, inspected.info.premises] : [],
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { adminId: '', newPassword: '', confirmPassword: '' },
    validate: {
      adminId: (v: string) => (v ? null : 'validation.chooseAdmin'),
      ...newPasswordRules(ownerOf),
    },
  });

  const check = async () => {
    setInspected(null);
    const r = await inspect.run(() => invoke('vault.inspectBackup', { file: file.trim(), passphrase }));
    if (!r.ok) return;
    setInspected(r.value);
    form.setFieldValue('adminId', r.value.admins.length === 1 ? r.value.admins[0]!.id : '');
  };

  const start = async (e: React.FormEvent) => {
    e.preventDefault();
    if (form.validate().hasErrors) return;
    const v = form.getValues();
    const r = await restore.run(
      () =>
        invoke('vault.restoreBackup', { file: file.trim(), passphrase, adminId: v.adminId, password: v.newPassword }),
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
    setRestored(r.value);
    setStep(2);
  };

  const finish = async () => {
    if (!restored) return;
    await signedIn(restored.session);
    setSettingUp(false);
  };

  const values = form.getValues();
  return (
    <Stepper active={step} allowNextStepsSelect={false} size="sm">
      <Stepper.Step label={t('setup.restore.stepBackup')}>
        <Stack>
          <Text size="sm">{t('setup.restore.intro')}</Text>
          <BackupFileFields
            file={file}
            passphrase={passphrase}
            onFile={(f) => {
              setFile(f);
              setInspected(null);
            }}
            onPassphrase={(p) => {
              setPassphrase(p);
              setInspected(null);
            }}
          />
          <ErrorAlert error={inspect.error} />
          {inspected && (
            <Stack data-testid="backup-info">
              <BackupInfoSummary info={inspected.info} />
            </Stack>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={onCancel}>
              {t('setup.restore.newInstead')}
            </Button>
            {inspected ? (
              <Button onClick={() => setStep(1)}>{t('common.next')}</Button>
            ) : (
              <Button onClick={() => void check()} loading={inspect.busy} disabled={!file.trim() || !passphrase}>
                {t('backup.restore.check')}
              </Button>
            )}
          </Group>
        </Stack>
      </Stepper.Step>
      <Stepper.Step label={t('setup.stepAdmin')}>
        {inspected && (
          <form onSubmit={(e) => void start(e)} noValidate>
            <Stack>
              <Radio.Group
                label={t('setup.restore.chooseAdmin')}
                description={t('setup.restore.chooseAdminHint')}
                value={values.adminId}
                onChange={(id) => form.setFieldValue('adminId', id)}
                error={form.errors.adminId ? t(String(form.errors.adminId)) : undefined}
              >
                <Stack gap="xs" mt="xs">
                  {inspected.admins.map((a) => (
                    <Radio key={a.id} value={a.id} label={`${a.fullName} (${a.username})`} />
                  ))}
                </Stack>
              </Radio.Group>
              <NewPasswordFields form={form} owner={ownerOf(values)} />
              <Alert color="blue">{t('setup.restore.othersGetTemporary', { count: inspected.otherUsers })}</Alert>
              <ErrorAlert error={restore.error} />
              {restore.busy && (
                <Group gap="sm" data-testid="restore-running">
                  <Loader size="sm" />
                  <Text size="sm">{t('setup.restore.running')}</Text>
                </Group>
              )}
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(0)} disabled={restore.busy}>
                  {t('common.back')}
                </Button>
                <Button type="submit" loading={restore.busy}>
                  {t('setup.restore.start')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stepper.Step>
      <Stepper.Step label={t('setup.stepRecovery')}>
        {restored && (
          <RecoveryKeySheet
            recoveryKey={restored.recoveryKey}
            organisation={restored.session.organisation}
            onConfirmed={() => (restored.temporaryPasswords.length > 0 ? setStep(3) : void finish())}
          />
        )}
      </Stepper.Step>
      <Stepper.Step label={t('setup.restore.stepPasswords')}>
        {restored && (
          <TemporaryPasswordList
            issued={restored.temporaryPasswords}
            organisation={restored.session.organisation}
            onDone={() => void finish()}
          />
        )}
      </Stepper.Step>
    </Stepper>
  );
}
