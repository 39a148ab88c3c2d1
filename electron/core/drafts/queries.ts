import type { Draft } from '../../../shared/drafts.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

interface DraftRow {
  key: string;
  route: string;
  data: string;
  saved_at: string;
}

// Every query names the user: a draft is only ever read back by the user who typed it.

export function upsertDraft(db: Db, userId: string, d: { key: string; route: string; data: unknown }, at: Date): void {
  prepared(
    db,
    `INSERT INTO drafts (user_id, key, route, data, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_id, key) DO UPDATE SET route = excluded.route, data = excluded.data, saved_at = excluded.saved_at`,
  ).run(userId, d.key, d.route, JSON.stringify(d.data), at.toISOString());
}

export function findDraft(db: Db, userId: string, key: string): Draft | null {
  const row = prepared(db, 'SELECT key, route, data, saved_at FROM drafts WHERE user_id = ? AND key = ?').get(
    userId,
    key,
  ) as DraftRow | undefined;
  return row ? { key: row.key, route: row.route, data: JSON.parse(row.data) as unknown, savedAt: row.saved_at } : null;
}

export function findLatestDraft(db: Db, userId: string): { key: string; route: string } | null {
  const row = prepared(
    db,
    'SELECT key, route FROM drafts WHERE user_id = ? ORDER BY saved_at DESC, rowid DESC LIMIT 1',
  ).get(userId) as Pick<DraftRow, 'key' | 'route'> | undefined;
  return row ?? null;
}

export function deleteDraft(db: Db, userId: string, key: string): void {
  prepared(db, 'DELETE FROM drafts WHERE user_id = ? AND key = ?').run(userId, key);
}
