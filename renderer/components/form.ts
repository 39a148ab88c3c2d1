import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { AppErrorShape } from '../../shared/errors.ts';

/** Mantine input props with the validation key (`validation.*`) translated. */
export function fieldProps<V>(form: UseFormReturnType<V>, t: TFunction, path: string) {
  const props = form.getInputProps(path);
  return { ...props, error: props.error ? t(String(props.error)) : undefined };
}

/**
 * Puts the core's per-field errors on the form; true when there were any. With `only`, just the
 * errors on those fields (the form's own), leaving the rest for the caller to explain.
 */
export function showFieldErrors<V>(form: UseFormReturnType<V>, error: AppErrorShape, only?: readonly string[]): boolean {
  if (!error.fields) return false;
  const fields = only ? Object.fromEntries(Object.entries(error.fields).filter(([f]) => only.includes(f))) : error.fields;
  form.setErrors(fields);
  return Object.keys(fields).length > 0;
}
