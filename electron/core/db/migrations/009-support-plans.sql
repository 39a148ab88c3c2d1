-- Haven schema 9: support plans. One active plan per resident; a new version starts as a copy
-- of the active one and the old one is frozen: the triggers refuse any change to a frozen
-- version, its goals, actions or reviews, whoever writes (services or raw SQL).

CREATE TABLE plans (
  id          TEXT PRIMARY KEY,
  resident_id TEXT NOT NULL REFERENCES residents (id),
  version     INTEGER NOT NULL CHECK (version >= 1),
  active      INTEGER NOT NULL CHECK (active IN (0, 1)),
  created_at  TEXT NOT NULL,
  created_by  TEXT REFERENCES users (id),
  frozen_at   TEXT,
  UNIQUE (resident_id, version),
  CHECK ((active = 1) = (frozen_at IS NULL))
) STRICT;

CREATE UNIQUE INDEX plans_one_active ON plans (resident_id) WHERE active = 1;

-- A version is born active; it only ever goes from active to frozen, and then never changes.
CREATE TRIGGER plans_born_active BEFORE INSERT ON plans WHEN NEW.active = 0
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TRIGGER plans_frozen_kept BEFORE UPDATE ON plans
WHEN OLD.active = 0
  OR NEW.id IS NOT OLD.id OR NEW.resident_id IS NOT OLD.resident_id OR NEW.version IS NOT OLD.version
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TRIGGER plans_no_delete BEFORE DELETE ON plans
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TABLE plan_goals (
  id          TEXT PRIMARY KEY,
  plan_id     TEXT NOT NULL REFERENCES plans (id),
  position    INTEGER NOT NULL,
  domain      TEXT NOT NULL CHECK (domain IN ('safety', 'health', 'psychological', 'legal', 'documents',
                                                'housing', 'education', 'employment', 'family', 'social')),
  description TEXT NOT NULL CHECK (length(trim(description)) BETWEEN 1 AND 2000),
  target_date TEXT NOT NULL CHECK (date(target_date) IS target_date),
  status      TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'achieved', 'dropped')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position);

CREATE TRIGGER plan_goals_insert_active BEFORE INSERT ON plan_goals
WHEN (SELECT active FROM plans WHERE id = NEW.plan_id) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TRIGGER plan_goals_update_active BEFORE UPDATE ON plan_goals
WHEN (SELECT active FROM plans WHERE id = OLD.plan_id) IS NOT 1 OR NEW.plan_id IS NOT OLD.plan_id
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TRIGGER plan_goals_no_delete BEFORE DELETE ON plan_goals
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TABLE plan_actions (
  id                  TEXT PRIMARY KEY,
  goal_id             TEXT NOT NULL REFERENCES plan_goals (id),
  position            INTEGER NOT NULL,
  what                TEXT NOT NULL CHECK (length(trim(what)) BETWEEN 1 AND 1000),
  responsible_user_id TEXT NOT NULL REFERENCES users (id),
  due_date            TEXT NOT NULL CHECK (date(due_date) IS due_date),
  done_date           TEXT CHECK (done_date IS NULL OR date(done_date) IS done_date),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;

CREATE INDEX plan_actions_goal ON plan_actions (goal_id, position);
CREATE INDEX plan_actions_due ON plan_actions (due_date) WHERE done_date IS NULL;

CREATE TRIGGER plan_actions_insert_active BEFORE INSERT ON plan_actions
WHEN (SELECT p.active FROM plan_goals g JOIN plans p ON p.id = g.plan_id WHERE g.id = NEW.goal_id) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TRIGGER plan_actions_update_active BEFORE UPDATE ON plan_actions
WHEN (SELECT p.active FROM plan_goals g JOIN plans p ON p.id = g.plan_id WHERE g.id = OLD.goal_id) IS NOT 1
  OR NEW.goal_id IS NOT OLD.goal_id
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TRIGGER plan_actions_no_delete BEFORE DELETE ON plan_actions
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TABLE plan_reviews (
  id               TEXT PRIMARY KEY,
  plan_id          TEXT NOT NULL REFERENCES plans (id),
  review_date      TEXT NOT NULL CHECK (date(review_date) IS review_date),
  summary          TEXT NOT NULL CHECK (length(trim(summary)) BETWEEN 1 AND 4000),
  next_review_date TEXT CHECK (next_review_date IS NULL OR (date(next_review_date) IS next_review_date AND next_review_date > review_date)),
  recorded_by      TEXT REFERENCES users (id),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX plan_reviews_plan ON plan_reviews (plan_id, review_date);

CREATE TRIGGER plan_reviews_insert_active BEFORE INSERT ON plan_reviews
WHEN (SELECT active FROM plans WHERE id = NEW.plan_id) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TRIGGER plan_reviews_update_active BEFORE UPDATE ON plan_reviews
WHEN (SELECT active FROM plans WHERE id = OLD.plan_id) IS NOT 1 OR NEW.plan_id IS NOT OLD.plan_id
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;

CREATE TRIGGER plan_reviews_no_delete BEFORE DELETE ON plan_reviews
BEGIN SELECT RAISE(ABORT, 'PLAN_FROZEN'); END;
