import { appendAudit, type AuditInput } from '../audit/log.ts';
import type { Db } from './connection.ts';

/**
 * Every write goes through here: one SQLite transaction, and the audit entries that describe the
 * change are appended inside it, so that a change and its record land together or not at all.
 */
export function writeTx<T>(
  db: Db,
  who: { at: Date; userId: string | null },
  work: (audit: (entry: AuditInput) => void) => T,
): T {
  return db.transaction(() => {
    const entries: AuditInput[] = [];
    const result = work((entry) => entries.push(entry));
    for (const entry of entries) appendAudit(db, who.at, who.userId, entry);
    return result;
  })();
}
