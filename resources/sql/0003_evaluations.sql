-- SPDX-License-Identifier: GPL-3.0-or-later
-- Stored evaluations of a child: the findings (as the JSON of `tonghu-cli evaluate`), the next
-- visit date, and the rulebook version that produced them, so any finding can be traced to the
-- rules in force at the time.
CREATE TABLE evaluations (
    id             TEXT PRIMARY KEY,
    child_id       TEXT NOT NULL REFERENCES children(id) ON DELETE CASCADE,
    visit_id       TEXT REFERENCES visits(id),
    ruleset        TEXT NOT NULL,
    as_of          TEXT NOT NULL,
    result         TEXT NOT NULL,
    next_visit_due TEXT,
    created_by     TEXT REFERENCES users(id),
    created_at     TEXT NOT NULL
);
CREATE INDEX evaluations_child ON evaluations(child_id, created_at);
CREATE INDEX evaluations_due ON evaluations(next_visit_due);
