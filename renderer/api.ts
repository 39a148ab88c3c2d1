import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/contract.ts';
import type { AppErrorShape, Result } from '../shared/errors.ts';
import type { PrintOutcome, PrintRequest } from '../shared/print.ts';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the E2E bridge: the only way out of the renderer. */
    haven: {
      invoke(channel: string, input: unknown): Promise<Result<unknown>>;
      /** Electron only (electron/print.ts): the print dialog or "Save as PDF"; absent in a plain browser. */
      print?: (request: PrintRequest) => Promise<PrintOutcome>;
      /** Electron only (electron/dialogs.ts): a folder to back up to, or a backup file; null when cancelled. */
      choosePath?: (kind: 'folder' | 'backup') => Promise<string | null>;
    };
  }
}

declare module '@tanstack/react-query' {
  interface Register {
    // A refused call (`ok: false`) is what queries and mutations fail with, never an Error.
    defaultError: AppErrorShape;
  }
}

/** Typed call of one contract channel. Never throws for a refused call: read `ok`. */
export async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  try {
    return (await window.haven.invoke(channel, input)) as Result<ChannelOutput<C>>;
  } catch (e) {
    return { ok: false, error: { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } };
  }
}

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await invoke(channel, input);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The renderer's one cache of what the core answered. Refusals are answers, not network hiccups:
 * no retries. Every visit to a screen refetches in the background (staleTime 0), as before.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    mutations: { retry: false },
  },
});

export type ChannelKey<C extends Channel> = readonly [C, ChannelInput<C>];

export function channelKey<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelKey<C> {
  return [channel, input];
}

type QueryOptions<C extends Channel, T> = Omit<
  UseQueryOptions<ChannelOutput<C>, AppErrorShape, T, ChannelKey<C>>,
  'queryKey' | 'queryFn'
>;

/** One channel's answer for one input, cached under [channel, input]. */
export function useChannelQuery<C extends Channel, T = ChannelOutput<C>>(
  channel: C,
  input: ChannelInput<C>,
  options?: QueryOptions<C, T>,
) {
  return useQuery({ queryKey: channelKey(channel, input), queryFn: () => call(channel, input), ...options });
}

/**
 * A change through one channel. When it succeeds, every cached answer of the `invalidates`
 * channels is fetched again before `run` resolves, so a dialog closes onto fresh data.
 * `run` returns the Result; `error` keeps a refusal for an error alert unless `handled(error)`
 * took care of it (e.g. `showFieldErrors` put it on the form).
 */
export function useChannelMutation<C extends Channel>(
  channel: C,
  { invalidates }: { invalidates: readonly Channel[] },
) {
  const client = useQueryClient();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const { mutateAsync, isPending } = useMutation<ChannelOutput<C>, AppErrorShape, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => Promise.all(invalidates.map((c) => client.invalidateQueries({ queryKey: [c] }))),
  });
  const run = useCallback(
    async (input: ChannelInput<C>, handled?: (error: AppErrorShape) => boolean): Promise<Result<ChannelOutput<C>>> => {
      setError(null);
      try {
        return { ok: true, value: await mutateAsync(input) };
      } catch (e) {
        const refused = e as AppErrorShape;
        if (!handled?.(refused)) setError(refused);
        return { ok: false, error: refused };
      }
    },
    [mutateAsync],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, busy: isPending, error, reset };
}

/** What a change to residents, rooms or stays can show up in. */
export const RESIDENT_VIEWS = [
  'residents.list',
  'residents.get',
  'stays.board',
  'today.get',
] as const satisfies readonly Channel[];
export const PREMISES_VIEWS = ['rooms.list', 'stays.board', 'residents.get'] as const satisfies readonly Channel[];
export const STAY_VIEWS = [
  'stays.board',
  'residents.list',
  'residents.get',
  'today.get',
] as const satisfies readonly Channel[];
