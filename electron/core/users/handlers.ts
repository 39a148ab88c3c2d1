import type { HandlerMap } from '../handler.ts';
import { createAccount, deactivate, listAccounts, reactivate, resetPassword, setRole } from './accounts.ts';
import { activeUsers } from './queries.ts';

type UsersChannel =
  | 'users.list'
  | 'users.create'
  | 'users.setRole'
  | 'users.deactivate'
  | 'users.reactivate'
  | 'users.resetPassword'
  | 'users.active';

export const usersHandlers: HandlerMap<UsersChannel> = {
  'users.list': (_input, { core }) => listAccounts(core),

  'users.create': (input, ctx) => createAccount(ctx.core, input, ctx.actor),

  'users.setRole': async ({ id, role }, ctx) => {
    await setRole(ctx.core, id, role, ctx.actor);
    return { ok: true };
  },

  'users.deactivate': async ({ id }, ctx) => {
    await deactivate(ctx.core, id, ctx.actor);
    return { ok: true };
  },

  'users.reactivate': ({ id }, ctx) => reactivate(ctx.core, id, ctx.actor),

  'users.resetPassword': ({ id }, ctx) => resetPassword(ctx.core, id, ctx.actor),

  'users.active': (_input, { db }) => activeUsers(db),
};
