import type { IsoDate } from '../../../shared/dates.ts';
import type { NoteCategory, NoteVersion, NoteView } from '../../../shared/notes.ts';
import type { Role } from '../../../shared/roles.ts';
import { roleAtLeast } from '../../../shared/roles.ts';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/statements.ts';

/** Who is reading: sensitive notes are theirs to see only as author, manager or administrator. */
export interface Reader {
  userId: string;
  role: Role;
}

const privileged = (r: Reader): 0 | 1 => (roleAtLeast(r.role, 'manager') ? 1 : 0);

interface NoteRow {
  id: string;
  resident_id: string;
  author_id: string;
  author_name: string;
  note_date: string;
  category: NoteCategory;
  body: string;
  sensitive: 0 | 1;
  created_at: string;
  current_body: string | null;
  corrected_at: string | null;
}

// The visibility rule lives in the WHERE clause of every read, so a note the reader may not see is
// never loaded at all: nothing about it (text, count, position) can reach an answer.
const VISIBLE = '(n.sensitive = 0 OR n.author_id = @viewer OR @privileged = 1)';

const NOTE_SELECT = `
  SELECT n.*, u.full_name AS author_name,
    (SELECT c.body FROM note_corrections c WHERE c.note_id = n.id ORDER BY c.seq DESC LIMIT 1) AS current_body,
    (SELECT c.created_at FROM note_corrections c WHERE c.note_id = n.id ORDER BY c.seq DESC LIMIT 1) AS corrected_at
  FROM notes n JOIN users u ON u.id = n.author_id`;

function toView(r: NoteRow, reader: Reader): NoteView {
  return {
    id: r.id,
    residentId: r.resident_id,
    date: r.note_date,
    category: r.category,
    sensitive: r.sensitive === 1,
    body: r.current_body ?? r.body,
    authorId: r.author_id,
    authorName: r.author_name,
    createdAt: r.created_at,
    correctedAt: r.corrected_at,
    canCorrect: r.author_id === reader.userId || privileged(reader) === 1,
  };
}

/** The resident's notes this reader may see, newest first (by the day written about, then entry). */
export function visibleNotes(db: Db, residentId: string, reader: Reader): NoteView[] {
  const rows = prepared(
    db,
    `${NOTE_SELECT} WHERE n.resident_id = @resident AND ${VISIBLE} ORDER BY n.note_date DESC, n.created_at DESC, n.id DESC`,
  ).all({ resident: residentId, viewer: reader.userId, privileged: privileged(reader) }) as NoteRow[];
  return rows.map((r) => toView(r, reader));
}

/** One note, or undefined both when there is none and when this reader may not see it. */
export function visibleNote(db: Db, id: string, reader: Reader): NoteView | undefined {
  const row = prepared(db, `${NOTE_SELECT} WHERE n.id = @id AND ${VISIBLE}`).get({
    id,
    viewer: reader.userId,
    privileged: privileged(reader),
  }) as NoteRow | undefined;
  return row && toView(row, reader);
}

/** The original text and every correction, oldest first. Call only for a note the reader may see. */
export function noteHistory(db: Db, id: string): NoteVersion[] {
  const original = prepared(
    db,
    'SELECT n.body, n.created_at, u.full_name FROM notes n JOIN users u ON u.id = n.author_id WHERE n.id = ?',
  ).get(id) as { body: string; created_at: string; full_name: string };
  const corrections = prepared(
    db,
    `SELECT c.body, c.created_at, u.full_name FROM note_corrections c JOIN users u ON u.id = c.author_id
     WHERE c.note_id = ? ORDER BY c.seq`,
  ).all(id) as { body: string; created_at: string; full_name: string }[];
  return [
    { kind: 'original', body: original.body, authorName: original.full_name, at: original.created_at },
    ...corrections.map((c) => ({
      kind: 'correction' as const,
      body: c.body,
      authorName: c.full_name,
      at: c.created_at,
    })),
  ];
}

export function insertNote(
  db: Db,
  n: {
    id: string;
    residentId: string;
    authorId: string;
    date: IsoDate;
    category: NoteCategory;
    body: string;
    sensitive: boolean;
  },
  at: Date,
): void {
  prepared(
    db,
    `INSERT INTO notes (id, resident_id, author_id, note_date, category, body, sensitive, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(n.id, n.residentId, n.authorId, n.date, n.category, n.body, n.sensitive ? 1 : 0, at.toISOString());
}

export function insertCorrection(db: Db, c: { noteId: string; authorId: string; body: string }, at: Date): void {
  prepared(db, 'INSERT INTO note_corrections (note_id, author_id, body, created_at) VALUES (?, ?, ?, ?)').run(
    c.noteId,
    c.authorId,
    c.body,
    at.toISOString(),
  );
}
