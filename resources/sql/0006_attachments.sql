-- SPDX-License-Identifier: GPL-3.0-or-later
-- Photos and scanned documents, kept inside the encrypted database (never as loose files): for a
-- visit, or for one document of a benefit's list ("户口簿" for elig.orphan_allowance).
CREATE TABLE attachments (
    id         TEXT PRIMARY KEY,
    child_id   TEXT NOT NULL REFERENCES children(id),
    visit_id   TEXT REFERENCES visits(id),
    finding_id TEXT,
    document   TEXT,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size > 0),
    sha256     BLOB NOT NULL,
    data       BLOB NOT NULL,
    created_by TEXT REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX attachments_child ON attachments(child_id);
CREATE INDEX attachments_visit ON attachments(visit_id);
-- The documents of a benefit ticked off as gathered, per child.
CREATE TABLE gathered_documents (
    child_id   TEXT NOT NULL REFERENCES children(id),
    finding_id TEXT NOT NULL,
    document   TEXT NOT NULL,
    gathered_on TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    PRIMARY KEY (child_id, finding_id, document)
) WITHOUT ROWID;
