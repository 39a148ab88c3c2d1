import { z } from 'zod';
import type { AuditWarning } from '../../../shared/domain.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { writeTx } from '../db/tx.ts';
import { deleteSetting, getSetting, setSetting } from '../settings/queries.ts';
import type { AuditHead } from '../vault/vault-file.ts';
import { findBrokenLink } from './log.ts';

/** The last entry of the chain, as kept in vault.json's `auditHead`. */
export function currentAuditHead(db: Db): AuditHead | null {
  const row = prepared(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as AuditHead | undefined;
  return row ?? null;
}

/**
 * Run at each unlock. The chain itself shows an edited or deleted entry in the middle; the head
 * kept in vault.json shows a log cut short at its end, or a whole database put back from an older
 * copy. A finding is audited and kept (setting `audit_warning`) until an administrator signs in and
 * is shown it, so that a staff member signing in first cannot make it go away.
 *
 * Limits: vault.json is not authenticated, so someone who edits both files (or deletes the head)
 * is not caught by the head; the chain still catches edits in the middle. Reading the whole chain
 * costs time on a very large log; it is one pass of SHA-256 per entry.
 */
export function checkAuditChain(db: Db, head: AuditHead | null, now: Date): void {
  const warning = findProblem(db, head);
  if (!warning) return;
  const text = JSON.stringify(warning);
  if (getSetting(db, 'audit_warning') === text) return; // already recorded, not yet shown
  writeTx(db, { at: now, userId: null }, (audit) => {
    setSetting(db, 'audit_warning', text);
    // The first seq that is gone, for `audit.verify` once the head in vault.json has moved on.
    const firstMissing = warning.kind === 'truncated' ? lastSeq(db) + 1 : undefined;
    audit({
      action: 'audit.chainWarning',
      detail: { ...warning, expectedHead: head, ...(firstMissing ? { firstMissing } : {}) },
    });
  });
}

function lastSeq(db: Db): number {
  return (prepared(db, 'SELECT max(seq) AS last FROM audit_log').get() as { last: number | null }).last ?? 0;
}

function findProblem(db: Db, head: AuditHead | null): AuditWarning | null {
  const broken = findBrokenLink(db);
  if (broken !== null) return { kind: 'broken', seq: broken };
  if (!head) return null;
  const row = prepared(db, 'SELECT hash FROM audit_log WHERE seq = ?').get(head.seq) as { hash: string } | undefined;
  if (!row) return { kind: 'truncated', seq: head.seq };
  // Entries were removed and others written in their place: the chain holds, but not the one seen.
  if (row.hash !== head.hash) return { kind: 'broken', seq: head.seq };
  return null;
}

const warningSchema = z.object({ kind: z.enum(['broken', 'truncated']), seq: z.number().int() });

/**
 * For an administrator signing in: the pending warning, removed from the database in the caller's
 * transaction (the login's), so it is shown once per finding and the login row records it.
 */
export function takeAuditWarning(db: Db): AuditWarning | null {
  const text = getSetting(db, 'audit_warning');
  if (text === undefined) return null;
  deleteSetting(db, 'audit_warning');
  const parsed = warningSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}
