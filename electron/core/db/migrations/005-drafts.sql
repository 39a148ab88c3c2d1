-- Haven schema 5: drafts of unsaved forms, so that a lock loses no typing. One row per user and
-- form; the database is encrypted, so the draft is too. Never shown to another user.

CREATE TABLE drafts (
  user_id  TEXT NOT NULL REFERENCES users (id),
  key      TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  route    TEXT NOT NULL CHECK (substr(route, 1, 1) = '/'),
  data     TEXT NOT NULL CHECK (json_valid(data)),
  saved_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
) STRICT;

CREATE INDEX drafts_latest ON drafts (user_id, saved_at);
