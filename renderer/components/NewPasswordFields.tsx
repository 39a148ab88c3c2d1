import { PasswordInput, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { loadedStrengthScorer, passwordProblem, type PasswordOwner } from '../../shared/password-policy.ts';
import { fieldProps } from './form.ts';
import { PasswordStrength } from './PasswordStrength.tsx';

export interface NewPasswordValues {
  newPassword: string;
  confirmPassword: string;
}

/**
 * Validation rules for the two fields, with the policy the core applies. The strength rule needs
 * zxcvbn, which the strength meter loads as soon as something is typed; should it not be loaded
 * yet, the core's answer names the field instead.
 */
export function newPasswordRules<O>(ownerOf: (values: O) => PasswordOwner) {
  return {
    newPassword: (v: string, values: O & NewPasswordValues) =>
      passwordProblem(v, ownerOf(values), loadedStrengthScorer()),
    confirmPassword: (v: string, values: O & NewPasswordValues) =>
      v === values.newPassword ? null : 'validation.passwordMismatch',
  };
}

/** A new password typed twice, with its strength shown as it is typed. */
export function NewPasswordFields<V extends NewPasswordValues>({
  form,
  owner,
}: {
  form: UseFormReturnType<V>;
  owner: PasswordOwner;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <PasswordInput
        label={t('fields.newPassword')}
        autoComplete="new-password"
        {...fieldProps(form, t, 'newPassword')}
      />
      <PasswordStrength password={form.getValues().newPassword} owner={owner} />
      <PasswordInput
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        {...fieldProps(form, t, 'confirmPassword')}
      />
    </Stack>
  );
}
