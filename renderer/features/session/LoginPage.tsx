import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { useAction } from '../../components/useAction.ts';
import { CenteredCard } from '../../components/CenteredCard.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps } from '../../components/form.ts';
import { LockReasonNote } from './LockReasonNote.tsx';
import { useSessionStore } from './store.ts';

const usernameId = 'login-username';

export function LoginPage({ onForgot }: { onForgot: () => void }) {
  const { t } = useTranslation();
  const lockedUsername = useSessionStore((s) => s.status?.lockedUsername ?? null);
  const signedIn = useSessionStore((s) => s.signedIn);
  const { run, busy, error, reset } = useAction();
  // On a shared PC the next person signs in with their own account; the previous one's drafts and
  // page stay theirs (the core keeps drafts per user, the page is kept per user in lastPage.ts).
  const [switched, setSwitched] = useState(false);
  const previous = switched ? null : lockedUsername;
  const form = useForm({
    initialValues: { username: lockedUsername ?? '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : 'validation.required'),
      password: (v) => (v ? null : 'validation.required'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    const r = await run(() => invoke('session.login', values));
    if (r.ok) return signedIn(r.value);
    form.setFieldValue('password', '');
  });

  return (
    <CenteredCard title={t('login.title')}>
      <LockReasonNote />
      {previous && (
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm">{t('login.lockedBy', { username: previous })}</Text>
          <Button
            variant="light"
            size="xs"
            style={{ flexShrink: 0 }}
            title={t('login.switchUserHint', { username: previous })}
            onClick={() => {
              setSwitched(true);
              reset();
              form.setValues({ username: '', password: '' });
              form.clearErrors();
              document.getElementById(usernameId)?.focus();
            }}
          >
            {t('login.switchUser')}
          </Button>
        </Group>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput
            label={t('fields.username')}
            autoComplete="username"
            autoFocus={!lockedUsername}
            id={usernameId}
            {...fieldProps(form, t, 'username')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            autoFocus={!!lockedUsername}
            {...fieldProps(form, t, 'password')}
          />
          <Button type="submit" loading={busy}>
            {t('login.submit')}
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={onForgot}>
            {t('login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </CenteredCard>
  );
}
