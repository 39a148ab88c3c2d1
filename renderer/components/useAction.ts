import { useCallback, useState } from 'react';
import type { AppErrorShape, Result } from '../../shared/errors.ts';

/**
 * One call to the core at a time, for a dialog or form: `busy` while it runs, the refusal kept in
 * `error` for an error alert. `handled(error)` returning true (e.g. `showFieldErrors` put it on the
 * form) keeps it out of `error`. The Result is returned for the caller to act on.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const run = useCallback(
    async <T>(call: () => Promise<Result<T>>, handled?: (error: AppErrorShape) => boolean): Promise<Result<T>> => {
      setBusy(true);
      setError(null);
      const r = await call();
      setBusy(false);
      if (!r.ok && !handled?.(r.error)) setError(r.error);
      return r;
    },
    [],
  );
  const reset = useCallback(() => setError(null), []);

  return { run, busy, error, reset };
}
