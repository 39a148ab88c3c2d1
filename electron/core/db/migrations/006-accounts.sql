-- Haven schema 6: staff accounts managed by administrators.
--
-- must_change_password: set when an administrator gives someone a temporary password (new account,
-- reactivation, reset); that person can do nothing but choose their own at their next sign-in.
-- last_sign_in_at: shown on the Users page; kept here so that the list needs no scan of the log.
-- password_version: counts the account's password slots; a session remembers the one it began
-- under, and ends when an administrator gives the account a new one (reset, reactivation).

ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN last_sign_in_at TEXT;
ALTER TABLE users ADD COLUMN password_version INTEGER NOT NULL DEFAULT 1;

-- Earlier sign-ins are in the audit log.
UPDATE users SET last_sign_in_at = (
  SELECT max(at) FROM audit_log
  WHERE action IN ('session.login', 'session.loginWithRecoveryKey') AND record_id = users.id
);
