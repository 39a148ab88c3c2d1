import type { HandlerMap } from '../handler.ts';
import { writeTx } from '../db/tx.ts';
import { discardDraft, getDraft, latestDraft, saveDraft } from './queries.ts';

// A draft is the user's own unsaved typing, not a change to a record: it is written in a
// transaction like everything else but gets no audit row, and its content is never logged.
export const draftsHandlers: HandlerMap<'drafts.save' | 'drafts.get' | 'drafts.latest' | 'drafts.discard'> = {
  'drafts.save': (input, { db, client, now }) => {
    const userId = client.session!.userId;
    writeTx(db, { at: now, userId }, () => saveDraft(db, userId, input, now));
    return { ok: true };
  },

  'drafts.get': ({ key }, { db, client }) => getDraft(db, client.session!.userId, key),

  'drafts.latest': (_input, { db, client }) => latestDraft(db, client.session!.userId),

  'drafts.discard': ({ key }, { db, client, now }) => {
    const userId = client.session!.userId;
    writeTx(db, { at: now, userId }, () => discardDraft(db, userId, key));
    return { ok: true };
  },
};
