-- Haven schema 12: Open Club activities are edited and archived, never deleted (their sessions
-- stay in the figures of past periods).

ALTER TABLE openclub_activities ADD COLUMN updated_at TEXT;
ALTER TABLE openclub_activities ADD COLUMN archived_at TEXT;
