import { localIsoDate } from '../../../shared/dates.ts';
import { actorOf } from '../actor.ts';
import type { HandlerMap } from '../handler.ts';
import {
  acceptReferral,
  archiveResident,
  createResident,
  declineReferral,
  listResidents,
  readResident,
  residentDetail,
  revealName,
  updateResident,
} from './service.ts';

type ResidentsChannel =
  | 'residents.list'
  | 'residents.get'
  | 'residents.revealName'
  | 'residents.create'
  | 'residents.update'
  | 'residents.acceptReferral'
  | 'residents.declineReferral'
  | 'residents.archive';

export const residentsHandlers: HandlerMap<ResidentsChannel> = {
  'residents.list': (_input, { core, now }) => listResidents(core.database(), localIsoDate(now)),

  'residents.get': ({ id }, ctx) => readResident(ctx.core.database(), id, actorOf(ctx)),

  'residents.revealName': ({ id }, ctx) => revealName(ctx.core.database(), id, actorOf(ctx)),

  'residents.create': ({ fields }, ctx) => createResident(ctx.core.database(), fields, actorOf(ctx)),

  'residents.update': ({ id, fields }, ctx) => {
    const db = ctx.core.database();
    updateResident(db, id, fields, actorOf(ctx));
    return residentDetail(db, id, localIsoDate(ctx.now));
  },

  'residents.acceptReferral': ({ id }, ctx) => {
    acceptReferral(ctx.core.database(), id, actorOf(ctx));
    return { ok: true };
  },

  'residents.declineReferral': ({ id, reason }, ctx) => {
    declineReferral(ctx.core.database(), id, reason, actorOf(ctx));
    return { ok: true };
  },

  'residents.archive': ({ id }, ctx) => {
    archiveResident(ctx.core.database(), id, actorOf(ctx));
    return { ok: true };
  },
};
