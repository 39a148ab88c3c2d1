import { appendAudit, type AuditInput } from '../audit/log.ts';
import type { Db } from './connection.ts';

/**
 * Every write goes through here: one SQLite transaction, and the audit entries that describe the
 * change are appended inside it, so that a change and its record land together or not at all.
 *
 * The transaction starts IMMEDIATE: it takes the write lock at BEGIN, where SQLite's busy timeout
 * applies, instead of upgrading from a read lock at its first write, which fails with SQLITE_BUSY
 * at once when another writer got there first.
 *
 * `beforeCommit` runs after the audit rows are in, still inside the transaction: a file that must
 * agree with the database (vault.json) is written there, so that if writing it fails, the
 * database change is rolled back too.
 */
export function writeTx<T>(
  db: Db,
  who: { at: Date; userId: string | null },
  work: (audit: (entry: AuditInput) => void) => T,
  beforeCommit?: (result: T) => void,
): T {
  return db
    .transaction(() => {
      const entries: AuditInput[] = [];
      const result = work((entry) => entries.push(entry));
      for (const entry of entries) appendAudit(db, who.at, who.userId, entry);
      beforeCommit?.(result);
      return result;
    })
    .immediate();
}
