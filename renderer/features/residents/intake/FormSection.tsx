import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProps } from '../../../components/form.ts';
import type { FieldName, IntakeValues } from './values.ts';

export type IntakeForm = UseFormReturnType<IntakeValues>;

/** One titled block of the intake form; `highlight` draws attention to it (a minor's guardian). */
export function FormSection({
  title,
  badge,
  highlight,
  children,
}: {
  title: string;
  badge?: string;
  highlight?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      role="group"
      aria-labelledby={id}
      bg={highlight ? 'orange.0' : undefined}
      style={highlight ? { borderColor: 'var(--mantine-color-orange-5)', borderWidth: 2 } : undefined}
      data-highlight={highlight ? 'true' : undefined}
    >
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {badge && (
            <Badge color="orange" variant="filled" size="sm">
              {badge}
            </Badge>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** Label and form binding of a resident field, with its validation message translated. */
export function useField(form: IntakeForm) {
  const { t } = useTranslation();
  return (name: FieldName, required = false) => ({
    label: t(`residents.fields.${name}`),
    withAsterisk: required,
    ...fieldProps(form, t, name),
  });
}

type DateName = {
  [K in FieldName]: IntakeValues[K] extends string | null ? (null extends IntakeValues[K] ? K : never) : never;
}[FieldName];

/** The same for a date field: DateField takes an ISO string or null. */
export function useDateField(form: IntakeForm) {
  const field = useField(form);
  return (name: DateName, required = false) => ({
    ...field(name, required),
    value: form.getValues()[name],
    onChange: (v: string | null) => form.setFieldValue(name, v),
  });
}
