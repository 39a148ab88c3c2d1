import { actorOf } from '../actor.ts';
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
  'rooms.list': (_input, { core }) => listRooms(core.database()),

  'rooms.create': ({ fields }, ctx) => ({ id: createRoom(ctx.core.database(), fields, actorOf(ctx)) }),

  'rooms.update': ({ id, fields }, ctx) => {
    editRoom(ctx.core.database(), id, fields, actorOf(ctx));
    return { ok: true };
  },

  'rooms.retire': ({ id, date }, ctx) => {
    retire(ctx.core.database(), id, date, actorOf(ctx));
    return { ok: true };
  },

  'beds.create': ({ roomId, label }, ctx) => ({ id: createBed(ctx.core.database(), roomId, label, actorOf(ctx)) }),

  'beds.setOutOfService': (input, ctx) => ({ id: setOutOfService(ctx.core.database(), input, actorOf(ctx)) }),

  'beds.endOutOfService': ({ outageId, untilDate }, ctx) => {
    endOutOfService(ctx.core.database(), outageId, untilDate, actorOf(ctx));
    return { ok: true };
  },
};
