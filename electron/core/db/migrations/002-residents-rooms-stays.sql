-- Haven schema 2: residents, rooms and beds, stays.
-- Dates are ISO YYYY-MM-DD text. A stay or an outage covers the nights from its start date up to,
-- not including, its end date (the day the resident leaves / the bed is back); NULL means open.

CREATE TABLE code_counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE residents (
  id                         TEXT PRIMARY KEY,
  code                       TEXT NOT NULL UNIQUE CHECK (code GLOB 'R-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'),
  status                     TEXT NOT NULL DEFAULT 'referred'
                             CHECK (status IN ('referred', 'in_residence', 'exited', 'archived')),
  given_name                 TEXT NOT NULL CHECK (length(trim(given_name)) > 0),
  family_name                TEXT NOT NULL CHECK (length(trim(family_name)) > 0),
  alias                      TEXT NOT NULL DEFAULT '',
  date_of_birth              TEXT CHECK (date_of_birth IS NULL OR date(date_of_birth) IS date_of_birth),
  birth_year_estimate        INTEGER,
  sex                        TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  nationalities              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(nationalities)),
  stateless                  INTEGER NOT NULL DEFAULT 0 CHECK (stateless IN (0, 1)),
  id_document_status         TEXT NOT NULL CHECK (id_document_status IN ('none', 'held_by_other', 'expired', 'valid')),
  languages                  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
  education                  TEXT NOT NULL DEFAULT '',
  health_needs               TEXT NOT NULL DEFAULT '',
  disability                 TEXT NOT NULL DEFAULT '',
  phone                      TEXT NOT NULL DEFAULT '',
  identification_status      TEXT NOT NULL
                             CHECK (identification_status IN ('potential', 'preliminary', 'formal', 'not_identified')),
  preliminary_identified_on  TEXT,
  formally_identified_on     TEXT,
  not_identified_on          TEXT,
  identification_body        TEXT NOT NULL DEFAULT '',
  referral_source            TEXT NOT NULL
                             CHECK (referral_source IN ('center', 'police', 'social_work_centre', 'other_ngo', 'self', 'other')),
  referral_date              TEXT NOT NULL CHECK (date(referral_date) IS referral_date),
  referred_by                TEXT NOT NULL DEFAULT '',
  referral_reason            TEXT NOT NULL DEFAULT '',
  referral_outcome           TEXT NOT NULL DEFAULT 'pending' CHECK (referral_outcome IN ('pending', 'accepted', 'declined')),
  decline_reason             TEXT CHECK (decline_reason IS NULL OR decline_reason IN ('no_free_bed', 'not_eligible', 'person_declined')),
  exploitation_forms         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exploitation_forms)),
  guardian_name              TEXT NOT NULL DEFAULT '',
  guardian_organisation      TEXT NOT NULL DEFAULT '',
  parent_resident_id         TEXT REFERENCES residents (id),
  risk_level                 TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
  do_not_disclose            INTEGER NOT NULL DEFAULT 0 CHECK (do_not_disclose IN (0, 1)),
  safety_notes               TEXT NOT NULL DEFAULT '',
  consent_given_on           TEXT,
  consent_scope              TEXT NOT NULL DEFAULT '',
  consent_recorded_by        TEXT NOT NULL DEFAULT '',
  consent_withdrawn_on       TEXT,
  consent_pending_reason     TEXT NOT NULL DEFAULT '',
  exit_date                  TEXT,
  exit_reason                TEXT NOT NULL DEFAULT '',
  exit_destination           TEXT CHECK (exit_destination IS NULL OR exit_destination IN
                             ('independent_living', 'family', 'other_shelter', 'returned_to_origin', 'unknown')),
  search_key                 TEXT NOT NULL DEFAULT '',
  created_at                 TEXT NOT NULL,
  updated_at                 TEXT NOT NULL,
  CHECK (decline_reason IS NULL OR referral_outcome = 'declined'),
  CHECK (status <> 'exited' OR exit_date IS NOT NULL),
  CHECK (parent_resident_id IS NULL OR parent_resident_id <> id)
) STRICT;

