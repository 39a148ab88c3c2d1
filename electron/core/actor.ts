import type { HandlerContext } from './handler.ts';

/** Who acts and when (the core's clock): what services need from a call to write and audit. */
export interface Actor {
  now: Date;
  userId: string | null;
}

export const actorOf = ({ client, now }: HandlerContext): Actor => ({ now, userId: client.session?.userId ?? null });
