-- Haven schema 8: covering indexes for the occupancy report. It reads every stay that happened
-- (residences reach back before any period) grouped by resident in date order, and of each
-- resident only age and how a residence ended. A resident's row is wide (free-text fields); from
-- these indexes a five-year report reads neither table through the cipher.
CREATE INDEX stays_report ON stays (planned, resident_id, start_date, end_date, bed_id, id);
CREATE INDEX residents_report ON residents (id, date_of_birth, birth_year_estimate, exit_date, exit_destination);
