import { useState } from 'react';
import type { AppErrorShape } from '../../shared/errors.ts';
import { invoke } from '../api.ts';
import { usePrintingStore } from './printing.ts';

export interface PrintJob {
  /** The kind of document, for the audit log (`bedBoard`, `occupancyReport`…). */
  what: string;
  /** The period or date covered, as ISO dates (`2026-03-01/2026-03-31`, `2026-03-10`). */
  period: string;
  /** The resident the document is about, when it is about one. */
  recordId?: string;
}

export type PrintMode = 'dialog' | 'pdf';

/** True inside Haven's window, where "Save as PDF" goes through a save dialog to a chosen folder. */
export const canSavePdf = (): boolean => typeof window.haven.print === 'function';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A safe file name: the document kind and period, nothing about a person. */
export function pdfFileName(job: PrintJob): string {
  return `haven-${job.what}-${job.period.replace(/[^0-9A-Za-z-]+/g, '_')}.pdf`;
}

/**
 * Printing one document: the "codes instead of names" choice, then the print dialog or a PDF.
 * Every print is audited by the core (`audit.recordPrint`); when that is refused (a locked
 * session), nothing is printed.
 */
export function usePrint(job: PrintJob) {
  const [codesOnly, setCodesOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const print = async (mode: PrintMode): Promise<void> => {
    setBusy(true);
    setError(null);
    setSaved(null);
    usePrintingStore.getState().set(true);
    try {
      await nextFrame(); // the print document is in the page, with the latest choice, before printing
      const record = {
        what: job.what,
        period: job.period,
        codesOnly,
        ...(job.recordId ? { recordId: job.recordId } : {}),
      };
      if (window.haven.print) {
        const r = await window.haven.print({ mode, fileName: pdfFileName(job), record });
        if (!r.ok) setError(r.error);
        else if (r.outcome === 'saved') setSaved(r.fileName ?? '');
        return;
      }
      // A plain browser: its own dialog (which can also save a PDF), audited first.
      const audited = await invoke('audit.recordPrint', { ...record, output: mode === 'pdf' ? 'pdf' : 'printer' });
      if (!audited.ok) return setError(audited.error);
      window.print();
    } finally {
      usePrintingStore.getState().set(false);
      setBusy(false);
    }
  };

  return { codesOnly, setCodesOnly, busy, error, saved, print };
}

export type PrintState = ReturnType<typeof usePrint>;
