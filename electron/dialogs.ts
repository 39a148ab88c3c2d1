// The OS's folder and file pickers for the backup screens. Thin on purpose: the chosen path goes
// back to the window that asked, which passes it to the core's backup channels like a typed one
// (the core checks it, and only administrators may call those).
import { BrowserWindow, dialog, ipcMain, type OpenDialogOptions } from 'electron';

const OPTIONS: Record<'folder' | 'backup', OpenDialogOptions> = {
  folder: { properties: ['openDirectory', 'createDirectory'] },
  backup: { properties: ['openFile'], filters: [{ name: 'Haven backup', extensions: ['havenbak'] }] },
};

export function registerDialogs(): void {
  ipcMain.handle('choose-path', async (event, kind: unknown): Promise<string | null> => {
    if (kind !== 'folder' && kind !== 'backup') return null;
    const owner = BrowserWindow.fromWebContents(event.sender);
    if (!owner) return null; // only a window of this app may ask
    const chosen = await dialog.showOpenDialog(owner, OPTIONS[kind]);
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  });
}
