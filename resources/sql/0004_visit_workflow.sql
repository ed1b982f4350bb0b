-- SPDX-License-Identifier: GPL-3.0-or-later
-- The visit workflow: the record of a mandatory report made (or why it could not be) for a
-- visit whose findings require one, kept with the visit and frozen with it on submission.
CREATE TABLE mandatory_reports (
    id          TEXT PRIMARY KEY,
    visit_id    TEXT NOT NULL UNIQUE REFERENCES visits(id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('reported', 'not_possible')),
    reported_at TEXT,
    reported_to TEXT,
    reference   TEXT,
    reason      TEXT,
    created_by  TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (outcome = 'not_possible' OR (reported_at IS NOT NULL AND reported_to IS NOT NULL)),
    CHECK (outcome = 'reported' OR reason IS NOT NULL)
);
CREATE TRIGGER mandatory_reports_frozen_update BEFORE UPDATE ON mandatory_reports
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'the report of a submitted visit cannot be changed');
END;
CREATE TRIGGER mandatory_reports_frozen_delete BEFORE DELETE ON mandatory_reports
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'the report of a submitted visit cannot be deleted');
END;
-- One open draft per child: a second one would split the answers of the same visit.
CREATE UNIQUE INDEX visits_one_draft ON visits(child_id) WHERE status = 'draft';
