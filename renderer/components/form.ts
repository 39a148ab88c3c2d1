import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
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
export function showFieldErrors<V>(
  form: UseFormReturnType<V>,
  error: AppErrorShape,
  only?: readonly string[],
): boolean {
  if (!error.fields) return false;
  const fields = only
    ? Object.fromEntries(Object.entries(error.fields).filter(([f]) => only.includes(f)))
    : error.fields;
  form.setErrors(fields);
  return Object.keys(fields).length > 0;
}

/** A schema's own keys (`validation.*`) stay; zod's built-in texts become required or invalid. */
export function messageFor(value: unknown, message: string): string {
  if (message.startsWith('validation.')) return message;
  if (value === null || value === undefined || value === '') return 'validation.required';
  return 'validation.invalid';
}

/**
 * Field → i18n key from one of the shared schemas (the same the core parses the call with), first
 * problem per field. Form values may hold null where a choice is still to be made.
 */
export function schemaErrors(schema: z.ZodType, values: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of schema.safeParse(values).error?.issues ?? []) {
    const field = issue.path.map(String).join('.');
    if (field) errors[field] ??= messageFor(values[String(issue.path[0])], issue.message);
  }
  return errors;
}

/**
 * A Mantine `validate` over a shared schema and the shared rules between fields: the schema's
 * errors win on a field, the rules explain the rest in the same go.
 */
export function schemaValidate<V extends Record<string, unknown>>(
  schema: z.ZodType | ((values: V) => z.ZodType),
  rules?: (values: V) => Record<string, string>,
): (values: V) => Record<string, string> {
  return (values) => {
    const s = typeof schema === 'function' ? schema(values) : schema;
    return { ...rules?.(values), ...schemaErrors(s, values) };
  };
}
