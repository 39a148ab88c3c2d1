import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The page as Chromium prints it (print media, the document's own @page size), as PDF bytes. */
export async function printedPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  try {
    // The print layout is only in the page while printing (renderer/print/printing.ts).
    await page.getByTestId('print-document').waitFor({ state: 'attached' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/** The text of each page of a PDF, as poppler's pdftotext reads it (pages split at form feeds). */
export function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'haven-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((p) => p.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes each page of a PDF as a PNG (pdftoppm) next to `prefix`: prefix-1.png, prefix-2.png… */
export function pdfToPngs(pdf: Buffer, prefix: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'haven-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', file, prefix]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
