-- Haven schema 10: case notes with their corrections, and court and legal appointments.
--
-- A note is never edited or removed: it is corrected by appending a correction, and the original
-- stays readable in the note's history. The triggers hold that for every code path.

CREATE TABLE notes (
  id          TEXT PRIMARY KEY,
  resident_id TEXT NOT NULL REFERENCES residents (id),
  author_id   TEXT NOT NULL REFERENCES users (id),
  note_date   TEXT NOT NULL CHECK (date(note_date) IS note_date),
  category    TEXT NOT NULL CHECK (category IN ('contact', 'health', 'legal', 'incident', 'court_hearing', 'other')),
  body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
  -- Readable only by the author, managers and administrators (the core filters every read).
  sensitive   INTEGER NOT NULL CHECK (sensitive IN (0, 1)),
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX notes_resident ON notes (resident_id, note_date, created_at);

CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes
BEGIN SELECT RAISE(ABORT, 'notes are corrected by appending a correction, never edited'); END;
CREATE TRIGGER notes_no_delete BEFORE DELETE ON notes
BEGIN SELECT RAISE(ABORT, 'notes are corrected by appending a correction, never deleted'); END;

CREATE TABLE note_corrections (
  seq        INTEGER PRIMARY KEY,
  note_id    TEXT NOT NULL REFERENCES notes (id),
  author_id  TEXT NOT NULL REFERENCES users (id),
  body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX note_corrections_note ON note_corrections (note_id, seq);

CREATE TRIGGER note_corrections_no_update BEFORE UPDATE ON note_corrections
BEGIN SELECT RAISE(ABORT, 'note corrections are append-only'); END;
CREATE TRIGGER note_corrections_no_delete BEFORE DELETE ON note_corrections
BEGIN SELECT RAISE(ABORT, 'note corrections are append-only'); END;

-- Hearings and appointments a resident is accompanied to. `appointment_time` is local wall-clock
-- time (HH:MM) on `appointment_date`, as written in the summons.
CREATE TABLE hearings (
  id               TEXT PRIMARY KEY,
  resident_id      TEXT NOT NULL REFERENCES residents (id),
  appointment_date TEXT NOT NULL CHECK (date(appointment_date) IS appointment_date),
  appointment_time TEXT NOT NULL CHECK (appointment_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  kind             TEXT NOT NULL CHECK (kind IN ('hearing', 'police_interview', 'prosecutor', 'lawyer', 'other')),
  institution      TEXT NOT NULL CHECK (length(trim(institution)) > 0),
  accompanied_by   TEXT REFERENCES users (id),
  outcome          TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  created_by       TEXT REFERENCES users (id),
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX hearings_resident ON hearings (resident_id, appointment_date);
CREATE INDEX hearings_date ON hearings (appointment_date, appointment_time);
