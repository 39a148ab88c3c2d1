import type { HandlerContext, HandlerMap } from '../handler.ts';
import { actorOf } from '../actor.ts';
import { correctNote, createNote, listNotes, readNote, type NoteActor } from './service.ts';

/** Notes channels are for signed-in staff and up (dispatch checked): the session names the reader. */
function noteActor(ctx: HandlerContext): NoteActor {
  const session = ctx.client.session!;
  return { ...actorOf(ctx), userId: session.userId, role: session.role };
}

export const notesHandlers: HandlerMap<'notes.list' | 'notes.get' | 'notes.create' | 'notes.correct'> = {
  'notes.list': ({ residentId }, ctx) => listNotes(ctx.core.database(), residentId, noteActor(ctx)),
  'notes.get': ({ id }, ctx) => readNote(ctx.core.database(), id, noteActor(ctx)),
  'notes.create': (input, ctx) => createNote(ctx.core.database(), input, noteActor(ctx)),
  'notes.correct': ({ id, body }, ctx) => correctNote(ctx.core.database(), id, body, noteActor(ctx)),
};
