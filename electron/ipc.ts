// Binds the one 'rpc' channel to the core. The policy (who may call, one client per window,
// locking) lives in rpc.ts so that it is tested without Electron.
import { ipcMain } from 'electron';
import type { Core } from './core/index.ts';
import { registerPrint } from './print.ts';
import { createRpcBridge, type RpcOptions } from './rpc.ts';

let lockEverything: () => void = () => {};
let enforceEverything: () => void = () => {};

/** Registers ipcMain.handle('rpc'); call once, after the core is open. */
export function registerRpc(core: Core, options: RpcOptions = {}): void {
  const bridge = createRpcBridge(core, options);
  lockEverything = () => bridge.lockAll();
  enforceEverything = () => bridge.enforceLimits();
  ipcMain.handle('rpc', (event, channel: unknown, input: unknown) => bridge.handle(event, channel, input));
  // Prints are audited through the same bridge: the same sender check, the same window's session.
  registerPrint((event, record) => bridge.handle(event, 'audit.recordPrint', record));
}

/** Drops every window's session (OS suspend, lock screen, OS idle time). */
export function lockAllClients(): void {
  lockEverything();
}

/** Locks the windows whose sessions ended on their own (idle, absolute limit) right away. */
export function enforceSessionLimits(): void {
  enforceEverything();
}

export function unregisterRpc(): void {
  ipcMain.removeHandler('rpc');
  ipcMain.removeHandler('print');
  lockEverything = () => {};
  enforceEverything = () => {};
}
