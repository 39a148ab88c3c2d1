import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { useAction } from '../../components/useAction.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldProps, showFieldErrors } from '../../components/form.ts';
import { NewPasswordFields, newPasswordRules } from '../../components/NewPasswordFields.tsx';
import { useSessionStore } from './store.ts';

/**
 * Change one's own password. After a recovery-key sign-in (`forced`) the current password is not
 * asked for: the recovery key already proved who this is.
 */
export function ChangePasswordForm({
  forced,
  onDone,
  onCancel,
}: {
  forced: boolean;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const signedIn = useSessionStore((s) => s.signedIn);
  const { run, busy, error } = useAction();
  const owner = { username: session?.user.username ?? '', fullName: session?.user.fullName ?? '' };
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (v) => (forced || v ? null : 'validation.required'),
      ...newPasswordRules(() => owner),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    const input = forced ? { newPassword } : { currentPassword, newPassword };
    const r = await run(
      () => invoke('session.changePassword', input),
      (e) => showFieldErrors(form, e),
    );
    if (!r.ok) return;
    await signedIn(r.value);
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={error} />
        {!forced && (
          <PasswordInput
            label={t('fields.currentPassword')}
            autoComplete="current-password"
            {...fieldProps(form, t, 'currentPassword')}
          />
        )}
        <NewPasswordFields form={form} owner={owner} />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {t('password.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
