import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain.ts';
import { useSessionStore } from '../features/session/store.ts';
import { formatDateTime } from '../i18n/index.ts';
import { pageCss } from './page-css.ts';
import { usePrinting } from './printing.ts';
import './print-doc.css';

export interface PrintDocumentProps {
  title: string;
  /** The period or date the document covers, already worded for the reader. */
  period: string;
  orientation?: 'portrait' | 'landscape';
  /** Lines to sign under the document (a report a manager signs). */
  signature?: boolean;
  children: ReactNode;
}

/**
 * The one layout of everything Haven prints. While printing it is rendered beside the screen and
 * is all that shows on paper: a head with organisation, premises, title, period, who printed it and
 * when, and the confidentiality notice; on every page the organisation, the notice, the title and
 * "page x of y". Whether names or codes appear is the caller's (see usePrint's `codesOnly`).
 */
export function PrintDocument({
  title,
  period,
  orientation = 'portrait',
  signature = false,
  children,
}: PrintDocumentProps) {
  const { t, i18n } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const printing = usePrinting();
  if (!session || !printing) return null;

  const place = `${session.organisation} · ${session.premises}`;
  const confidential = t('print.confidential');
  const css = pageCss({
    orientation,
    topLeft: place,
    topRight: confidential,
    bottomLeft: `${title} · ${period}`,
    pageOf: t('print.pageOf', { page: '{{page}}', pages: '{{pages}}' }),
  });
  // Rendered only while printing: the time on paper is when it was printed.
  const when = formatDateTime(new Date().toISOString(), i18n.language as Language);

  return createPortal(
    <div className="haven-print" data-testid="print-document" lang={i18n.language}>
      <style>{css}</style>
      <header className="haven-print-head">
        <div className="haven-print-meta">
          <span>{place}</span>
          <span className="haven-print-confidential">{confidential}</span>
        </div>
        <h1>{title}</h1>
        <div className="haven-print-meta">
          <span>{period}</span>
          <span>{t('print.printedBy', { name: session.user.fullName, when })}</span>
        </div>
      </header>
      <main>{children}</main>
      {signature && (
        <footer className="haven-print-signature">
          <div>{t('print.signedBy')}</div>
          <div>{t('print.signature')}</div>
          <div>{t('print.date')}</div>
        </footer>
      )}
    </div>,
    document.body,
  );
}
