import type { HandlerMap } from '../handler.ts';
import { createHearing, editHearing, listHearings } from './service.ts';

export const hearingsHandlers: HandlerMap<'hearings.list' | 'hearings.create' | 'hearings.update'> = {
  'hearings.list': ({ residentId }, { db }) => listHearings(db, residentId),
  'hearings.create': ({ residentId, fields }, { db, actor }) => createHearing(db, residentId, fields, actor),
  'hearings.update': ({ id, fields }, { db, actor }) => editHearing(db, id, fields, actor),
};
