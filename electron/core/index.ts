import { Core, type CoreOptions } from './core.ts';
import { dispatch } from './dispatch.ts';

export type { Client, Core, CoreOptions, Session } from './core.ts';

/**
 * The core's front door, the same for Electron's ipc.ts and for tests. The dispatcher is wired in
 * here so that core.ts never imports dispatch.ts (which imports every handler, which import core.ts).
 */
export function openCore(opts: CoreOptions): Core {
  return new Core(opts, dispatch);
}
