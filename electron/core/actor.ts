import { AppError } from '../../shared/errors.ts';

/** Who acts and when (the core's clock): what services need from a call to write and audit. */
export interface Actor {
  now: Date;
  userId: string | null;
}

/** The signed-in user's id: every channel but the public ones runs with one. */
export function signedInUser(actor: Actor): string {
  if (actor.userId === null) throw new AppError('NO_SESSION', 'Sign in first.');
  return actor.userId;
}

/** How writeTx names who wrote. */
export const auditedAs = (actor: Actor) => ({ at: actor.now, userId: actor.userId });
