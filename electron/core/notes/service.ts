import { uuidv7 } from '../ids.ts';
import { localIsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import type { NoteDetail, NoteInput, NoteView } from '../../../shared/notes.ts';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/connection.ts';
import { writeTx } from '../db/tx.ts';
import { residentOrThrow } from '../residents/service.ts';
import { insertCorrection, insertNote, noteHistory, visibleNote, visibleNotes, type Reader } from './queries.ts';

export type NoteActor = Actor & Reader;

// One message for "no such note" and "a note you may not see": the answer must not tell them apart.
const noSuchNote = () => new AppError('NOT_FOUND', 'No such note.');

function noteOrThrow(db: Db, id: string, who: Reader): NoteView {
  const note = visibleNote(db, id, who);
  if (!note) throw noSuchNote();
  return note;
}

/** Reading a resident's notes is recorded like reading the record (the audit row names no note). */
export function listNotes(db: Db, residentId: string, who: NoteActor): NoteView[] {
  residentOrThrow(db, residentId);
  return writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    audit({ action: 'notes.read', recordType: 'resident', recordId: residentId });
    return visibleNotes(db, residentId, who);
  });
}

export function noteDetail(db: Db, id: string, who: Reader): NoteDetail {
  return { ...noteOrThrow(db, id, who), history: noteHistory(db, id) };
}

export function readNote(db: Db, id: string, who: NoteActor): NoteDetail {
  const note = noteOrThrow(db, id, who);
  writeTx(db, { at: who.now, userId: who.userId }, (audit) =>
    audit({ action: 'notes.read', recordType: 'resident', recordId: note.residentId, detail: { noteId: id } }),
  );
  return noteDetail(db, id, who);
}

export function createNote(db: Db, input: NoteInput, who: NoteActor): NoteView {
  residentOrThrow(db, input.residentId);
  const today = localIsoDate(who.now);
  const date = input.date ?? today;
  if (date > today)
    throw new AppError('VALIDATION', 'A note cannot be dated in the future.', {
      fields: { date: 'validation.notInFuture' },
    });
  const id = uuidv7();
  return writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    insertNote(
      db,
      {
        id,
        residentId: input.residentId,
        authorId: who.userId,
        date,
        category: input.category,
        body: input.body,
        sensitive: input.sensitive,
      },
      who.now,
    );
    audit({
      action: 'notes.create',
      recordType: 'note',
      recordId: id,
      detail: { residentId: input.residentId, category: input.category, sensitive: input.sensitive },
    });
    return noteOrThrow(db, id, who);
  });
}

/** Appends a correction; the original and earlier corrections stay in the note's history. */
export function correctNote(db: Db, id: string, body: string, who: NoteActor): NoteDetail {
  const note = noteOrThrow(db, id, who);
  if (!note.canCorrect)
    throw new AppError('FORBIDDEN', 'Only the author, a manager or an administrator can correct a note.');
  if (note.body === body)
    throw new AppError('VALIDATION', 'The correction is the same as the text.', {
      fields: { body: 'validation.unchanged' },
    });
  writeTx(db, { at: who.now, userId: who.userId }, (audit) => {
    insertCorrection(db, { noteId: id, authorId: who.userId, body }, who.now);
    audit({ action: 'notes.correct', recordType: 'note', recordId: id, detail: { residentId: note.residentId } });
  });
  return noteDetail(db, id, who);
}
