import {
  AUDIT_PAGE_DEFAULT,
  RECORD_READERS_MAX,
  type AuditEntry,
  type AuditFilters,
  type AuditPage,
  type RecordReaders,
} from '../../../shared/audit.ts';
import { addDays } from '../../../shared/dates.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';
import { RecordNames } from './names.ts';

interface EntryRow {
  seq: number;
  at: string;
  user_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  detail: string;
}

type Params = Record<string, string | number>;

/** The UTC instant at which a local calendar date begins (the office PC's time zone, as the screens use). */
const startOfLocalDay = (date: string): string => new Date(`${date}T00:00:00`).toISOString();

/**
 * A period as a seq window, found through the index on `at` in two seeks: the pages then walk
 * the primary key in seq order instead of sorting every entry of the period. The log is written in
 * time order by the core's clock, so the entries of a period lie between those two seqs; `at` is
 * still compared on each row, so a window edge never lets in an entry from outside the period.
 */
function periodWindow(db: Db, f: AuditFilters): { low: number; high: number } | null {
  let low = 1;
  let high = Number.MAX_SAFE_INTEGER;
  if (f.from) {
    const r = prepared(db, 'SELECT seq FROM audit_log WHERE at >= ? ORDER BY at, seq LIMIT 1').get(
      startOfLocalDay(f.from),
    ) as { seq: number } | undefined;
    if (!r) return null;
    low = r.seq;
  }
  if (f.to) {
    const end = startOfLocalDay(addDays(f.to, 1));
    const r = prepared(db, 'SELECT seq FROM audit_log WHERE at < ? ORDER BY at DESC, seq DESC LIMIT 1').get(end) as
      { seq: number } | undefined;
    if (!r) return null;
    high = r.seq;
  }
  return { low, high };
}

interface Where {
  where: string[];
  params: Params;
  /** The actions of a domain filter, each read on its own; null for no domain filter. */
  actions: string[] | null;
}

/** WHERE clause and parameters for the filters; null when nothing can match (an empty period, say). */
function whereOf(db: Db, f: AuditFilters): Where | null {
  const where: string[] = [];
  const params: Params = {};
  let actions: string[] | null = null;
  if (f.userId) {
    where.push('user_id = @userId');
    params.userId = f.userId;
  }
  if (f.residentId) {
    where.push(`record_type = 'resident' AND record_id = @residentId`);
    params.residentId = f.residentId;
  }
  if (f.action?.endsWith('.*')) {
    // A domain: each of its actions is read newest first from the (action, seq) index and the
    // pages merged (see auditPage); an IN list or a range would sort every matching entry.
    const domain = f.action.slice(0, -1);
    actions = distinctActions(db).filter((a) => a.startsWith(domain));
    if (actions.length === 0) return null;
  } else if (f.action) {
    where.push('action = @action');
    params.action = f.action;
  }
  if (f.from || f.to) {
    const window = periodWindow(db, f);
    if (!window) return null;
    where.push('seq BETWEEN @low AND @high');
    Object.assign(params, window);
    // Unary + keeps the planner on the seq order; the window already narrowed the rows.
    if (f.from) {
      where.push('+at >= @fromAt');
      params.fromAt = startOfLocalDay(f.from);
    }
    if (f.to) {
      where.push('+at < @toAt');
      params.toAt = startOfLocalDay(addDays(f.to, 1));
    }
  }
  return { where, params, actions };
}

function toEntry(r: EntryRow, names: RecordNames): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    userId: r.user_id,
    userName: names.user(r.user_id),
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    recordName: names.record(r.record_type, r.record_id),
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  };
}

/** One page, newest first, of the entries older than `before` (keyset pagination by seq). */
export function auditPage(
  db: Db,
  filters: AuditFilters,
  before: number | undefined,
  limit = AUDIT_PAGE_DEFAULT,
  names = new RecordNames(db),
): AuditPage {
  const w = whereOf(db, filters);
  if (!w) return { entries: [], next: null };
  if (before !== undefined) {
    w.where.push('seq < @before');
    w.params.before = before;
  }
  const cols = 'SELECT seq, at, user_id, action, record_type, record_id, detail FROM audit_log';
  const clause = (extra: string[]) => {
    const all = [...w.where, ...extra];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  };
  let sql = `${cols} ${clause([])} ORDER BY seq DESC LIMIT @limit`;
  if (w.actions) {
    w.actions.forEach((a, i) => (w.params[`action${i}`] = a));
    const parts = w.actions.map(
      (_, i) => `SELECT * FROM (${cols} ${clause([`action = @action${i}`])} ORDER BY seq DESC LIMIT @limit)`,
    );
    sql = `${parts.join(' UNION ALL ')} ORDER BY seq DESC LIMIT @limit`;
  }
  const rows = (w.actions ? db.prepare(sql) : prepared(db, sql)).all({ ...w.params, limit }) as EntryRow[];
  const entries = rows.map((r) => toEntry(r, names));
  return { entries, next: rows.length === limit ? rows.at(-1)!.seq : null };
}

/**
 * The distinct actions in the log, one index seek each (`min(action) > last`): a log of a million
 * entries has a few dozen actions, and scanning the whole index for DISTINCT would read them all.
 */
export function distinctActions(db: Db): string[] {
  const next = prepared(db, 'SELECT min(action) AS a FROM audit_log WHERE action > ?');
  const actions: string[] = [];
  for (let last = ''; ;) {
    const { a } = next.get(last) as { a: string | null };
    if (a === null) return actions;
    actions.push(a);
    last = a;
  }
}

export function auditUsers(db: Db): { id: string; fullName: string; active: boolean }[] {
  const rows = prepared(db, 'SELECT id, full_name, active FROM users ORDER BY full_name COLLATE NOCASE').all() as {
    id: string;
    full_name: string;
    active: 0 | 1;
  }[];
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, active: r.active === 1 }));
}

/**
 * Entries that show a resident's record to someone: reads, reveals of the real name, prints and
 * exports (`print`, from audit.recordPrint). Matched by the verb at the end of the action, so a feature that names its actions
 * `<domain>.read` / `.print…` / `.export…` / `.reveal…` shows up here without a second list.
 */
const SEEN = `(action = 'print' OR action GLOB '*.read' OR action GLOB '*.reveal*' OR action GLOB '*.print*' OR action GLOB '*.export*')`;

export function recordReaders(db: Db, residentId: string): RecordReaders {
  const where = `record_type = 'resident' AND record_id = @id AND ${SEEN}`;
  const rows = prepared(
    db,
    `SELECT seq, at, user_id, action FROM audit_log WHERE ${where} ORDER BY seq DESC LIMIT @limit`,
  ).all({
    id: residentId,
    limit: RECORD_READERS_MAX,
  }) as Pick<EntryRow, 'seq' | 'at' | 'user_id' | 'action'>[];
  const { total } = prepared(db, `SELECT count(*) AS total FROM audit_log WHERE ${where}`).get({ id: residentId }) as {
    total: number;
  };
  const names = new RecordNames(db);
  return {
    entries: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      userId: r.user_id,
      userName: names.user(r.user_id),
      action: r.action,
    })),
    total,
  };
}
