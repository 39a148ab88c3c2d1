import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { AppErrorShape } from '../../shared/errors.ts';

/** Mantine input props with the validation key (`validation.*`) translated. */
export function fieldProps<V>(form: UseFormReturnType<V>, t: TFunction, path: string) {
  const props = form.getInputProps(path);
  return { ...props, error: props.error ? t(String(props.error)) : undefined };
}

/** Puts the core's per-field errors on the form; true when there were any. */
export function showFieldErrors<V>(form: UseFormReturnType<V>, error: AppErrorShape): boolean {
  if (!error.fields) return false;
  form.setErrors(error.fields);
  return Object.keys(error.fields).length > 0;
}
