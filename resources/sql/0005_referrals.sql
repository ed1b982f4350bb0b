-- SPDX-License-Identifier: GPL-3.0-or-later
-- Referrals of a child to the agency a finding names (police, civil affairs, school, ...), followed
-- until they are resolved or closed.
CREATE TABLE referrals (
    id          TEXT PRIMARY KEY,
    child_id    TEXT NOT NULL REFERENCES children(id),
    visit_id    TEXT REFERENCES visits(id),
    finding_id  TEXT,
    agency      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    due_date    TEXT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'resolved', 'closed')),
    notes       TEXT NOT NULL DEFAULT '',
    opened_on   TEXT NOT NULL,
    accepted_on TEXT,
    closed_on   TEXT,
    created_by  TEXT REFERENCES users(id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX referrals_child ON referrals(child_id);
CREATE INDEX referrals_due ON referrals(status, due_date);
