import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { fieldProps } from '../../components/form.ts';

/** A DateField bound to a form's ISO date (or null) at `path`. */
export function dateProps<V extends Record<string, unknown>>(
  form: UseFormReturnType<V>,
  t: TFunction,
  path: keyof V & string,
) {
  // Mantine types the value by path; every path this is used for holds `string | null`.
  const set = form.setFieldValue as (p: string, value: string | null) => void;
  return {
    ...fieldProps(form, t, path),
    value: (form.getValues()[path] as string | null) ?? null,
    onChange: (d: string | null) => set(path, d),
  };
}
