-- Haven schema 11: the week ahead of a stay, who cares for a child whose parent left, and Open Club.

-- The day staff expect the resident to leave (planning only: the stay still ends by an exit).
ALTER TABLE stays ADD COLUMN expected_leaving TEXT
  CHECK (expected_leaving IS NULL OR date(expected_leaving) IS expected_leaving);

-- A child still in the house after her parent left: who is now responsible for her, and since when.
ALTER TABLE residents ADD COLUMN carer TEXT NOT NULL DEFAULT '';
ALTER TABLE residents ADD COLUMN carer_since TEXT CHECK (carer_since IS NULL OR date(carer_since) IS carer_since);

CREATE TABLE openclub_activities (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind        TEXT NOT NULL CHECK (kind IN ('workshop', 'training', 'group_session', 'outing')),
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  created_by  TEXT REFERENCES users (id)
) STRICT;

CREATE TABLE openclub_sessions (
  id          TEXT PRIMARY KEY,
  activity_id TEXT NOT NULL REFERENCES openclub_activities (id),
  date        TEXT NOT NULL CHECK (date(date) IS date),
  facilitator TEXT NOT NULL CHECK (length(trim(facilitator)) > 0),
  created_at  TEXT NOT NULL,
  created_by  TEXT REFERENCES users (id)
) STRICT;
CREATE INDEX openclub_sessions_activity ON openclub_sessions (activity_id, date);
CREATE INDEX openclub_sessions_date ON openclub_sessions (date);

CREATE TABLE openclub_attendance (
  session_id  TEXT NOT NULL REFERENCES openclub_sessions (id),
  resident_id TEXT NOT NULL REFERENCES residents (id),
  PRIMARY KEY (session_id, resident_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX openclub_attendance_resident ON openclub_attendance (resident_id);
