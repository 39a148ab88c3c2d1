import type { UseFormReturnType } from '@mantine/form';
import { useDraft, type DraftState } from '../drafts/useDraft.ts';

/** A plan dialog's typing kept as a draft (restored when the same dialog opens again after a lock). */
export function usePlanDraft<V extends Record<string, unknown>>(
  key: string,
  form: UseFormReturnType<V>,
  initial: V,
): DraftState {
  return useDraft<V>(key, {
    values: form.getValues(),
    dirty: form.isDirty(),
    restore: (data) => form.setValues({ ...initial, ...data }),
    reset: () => form.setValues(initial),
  });
}
