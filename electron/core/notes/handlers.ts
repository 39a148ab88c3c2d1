import type { HandlerContext, HandlerMap } from '../handler.ts';
import { correctNote, createNote, listNotes, readNote, type NoteActor } from './service.ts';

/** Notes channels are for signed-in staff and up (dispatch checked): the session names the reader and their role. */
function noteActor({ actor, client }: HandlerContext): NoteActor {
  const session = client.session!;
  return { ...actor, userId: session.userId, role: session.role };
}

export const notesHandlers: HandlerMap<'notes.list' | 'notes.get' | 'notes.create' | 'notes.correct'> = {
  'notes.list': ({ residentId }, ctx) => listNotes(ctx.db, residentId, noteActor(ctx)),
  'notes.get': ({ id }, ctx) => readNote(ctx.db, id, noteActor(ctx)),
  'notes.create': (input, ctx) => createNote(ctx.db, input, noteActor(ctx)),
  'notes.correct': ({ id, body }, ctx) => correctNote(ctx.db, id, body, noteActor(ctx)),
};
