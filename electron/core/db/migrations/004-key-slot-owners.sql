-- Haven schema 4: every password key slot of vault.json belongs to one user, and that is written
-- here, inside the encrypted database. vault.json is a plain file anyone with access to the folder
-- can edit; this table is what login trusts to tell whose slot was opened.

CREATE TABLE key_slot_owners (
  slot_id  TEXT PRIMARY KEY,
  -- One password slot per user: binding a new slot (password change) drops the old binding, so an
  -- older copy of vault.json put back in place does not bring the old password back.
  user_id  TEXT NOT NULL UNIQUE REFERENCES users (id),
  bound_at TEXT NOT NULL
) STRICT;

-- Vaults made before this schema have users but no bindings: the core binds their slots at the
-- first unlock (vault/slot-owners.ts) and removes this marker in that same transaction. A new
-- vault has no users yet when it is migrated, so it gets no marker.
INSERT INTO settings (key, value)
SELECT 'slot_owners_backfill', 'pending' WHERE EXISTS (SELECT 1 FROM users);
