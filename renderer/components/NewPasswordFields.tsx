import { PasswordInput, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { passwordSchema } from '../../shared/domain.ts';
import { fieldProps } from './form.ts';
import { PasswordStrength } from './PasswordStrength.tsx';

export interface NewPasswordValues {
  newPassword: string;
  confirmPassword: string;
}

/** Validation rules for the two fields, with the same schema the core applies. */
export const newPasswordRules = {
  newPassword: (v: string) => passwordSchema.safeParse(v).error?.issues[0]?.message ?? null,
  confirmPassword: (v: string, values: NewPasswordValues) => (v === values.newPassword ? null : 'validation.passwordMismatch'),
};

/** A new password typed twice, with its strength shown as it is typed. */
export function NewPasswordFields<V extends NewPasswordValues>({
  form,
  userInputs,
}: {
  form: UseFormReturnType<V>;
  userInputs: string[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <PasswordInput label={t('fields.newPassword')} autoComplete="new-password" {...fieldProps(form, t, 'newPassword')} />
      <PasswordStrength password={form.getValues().newPassword} userInputs={userInputs} />
      <PasswordInput
        label={t('fields.confirmPassword')}
        autoComplete="new-password"
        {...fieldProps(form, t, 'confirmPassword')}
      />
    </Stack>
  );
}
