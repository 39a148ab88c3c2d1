import { actorOf } from '../actor.ts';
import type { HandlerMap } from '../handler.ts';
import { companions } from './queries.ts';
import { createHearing, editHearing, listHearings } from './service.ts';

export const hearingsHandlers: HandlerMap<'hearings.list' | 'hearings.create' | 'hearings.update' | 'hearings.companions'> = {
  'hearings.list': ({ residentId }, ctx) => listHearings(ctx.core.database(), residentId),
  'hearings.create': ({ residentId, fields }, ctx) => createHearing(ctx.core.database(), residentId, fields, actorOf(ctx)),
  'hearings.update': ({ id, fields }, ctx) => editHearing(ctx.core.database(), id, fields, actorOf(ctx)),
  'hearings.companions': (_input, ctx) => companions(ctx.core.database()),
};
