import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { writeFileAtomic } from '../vault/vault-file.ts';
import { appendAudit, type AuditInput } from './log.ts';

/** Attempts kept while the database is closed; beyond that only their number is kept. */
export const MAX_PENDING_FAILURES = 500;

export type FailedLoginKind = 'password' | 'recoveryKey';

const fileSchema = z.object({
  version: z.literal(1),
  attempts: z.array(
    z.object({ at: z.iso.datetime(), nameHash: z.string(), kind: z.enum(['password', 'recoveryKey']) }),
  ),
  dropped: z.number().int().min(0),
});
type Pending = z.infer<typeof fileSchema>;

/** The typed name is kept only as a hash: it can be matched to an account, and a mistyped name (or a password typed into the name field) is never written down. */
const nameHash = (username: string) => createHash('sha256').update(`haven-login:${username}`).digest('hex');

/**
 * Failed sign-ins for the audit log. A wrong password does not open the database, so while no one
 * is signed in the attempt waits in `login-failures.json` (private, beside the vault) and is written
 * to the log, with the time it happened, at the next unlock. While the database is open it is
 * written at once. Entries carry no user (nobody signed in); an attempt on an existing account
 * names that account as the record, one on an unknown name says only that.
 *
 * Limit: the file is outside the encrypted database, so someone with access to the folder can
 * delete it before the next sign-in; the throttle file counts the same attempts.
 */
export class FailedLogins {
  private readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  record(username: string, kind: FailedLoginKind, at: Date, db: Db | null): void {
    const attempt = { at: at.toISOString(), nameHash: nameHash(username), kind };
    if (db) {
      try {
        this.flush(db, [attempt]);
        return;
      } catch (e) {
        // The answer stays "wrong password"; the attempt waits in the file for the next unlock.
        console.error('[haven] could not write a failed sign-in to the audit log', e);
      }
    }
    const pending = this.read();
    pending.attempts.push(attempt);
    if (pending.attempts.length > MAX_PENDING_FAILURES) {
      pending.dropped += pending.attempts.length - MAX_PENDING_FAILURES;
      pending.attempts = pending.attempts.slice(-MAX_PENDING_FAILURES);
    }
    writeFileAtomic(this.path, JSON.stringify(pending));
  }

  /** Writes the waiting attempts (and `also`) to the log in one transaction, then forgets them. */
  flush(db: Db, also: Pending['attempts'] = []): void {
    const waiting = existsSync(this.path);
    if (!waiting && also.length === 0) return;
    const pending = this.read();
    pending.attempts.push(...also);
    const users = new Map(
      (prepared(db, 'SELECT id, username FROM users').all() as { id: string; username: string }[]).map((u) => [
        nameHash(u.username),
        u.id,
      ]),
    );
    db.transaction(() => {
      if (pending.dropped > 0) {
        const at = pending.attempts[0]?.at ?? new Date().toISOString();
        appendAudit(db, new Date(at), null, { action: 'session.loginFailed', detail: { dropped: pending.dropped } });
      }
      for (const a of pending.attempts) {
        const userId = users.get(a.nameHash);
        const entry: AuditInput = userId
          ? { action: 'session.loginFailed', recordType: 'user', recordId: userId, detail: { kind: a.kind } }
          : { action: 'session.loginFailed', detail: { kind: a.kind, unknownName: true } };
        appendAudit(db, new Date(a.at), null, entry);
      }
    }).immediate();
    // After the commit: a crash in between writes them twice rather than never.
    if (waiting) rmSync(this.path, { force: true });
  }

  private read(): Pending {
    if (!existsSync(this.path)) return { version: 1, attempts: [], dropped: 0 };
    try {
      return fileSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
    } catch {
      // Damaged: what it held is lost, but not silently.
      return { version: 1, attempts: [], dropped: 1 };
    }
  }
}
