-- SPDX-License-Identifier: GPL-3.0-or-later
-- Events travel in streams. A device's own stream (origin = its device id) goes up to its
-- township and county. What it sends down (a township's review decisions for one village, a
-- county's settings for the whole county) is a stream of its own, "<device id>@<place code>",
-- numbered from 1 without gaps like any other, so a village receives every decision addressed to
-- it, and nothing addressed to another village, and still notices a missing one.
-- Acknowledgements are therefore kept per peer and per stream.
CREATE TABLE sync_acks_by_stream (
    peer_device TEXT NOT NULL REFERENCES trusted_devices(device_id),
    stream      TEXT NOT NULL,
    acked_seq   INTEGER NOT NULL DEFAULT 0 CHECK (acked_seq >= 0),
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (peer_device, stream)
) WITHOUT ROWID;
INSERT INTO sync_acks_by_stream (peer_device, stream, acked_seq, updated_at)
    SELECT a.peer_device, d.id, a.acked_seq, a.updated_at FROM sync_acks a, device_identity d;
DROP TABLE sync_acks;
ALTER TABLE sync_acks_by_stream RENAME TO sync_acks;
-- What the device had received of every other stream when it made a change to a record that can
-- change again (JSON, stream → sequence number): with it, a receiver tells a change made knowing
-- its own from one made at the same time, which is a conflict.
ALTER TABLE events ADD COLUMN seen TEXT;
-- A held bundle waits for an earlier part of its stream (no longer always the sender's own).
ALTER TABLE held_bundles ADD COLUMN stream TEXT;
UPDATE held_bundles SET stream = sender;

-- A township supervisor's decision on a submitted visit: approved, or returned to the child
-- director with a comment saying what to correct. Decisions are facts: kept as made.
CREATE TABLE visit_reviews (
    id          TEXT PRIMARY KEY,
    visit_id    TEXT NOT NULL REFERENCES visits(id),
    decision    TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
    comment     TEXT,
    reviewer_id TEXT REFERENCES users(id),
    reviewed_at TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (decision = 'approved' OR length(trim(coalesce(comment, ''))) > 0)
);
CREATE INDEX visit_reviews_visit ON visit_reviews(visit_id, reviewed_at);
CREATE TRIGGER visit_reviews_no_update BEFORE UPDATE ON visit_reviews
BEGIN
    SELECT RAISE(ABORT, 'a review decision cannot be changed');
END;

-- County settings of the rulebook (the thresholds POLICY.md leaves to a local choice), as a
-- county publishes them: every village and township of the county evaluates with the latest.
CREATE TABLE rulebook_publications (
    id           TEXT PRIMARY KEY,
    rulebook_id  TEXT NOT NULL,
    version      TEXT NOT NULL,
    settings     TEXT NOT NULL,
    published_by TEXT REFERENCES users(id),
    published_at TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE TRIGGER rulebook_publications_no_update BEFORE UPDATE ON rulebook_publications
BEGIN
    SELECT RAISE(ABORT, 'a published rulebook cannot be changed: publish a new version');
END;

-- The same field of the same record changed on two devices, neither knowing of the other's
-- change. The record shows the value with the later clock; the other is kept here, for a person
-- to decide. Both changes stay in the event log as well.
CREATE TABLE sync_conflicts (
    id           TEXT PRIMARY KEY,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    field        TEXT NOT NULL,
    shown_value  TEXT,            -- JSON: the value the record shows (the later clock's)
    shown_origin TEXT NOT NULL,   -- the event that set it: stream and sequence number
    shown_seq    INTEGER NOT NULL,
    shown_hlc    TEXT NOT NULL,
    other_value  TEXT,            -- JSON: the value set on the other side
    other_origin TEXT NOT NULL,
    other_seq    INTEGER NOT NULL,
    other_hlc    TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    resolved_at  TEXT,
    resolved_by  TEXT REFERENCES users(id),
    -- the shown value kept, the other value chosen, or a later change made knowing both
    resolution   TEXT CHECK (resolution IN ('shown', 'other', 'superseded'))
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, entity, entity_id);
