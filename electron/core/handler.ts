import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract.ts';
import type { Actor } from './actor.ts';
import type { Client, Core } from './core.ts';
import type { Db } from './db/connection.ts';

export interface HandlerContext {
  core: Core;
  client: Client;
  now: Date;
  /**
   * The open database. A getter, read when a handler needs it: public channels (vault.status,
   * session.login) run before anything is unlocked, and reading it then fails with NO_SESSION.
   * Destructuring `{ db }` reads it: a public handler reads it only once it knows it is open.
   */
  readonly db: Db;
  /** Who was signed in when the call arrived, and the call's time: what writes are audited with. */
  actor: Actor;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** Each domain exports its part of the map; `handlers.ts` checks that together they cover the contract. */
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

/** Built once per call by dispatch. */
export function handlerContext(core: Core, client: Client, now: Date): HandlerContext {
  return {
    core,
    client,
    now,
    get db() {
      return core.database();
    },
    actor: { now, userId: client.session?.userId ?? null },
  };
}
