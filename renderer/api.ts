import type { Channel, ChannelInput, ChannelOutput } from '../shared/contract.ts';
import type { Result } from '../shared/errors.ts';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the E2E bridge: the only way out of the renderer. */
    haven: { invoke(channel: string, input: unknown): Promise<Result<unknown>> };
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
