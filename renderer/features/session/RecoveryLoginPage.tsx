import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { useAction } from '../../components/useAction.ts';
import { CenteredCard } from '../../components/CenteredCard.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, showFieldErrors } from '../../components/form.ts';
import { useSessionStore } from './store.ts';

/** "Forgot password": an administrator signs in with the printed recovery key, then picks a new password. */
export function RecoveryLoginPage({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const signedIn = useSessionStore((s) => s.signedIn);
  const { run, busy, error } = useAction();
  const form = useForm({
    initialValues: { username: useSessionStore.getState().status?.lockedUsername ?? '', recoveryKey: '' },
    validate: {
      username: (v) => (v.trim() ? null : 'validation.required'),
      recoveryKey: (v) => (v.trim() ? null : 'validation.required'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    const r = await run(
      () => invoke('session.loginWithRecoveryKey', values),
      (e) => showFieldErrors(form, e),
    );
    if (r.ok) return signedIn(r.value);
  });

  return (
    <CenteredCard title={t('recovery.loginTitle')}>
      <Text size="sm">{t('recovery.loginIntro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput label={t('recovery.adminUsername')} autoComplete="username" {...fieldProps(form, t, 'username')} />
          <TextInput
            label={t('recovery.key')}
            placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.05em' } }}
            {...fieldProps(form, t, 'recoveryKey')}
          />
          <Button type="submit" loading={busy}>
            {t('recovery.submit')}
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={onBack}>
            {t('recovery.back')}
          </Anchor>
        </Stack>
      </form>
    </CenteredCard>
  );
}
