import { Core, type CoreOptions } from './core.ts';

export type { Client, Core, CoreOptions, Session } from './core.ts';

/** The core's front door, the same for Electron's ipc.ts and for tests. */
export function openCore(opts: CoreOptions): Core {
  return new Core(opts);
}
