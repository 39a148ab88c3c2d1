import type { HandlerMap } from '../handler.ts';
import { listRooms } from './queries.ts';
import { createBed, createRoom, editRoom, endOutOfService, retire, setOutOfService } from './service.ts';

type RoomsChannel =
  | 'rooms.list'
  | 'rooms.create'
  | 'rooms.update'
  | 'rooms.retire'
  | 'beds.create'
  | 'beds.setOutOfService'
  | 'beds.endOutOfService';

export const roomsHandlers: HandlerMap<RoomsChannel> = {
  'rooms.list': (_input, { db }) => listRooms(db),

  'rooms.create': ({ fields }, ctx) => ({ id: createRoom(ctx.db, fields, ctx.actor) }),

  'rooms.update': ({ id, fields }, ctx) => {
    editRoom(ctx.db, id, fields, ctx.actor);
    return { ok: true };
  },

  'rooms.retire': ({ id, date }, ctx) => {
    retire(ctx.db, id, date, ctx.actor);
    return { ok: true };
  },

  'beds.create': ({ roomId, label }, ctx) => ({ id: createBed(ctx.db, roomId, label, ctx.actor) }),

  'beds.setOutOfService': (input, ctx) => ({ id: setOutOfService(ctx.db, input, ctx.actor) }),

  'beds.endOutOfService': ({ outageId, untilDate }, ctx) => {
    endOutOfService(ctx.db, outageId, untilDate, ctx.actor);
    return { ok: true };
  },
};
