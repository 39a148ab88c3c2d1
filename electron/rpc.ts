// The 'rpc' IPC handler without Electron: which sender may call, one core client per window,
// and locking them all. ipc.ts binds it to ipcMain; tests/unit/rpc.test.ts drives it with a real
// core and stand-ins for Electron's event objects, which are described here by shape only.
import type { AppErrorShape, Result } from '../shared/errors.ts';
import type { Client, Core } from './core/index.ts';
import { enforceSessionLimits } from './core/session/limits.ts';
import { isTrustedSender } from './security.ts';

/** The part of Electron's WebFrameMain that the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** The part of Electron's WebContents that the client registry uses. */
export interface SenderContents {
  readonly id: number;
  once(event: 'destroyed', listener: () => void): unknown;
  on(event: 'render-process-gone', listener: () => void): unknown;
}

/** The part of Electron's IpcMainInvokeEvent that the handler reads. */
export interface RpcEvent {
  readonly sender: SenderContents;
  readonly senderFrame: SenderFrame | null;
}

export interface RpcOptions {
  /** The electron-vite dev server, trusted as a sender in development only. */
  devServerUrl?: string | undefined;
}

export interface RpcBridge {
  handle(event: RpcEvent, channel: unknown, input: unknown): Promise<Result<unknown>>;
  /** OS suspend, lock screen or idle time: every window goes back to its login screen. */
  lockAll(): void;
  /** Locks the windows whose sessions have ended on their own, without waiting for their next call. */
  enforceLimits(): void;
  /** How many windows currently hold a client (for tests). */
  readonly size: number;
}

function forbidden(message: string): Result<never> {
  const error: AppErrorShape = { code: 'FORBIDDEN', message };
  return { ok: false, error };
}

export function createRpcBridge(core: Core, options: RpcOptions = {}): RpcBridge {
  const clients = new Map<number, Client>();

  function clientFor(contents: SenderContents): Client {
    const existing = clients.get(contents.id);
    if (existing) return existing;
    const client = core.connect();
    clients.set(contents.id, client);
    contents.once('destroyed', () => {
      clients.delete(contents.id);
      client.disconnect();
    });
    // A crashed renderer has lost its view state; whoever comes back signs in again.
    contents.on('render-process-gone', () => client.lock('os'));
    return client;
  }

  return {
    async handle(event, channel, input) {
      const frame = event.senderFrame;
      // Only the top frame of one of our own pages may call: not an iframe, not a page that
      // somehow navigated elsewhere, not a frame that is already gone.
      if (!frame || frame.parent !== null || !isTrustedSender(frame.url, options.devServerUrl)) {
        return forbidden('This page may not call Haven.');
      }
      try {
        return await clientFor(event.sender).invoke(channel, input);
      } catch (e) {
        console.error('[haven] rpc failed', e);
        return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Haven.' } };
      }
    },
    lockAll() {
      for (const client of clients.values()) client.lock('os');
    },
    enforceLimits() {
      for (const client of clients.values()) enforceSessionLimits(core, client, core.clock());
    },
    get size() {
      return clients.size;
    },
  };
}
