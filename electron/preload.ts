// The renderer's only door to the main process: window.haven.invoke(channel, input) → Result.
// Runs sandboxed and is bundled to one CommonJS file (electron.vite.config.ts).
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('haven', {
  invoke: (channel: string, input?: unknown): Promise<unknown> => ipcRenderer.invoke('rpc', channel, input),
  /** The print dialog or "Save as PDF" for this window (electron/print.ts); audited by the core. */
  print: (request: unknown): Promise<unknown> => ipcRenderer.invoke('print', request),
  /** The OS's folder or file picker for the backup screens (electron/dialogs.ts). */
  choosePath: (kind: 'folder' | 'backup'): Promise<string | null> => ipcRenderer.invoke('choose-path', kind),
});
