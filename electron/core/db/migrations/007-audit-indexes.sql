-- Haven schema 7: the Audit page filters a log that grows to millions of entries. Each index ends
-- in seq (the rowid), so a filter's entries are read newest first straight from the index, a page
-- at a time, without sorting. `at` serves the period filter (two seeks give its seq window).
CREATE INDEX audit_log_by_user ON audit_log (user_id, seq);
CREATE INDEX audit_log_by_record ON audit_log (record_type, record_id, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
CREATE INDEX audit_log_by_at ON audit_log (at);
