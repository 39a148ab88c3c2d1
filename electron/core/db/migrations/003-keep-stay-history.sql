-- Haven schema 3: a stay that happened is history. Only a planned admission (which never
-- happened) may be deleted; the nights counted in past reports must stay countable.
CREATE TRIGGER stays_keep_history BEFORE DELETE ON stays WHEN OLD.planned = 0
BEGIN SELECT RAISE(ABORT, 'STAY_HISTORY_KEPT'); END;
