// Printing and "Save as PDF" for the window that asks. Thin on purpose: what is printed is the
// renderer's print layout (renderer/print/); each print or file is audited through the core's
// `audit.recordPrint` with the window's own session before anything leaves the window (a cancelled
// print dialog is still on record as asked for), so a locked window can neither print nor save.
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { printRequestSchema, type PrintOutcome, type PrintRecord } from '../shared/print.ts';
import type { ErrorCode, Result } from '../shared/errors.ts';

/** Runs one contract channel for the window that sent `event` (the rpc bridge's handle). */
export type RecordPrint = (event: IpcMainInvokeEvent, record: PrintRecord) => Promise<Result<unknown>>;

const refused = (code: ErrorCode, message: string): PrintOutcome => ({ ok: false, error: { code, message } });

function printDialog(contents: WebContents): Promise<{ printed: boolean; reason: string }> {
  return new Promise((resolve) => {
    contents.print({ silent: false, printBackground: true }, (printed, reason) => resolve({ printed, reason }));
  });
}

async function handlePrint(event: IpcMainInvokeEvent, raw: unknown, record: RecordPrint): Promise<PrintOutcome> {
  const parsed = printRequestSchema.safeParse(raw);
  if (!parsed.success) return refused('VALIDATION', 'Not a print request.');
  const request = parsed.data;
  const contents = event.sender;

  if (request.mode === 'dialog') {
    const audited = await record(event, { ...request.record, output: 'printer' });
    if (!audited.ok) return audited;
    const { printed, reason } = await printDialog(contents);
    if (!printed) return reason === 'cancelled' ? { ok: true, outcome: 'cancelled' } : refused('INTERNAL', reason);
    return { ok: true, outcome: 'printed' };
  }

  const owner = BrowserWindow.fromWebContents(contents);
  const options = {
    title: request.record.what,
    defaultPath: join(app.getPath('documents'), request.fileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return { ok: true, outcome: 'cancelled' };
  const fileName = basename(chosen.filePath);
  const audited = await record(event, { ...request.record, output: 'pdf', fileName });
  if (!audited.ok) return audited;
  const pdf = await contents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  await writeFile(chosen.filePath, pdf, { mode: 0o600 });
  return { ok: true, outcome: 'saved', fileName };
}

export function registerPrint(record: RecordPrint): void {
  ipcMain.handle('print', (event, request: unknown) =>
    handlePrint(event, request, record).catch((e: unknown): PrintOutcome => {
      console.error('[haven] print failed', e);
      return refused('INTERNAL', 'Printing failed.');
    }),
  );
}
