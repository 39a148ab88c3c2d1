-- Haven schema 1: settings, premises, staff accounts, audit log.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE premises (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id                  TEXT PRIMARY KEY,
  username            TEXT NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) >= 3),
  full_name           TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
  role                TEXT NOT NULL CHECK (role IN ('staff', 'manager', 'admin')),
  active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  language            TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'sr-Latn')),
  created_at          TEXT NOT NULL,
  password_changed_at TEXT NOT NULL
) STRICT;

-- Append-only and hash-chained: hash = sha256(prev_hash || canonical row), so any edit or
-- deletion breaks the chain. The triggers refuse UPDATE and DELETE outright.
CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  user_id     TEXT,
  action      TEXT NOT NULL,
  record_type TEXT,
  record_id   TEXT,
  detail      TEXT NOT NULL DEFAULT '{}',
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL UNIQUE
) STRICT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
