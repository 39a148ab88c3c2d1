import { AUDIT_EXPORT_MAX, type AuditEntry, type AuditFilters } from '../../../shared/audit.ts';
import type { Db } from '../db/connection.ts';
import { RecordNames } from './names.ts';
import { auditPage } from './queries.ts';

const HEADER = ['seq', 'at', 'user', 'action', 'record_type', 'record', 'record_id', 'detail'];
const PAGE = 1_000;

/**
 * One CSV field: quoted when it holds a separator, quote or line break. A field a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const line = (e: AuditEntry) =>
  [e.seq, e.at, e.userName, e.action, e.recordType, e.recordName, e.recordId, JSON.stringify(e.detail)]
    .map(csvField)
    .join(',');

/** The filtered entries, newest first, as CSV (RFC 4180, CRLF), at most AUDIT_EXPORT_MAX of them. */
export function auditCsv(db: Db, filters: AuditFilters): { csv: string; rows: number; truncated: boolean } {
  const lines = [HEADER.join(',')];
  const names = new RecordNames(db);
  let before: number | undefined;
  let truncated = false;
  for (;;) {
    const room = AUDIT_EXPORT_MAX - (lines.length - 1);
    const page = auditPage(db, filters, before, Math.min(PAGE, room + 1), names);
    const take = page.entries.slice(0, room);
    lines.push(...take.map(line));
    if (page.entries.length > room) {
      truncated = true;
      break;
    }
    if (page.next === null) break;
    before = page.next;
  }
  return { csv: `${lines.join('\r\n')}\r\n`, rows: lines.length - 1, truncated };
}
