import type { Channel } from '../../shared/contract.ts';
import type { HandlerContext } from './handler.ts';

type AnyMap = Partial<Record<Channel, (input: never, ctx: HandlerContext) => unknown>>;
type AllOf<T> = (T extends unknown ? (x: T) => void : never) extends (x: infer I) => void ? I : never;

/**
 * The domain maps as one. An object spread would let a later map silently replace an earlier
 * map's handler for the same channel; this throws at load time naming the channel instead.
 */
export function mergeHandlerMaps<M extends AnyMap[]>(...maps: M): AllOf<M[number]> {
  const merged: AnyMap = {};
  for (const map of maps) {
    for (const channel of Object.keys(map) as Channel[]) {
      if (Object.hasOwn(merged, channel)) throw new Error(`Two handler maps define the channel ${channel}.`);
      merged[channel] = map[channel];
    }
  }
  return merged as AllOf<M[number]>;
}
