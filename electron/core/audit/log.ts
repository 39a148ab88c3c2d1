import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

export interface AuditInput {
  action: string;
  recordType?: string;
  recordId?: string;
  detail?: Record<string, unknown>;
}

export interface AuditRow {
  seq: number;
  at: string;
  user_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export const GENESIS = '0'.repeat(64);

export function rowHash(prev: string, r: Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([r.at, r.user_id, r.action, r.record_type, r.record_id, r.detail]);
  return createHash('sha256').update(prev).update(canonical).digest('hex');
}

/** Appends one entry to the hash chain. Call it inside the transaction of the change it records. */
export function appendAudit(db: Db, at: Date, userId: string | null, e: AuditInput): void {
  const last = prepared(db, 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { hash: string } | undefined;
  const prev = last?.hash ?? GENESIS;
  const row = {
    at: at.toISOString(),
    user_id: userId,
    action: e.action,
    record_type: e.recordType ?? null,
    record_id: e.recordId ?? null,
    detail: JSON.stringify(e.detail ?? {}),
  };
  prepared(
    db,
    `INSERT INTO audit_log (at, user_id, action, record_type, record_id, detail, prev_hash, hash)
     VALUES (@at, @user_id, @action, @record_type, @record_id, @detail, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prev, hash: rowHash(prev, row) });
}

/** The seq of the first entry whose hash does not follow from the chain, or null when intact. */
export function findBrokenLink(db: Db): number | null {
  let prev = GENESIS;
  // Its own statement, not prepared(): an iterating statement is busy until the loop ends.
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    if (r.prev_hash !== prev || r.hash !== rowHash(prev, r)) return r.seq;
    prev = r.hash;
  }
  return null;
}