CREATE INDEX residents_status ON residents (status);
CREATE INDEX residents_parent ON residents (parent_resident_id);

-- Who changed which field when; append-only like the audit log.
CREATE TABLE resident_changes (
  seq         INTEGER PRIMARY KEY,
  resident_id TEXT NOT NULL REFERENCES residents (id),
  at          TEXT NOT NULL,
  user_id     TEXT REFERENCES users (id),
  field       TEXT NOT NULL,
  old_value   TEXT,
  new_value   TEXT
) STRICT;
CREATE INDEX resident_changes_resident ON resident_changes (resident_id, seq);
CREATE TRIGGER resident_changes_no_update BEFORE UPDATE ON resident_changes
BEGIN SELECT RAISE(ABORT, 'resident_changes is append-only'); END;
CREATE TRIGGER resident_changes_no_delete BEFORE DELETE ON resident_changes
BEGIN SELECT RAISE(ABORT, 'resident_changes is append-only'); END;

CREATE TABLE rooms (
  id          TEXT PRIMARY KEY,
  premises_id TEXT NOT NULL REFERENCES premises (id),
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  floor       TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL CHECK (kind IN ('single', 'shared', 'family', 'child_friendly')),
  notes       TEXT NOT NULL DEFAULT '',
  retired_on  TEXT CHECK (retired_on IS NULL OR date(retired_on) IS retired_on),
  created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE beds (
  id         TEXT PRIMARY KEY,
  room_id    TEXT NOT NULL REFERENCES rooms (id),
  label      TEXT NOT NULL CHECK (length(trim(label)) > 0),
  -- First night the bed no longer exists (the room was retired).
  retired_on TEXT CHECK (retired_on IS NULL OR date(retired_on) IS retired_on),
  created_at TEXT NOT NULL,
  UNIQUE (room_id, label)
) STRICT;

CREATE TABLE bed_outages (
  id         TEXT PRIMARY KEY,
  bed_id     TEXT NOT NULL REFERENCES beds (id),
  from_date  TEXT NOT NULL CHECK (date(from_date) IS from_date),
  until_date TEXT CHECK (until_date IS NULL OR (date(until_date) IS until_date AND until_date > from_date)),
  reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX bed_outages_bed ON bed_outages (bed_id, from_date);

CREATE TABLE stays (
  id              TEXT PRIMARY KEY,
  resident_id     TEXT NOT NULL REFERENCES residents (id),
  bed_id          TEXT NOT NULL REFERENCES beds (id),
  start_date      TEXT NOT NULL CHECK (date(start_date) IS start_date),
  end_date        TEXT CHECK (end_date IS NULL OR date(end_date) IS end_date),
  -- A planned admission: holds the bed from start_date until it is admitted or cancelled.
  planned         INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0, 1)),
  backdate_reason TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  created_by      TEXT REFERENCES users (id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (planned = 0 OR end_date IS NULL)
) STRICT;
CREATE INDEX stays_bed ON stays (bed_id, start_date);
CREATE INDEX stays_resident ON stays (resident_id, start_date);

-- The rules no code path may break. Two night ranges [s1, e1) and [s2, e2) share a night when
-- s1 < e2 and s2 < e1 (an open end is the far future). The services check first, to say which
-- stay collides; these triggers are the last line.
CREATE TRIGGER stays_rules_insert BEFORE INSERT ON stays
BEGIN
  SELECT RAISE(ABORT, 'STAY_BED_TAKEN') WHERE EXISTS (
    SELECT 1 FROM stays s WHERE s.bed_id = NEW.bed_id
      AND s.start_date < COALESCE(NEW.end_date, '9999-12-31') AND NEW.start_date < COALESCE(s.end_date, '9999-12-31'));
  SELECT RAISE(ABORT, 'STAY_RESIDENT_ELSEWHERE') WHERE EXISTS (
    SELECT 1 FROM stays s WHERE s.resident_id = NEW.resident_id
      AND s.start_date < COALESCE(NEW.end_date, '9999-12-31') AND NEW.start_date < COALESCE(s.end_date, '9999-12-31'));
  SELECT RAISE(ABORT, 'STAY_BED_OUT_OF_SERVICE') WHERE EXISTS (
    SELECT 1 FROM bed_outages o WHERE o.bed_id = NEW.bed_id
      AND o.from_date < COALESCE(NEW.end_date, '9999-12-31') AND NEW.start_date < COALESCE(o.until_date, '9999-12-31'));
  SELECT RAISE(ABORT, 'STAY_BED_RETIRED') WHERE EXISTS (
    SELECT 1 FROM beds b WHERE b.id = NEW.bed_id AND b.retired_on IS NOT NULL
      AND COALESCE(NEW.end_date, '9999-12-31') > b.retired_on);
END;

CREATE TRIGGER stays_rules_update BEFORE UPDATE OF bed_id, resident_id, start_date, end_date ON stays
BEGIN
  SELECT RAISE(ABORT, 'STAY_BED_TAKEN') WHERE EXISTS (
    SELECT 1 FROM stays s WHERE s.id <> NEW.id AND s.bed_id = NEW.bed_id
      AND s.start_date < COALESCE(NEW.end_date, '9999-12-31') AND NEW.start_date < COALESCE(s.end_date, '9999-12-31'));
  SELECT RAISE(ABORT, 'STAY_RESIDENT_ELSEWHERE') WHERE EXISTS (
    SELECT 1 FROM stays s WHERE s.id <> NEW.id AND s.resident_id = NEW.resident_id
      AND s.start_date < COALESCE(NEW.end_date, '9999-12-31') AND NEW.start_date < COALESCE(s.end_date, '9999-12-31'));
  SELECT RAISE(ABORT, 'STAY_BED_OUT_OF_SERVICE') WHERE EXISTS (
    SELECT 1 FROM bed_outages o WHERE o.bed_id = NEW.bed_id
      AND o.from_date < COALESCE(NEW.end_date, '9999-12-31') AND NEW.start_date < COALESCE(o.until_date, '9999-12-31'));
  SELECT RAISE(ABORT, 'STAY_BED_RETIRED') WHERE EXISTS (
    SELECT 1 FROM beds b WHERE b.id = NEW.bed_id AND b.retired_on IS NOT NULL
      AND COALESCE(NEW.end_date, '9999-12-31') > b.retired_on);
END;

CREATE TRIGGER bed_outages_rules_insert BEFORE INSERT ON bed_outages
BEGIN
  SELECT RAISE(ABORT, 'OUTAGE_BED_OCCUPIED') WHERE EXISTS (
    SELECT 1 FROM stays s WHERE s.bed_id = NEW.bed_id
      AND s.start_date < COALESCE(NEW.until_date, '9999-12-31') AND NEW.from_date < COALESCE(s.end_date, '9999-12-31'));
END;

CREATE TRIGGER bed_outages_rules_update BEFORE UPDATE OF bed_id, from_date, until_date ON bed_outages
BEGIN
  SELECT RAISE(ABORT, 'OUTAGE_BED_OCCUPIED') WHERE EXISTS (
    SELECT 1 FROM stays s WHERE s.bed_id = NEW.bed_id
      AND s.start_date < COALESCE(NEW.until_date, '9999-12-31') AND NEW.from_date < COALESCE(s.end_date, '9999-12-31'));
END;

CREATE TRIGGER beds_retire_rules BEFORE UPDATE OF retired_on ON beds WHEN NEW.retired_on IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'BED_RETIRE_HAS_STAYS') WHERE EXISTS (
    SELECT 1 FROM stays s WHERE s.bed_id = NEW.id AND COALESCE(s.end_date, '9999-12-31') > NEW.retired_on);
END;
