import type { HandlerMap } from '../handler.ts';
import { discardDraft, getDraft, latestDraft, saveDraft } from './service.ts';

export const draftsHandlers: HandlerMap<'drafts.save' | 'drafts.get' | 'drafts.latest' | 'drafts.discard'> = {
  'drafts.save': (input, { db, actor }) => {
    saveDraft(db, input, actor);
    return { ok: true };
  },

  'drafts.get': ({ key }, { db, actor }) => getDraft(db, key, actor),

  'drafts.latest': (_input, { db, actor }) => latestDraft(db, actor),

  'drafts.discard': ({ key }, { db, actor }) => {
    discardDraft(db, key, actor);
    return { ok: true };
  },
};
