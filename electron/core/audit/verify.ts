import type { BreakReason, VerifyResult } from '../../../shared/audit.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import type { AuditHead } from '../vault/vault-file.ts';
import { GENESIS, rowHash, type AuditRow } from './log.ts';

/** Rows read and hashed between two yields to the event loop: a few milliseconds of work. */
export const VERIFY_CHUNK = 500;

type Broken = NonNullable<VerifyResult['firstBroken']>;

/** Lets other calls run between chunks, so a long verify never freezes the window. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Why a row does not follow the one before it; the names match what the Audit page says. */
function reasonFor(db: Db, r: AuditRow, prevSeq: number, prevHash: string): Broken {
  const missing = { seq: prevSeq + 1, at: null };
  if (r.prev_hash === prevHash) return { seq: r.seq, at: r.at, reason: 'edited' };
  if (r.seq !== prevSeq + 1) return { ...missing, reason: 'deleted' };
  if (rowHash(r.prev_hash, r) !== r.hash) return { seq: r.seq, at: r.at, reason: 'edited' };
  // A sound row that follows another entry: that entry is elsewhere in the log (moved), or gone.
  const followed =
    r.prev_hash === GENESIS || prepared(db, 'SELECT 1 FROM audit_log WHERE hash = ?').get(r.prev_hash) !== undefined;
  const reason: BreakReason = followed ? 'reordered' : 'deleted';
  return { seq: r.seq, at: r.at, reason };
}

interface Walk {
  entries: number;
  lastSeq: number;
  broken: Broken | null;
  hashAtHead: { hash: string; at: string } | null;
}

/**
 * One pass over the chain in seq order, a chunk at a time (keyset by seq, so no statement stays
 * open across a yield while other calls write). Rows appended meanwhile are read too: they link.
 */
async function walk(db: Db, head: AuditHead | null, pause: () => Promise<void>): Promise<Walk> {
  const chunk = prepared(db, 'SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?');
  const w: Walk = { entries: 0, lastSeq: 0, broken: null, hashAtHead: null };
  let prevHash = GENESIS;
  for (;;) {
    const rows = chunk.all(w.lastSeq, VERIFY_CHUNK) as AuditRow[];
    for (const r of rows) {
      w.entries++;
      if (!w.broken && (r.prev_hash !== prevHash || r.seq !== w.lastSeq + 1 || rowHash(prevHash, r) !== r.hash)) {
        w.broken = reasonFor(db, r, w.lastSeq, prevHash);
      }
      if (head && r.seq === head.seq) w.hashAtHead = { hash: r.hash, at: r.at };
      prevHash = r.hash;
      w.lastSeq = r.seq;
    }
    if (rows.length < VERIFY_CHUNK) return w;
    await pause();
  }
}

/**
 * What the unlock check recorded (`audit.chainWarning`): after that login the head in vault.json
 * moves on, so a log cut short while Haven was closed is known from then on only by this entry.
 */
function recordedWarnings(db: Db): Broken[] {
  const rows = prepared(
    db,
    `SELECT at, detail FROM audit_log WHERE action = 'audit.chainWarning' ORDER BY seq`,
  ).all() as {
    at: string;
    detail: string;
  }[];
  const found: Broken[] = [];
  for (const row of rows) {
    const d = JSON.parse(row.detail) as { kind?: string; seq?: number; firstMissing?: number };
    if (typeof d.seq !== 'number') continue;
    if (d.kind === 'truncated') found.push({ seq: d.firstMissing ?? d.seq, at: null, reason: 'truncated' });
    else found.push({ seq: d.seq, at: null, reason: 'replaced' });
  }
  return found;
}

/**
 * The whole chain checked, plus the head kept outside the database (vault.json) and what earlier
 * unlocks found. `firstBroken` is the earliest problem by seq.
 */
export async function verifyChain(
  db: Db,
  head: AuditHead | null,
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<VerifyResult> {
  const w = await walk(db, head, pause);
  const problems: Broken[] = w.broken ? [w.broken] : [];
  if (head && head.seq > w.lastSeq) problems.push({ seq: w.lastSeq + 1, at: null, reason: 'truncated' });
  else if (head && w.hashAtHead && w.hashAtHead.hash !== head.hash) {
    problems.push({ seq: head.seq, at: w.hashAtHead.at, reason: 'replaced' });
  }
  problems.push(...recordedWarnings(db));
  problems.sort((a, b) => a.seq - b.seq);
  const firstBroken = problems[0] ?? null;
  return { ok: firstBroken === null, entries: w.entries, firstBroken };
}
