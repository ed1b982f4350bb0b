-- SPDX-License-Identifier: GPL-3.0-or-later
-- Records of children who left the system are kept only as long as the county's setting says
-- (retention.years_after_leaving), then purged. What was purged is remembered by id alone (no
-- name, no number), so a late bundle cannot bring it back, and the audit log says who purged it.
CREATE TABLE purged_records (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    purged_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- A submitted visit and its report are kept for good, except when their child's records are
-- purged at the end of retention.
DROP TRIGGER visits_submitted_are_kept;
CREATE TRIGGER visits_submitted_are_kept BEFORE DELETE ON visits
WHEN OLD.status = 'submitted'
     AND NOT EXISTS (SELECT 1 FROM purged_records WHERE entity = 'children' AND entity_id = OLD.child_id)
BEGIN
    SELECT RAISE(ABORT, 'a submitted visit cannot be deleted');
END;
DROP TRIGGER mandatory_reports_frozen_delete;
CREATE TRIGGER mandatory_reports_frozen_delete BEFORE DELETE ON mandatory_reports
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) = 'submitted'
     AND NOT EXISTS (SELECT 1 FROM purged_records WHERE entity = 'visits' AND entity_id = OLD.visit_id)
BEGIN
    SELECT RAISE(ABORT, 'the report of a submitted visit cannot be deleted');
END;
