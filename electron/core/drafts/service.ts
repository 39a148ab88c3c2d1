import type { Draft } from '../../../shared/drafts.ts';
import { auditedAs, signedInUser, type Actor } from '../actor.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { deleteDraft, findDraft, findLatestDraft, upsertDraft } from './queries.ts';

// A draft is the user's own unsaved typing, not a change to a record: it is written in a
// transaction like everything else but gets no audit row, and its content is never logged.
// Each one belongs to the signed-in user and is only ever read back by them.

export function saveDraft(db: Db, draft: { key: string; route: string; data: unknown }, actor: Actor): void {
  const userId = signedInUser(actor);
  writeTx(db, auditedAs(actor), () => upsertDraft(db, userId, draft, actor.now));
}

export function getDraft(db: Db, key: string, actor: Actor): Draft | null {
  return findDraft(db, signedInUser(actor), key);
}

export function latestDraft(db: Db, actor: Actor): { key: string; route: string } | null {
  return findLatestDraft(db, signedInUser(actor));
}

export function discardDraft(db: Db, key: string, actor: Actor): void {
  const userId = signedInUser(actor);
  writeTx(db, auditedAs(actor), () => deleteDraft(db, userId, key));
}
