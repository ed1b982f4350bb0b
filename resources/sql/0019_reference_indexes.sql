-- SPDX-License-Identifier: GPL-3.0-or-later
-- An index under every reference to a record that can be deleted. When a row goes (a household
-- removed with its members, a child's records purged at the end of their retention), SQLite
-- looks for the rows that refer to it; without an index that is a scan of the whole referring
-- table for each row deleted: three scans of `children` for every person, and one of
-- `evaluations` (every child's stored results) and of `referrals` for every visit. Users, places
-- and devices are never deleted, and their rows are written before the rows that name them, so
-- the columns that refer to them (created_by, author_id and the like) stay unindexed.
CREATE INDEX children_father ON children(father_id);
CREATE INDEX children_mother ON children(mother_id);
CREATE INDEX children_guardian ON children(guardian_id);
CREATE INDEX evaluations_visit ON evaluations(visit_id);
CREATE INDEX referrals_visit ON referrals(visit_id);
