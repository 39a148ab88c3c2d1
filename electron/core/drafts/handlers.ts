import type { HandlerMap } from '../handler.ts';
import { writeTx } from '../db/tx.ts';
import { discardDraft, getDraft, latestDraft, saveDraft } from './queries.ts';

// A draft is the user's own unsaved typing, not a change to a record: it is written in a
// transaction like everything else but gets no audit row, and its content is never logged.
export const draftsHandlers: HandlerMap<'drafts.save' | 'drafts.get' | 'drafts.latest' | 'drafts.discard'> = {
  'drafts.save': (input, { core, client, now }) => {
    const db = core.database();
    const userId = client.session!.userId;
    writeTx(db, { at: now, userId }, () => saveDraft(db, userId, input, now));
    return { ok: true };
  },

  'drafts.get': ({ key }, { core, client }) => getDraft(core.database(), client.session!.userId, key),

  'drafts.latest': (_input, { core, client }) => latestDraft(core.database(), client.session!.userId),

  'drafts.discard': ({ key }, { core, client, now }) => {
    const db = core.database();
    const userId = client.session!.userId;
    writeTx(db, { at: now, userId }, () => discardDraft(db, userId, key));
    return { ok: true };
  },
};
