import { localIsoDate } from '../../../shared/dates.ts';
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
  'residents.list': (_input, { db, now }) => listResidents(db, localIsoDate(now)),

  'residents.get': ({ id }, ctx) => readResident(ctx.db, id, ctx.actor),

  'residents.revealName': ({ id }, ctx) => revealName(ctx.db, id, ctx.actor),

  'residents.create': ({ fields }, ctx) => createResident(ctx.db, fields, ctx.actor),

  'residents.update': ({ id, fields }, ctx) => {
    const db = ctx.db;
    updateResident(db, id, fields, ctx.actor);
    return residentDetail(db, id, localIsoDate(ctx.now));
  },

  'residents.acceptReferral': ({ id }, ctx) => {
    acceptReferral(ctx.db, id, ctx.actor);
    return { ok: true };
  },

  'residents.declineReferral': ({ id, reason }, ctx) => {
    declineReferral(ctx.db, id, reason, ctx.actor);
    return { ok: true };
  },

  'residents.archive': ({ id }, ctx) => {
    archiveResident(ctx.db, id, ctx.actor);
    return { ok: true };
  },
};
