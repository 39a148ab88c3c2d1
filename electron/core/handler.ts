import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract.ts';
import type { Client, Core } from './core.ts';

export interface HandlerContext {
  core: Core;
  client: Client;
  now: Date;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** Each domain exports its part of the map; `handlers.ts` checks that together they cover the contract. */
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };
