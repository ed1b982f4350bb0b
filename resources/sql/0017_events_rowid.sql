-- SPDX-License-Identifier: GPL-3.0-or-later
-- The event log as an ordinary rowid table. A WITHOUT ROWID table keeps at most about a quarter
-- of a page of a row on its b-tree page, so every visit event (1.5–2 KB of answers) spilled into
-- an overflow page of its own, mostly empty: the log took two thirds of the file and every read of
-- it twice the pages. In a rowid table a row of up to a page stays on the leaf; the primary key
-- becomes a unique index of small entries.
CREATE TABLE events_rowid (
    origin_device TEXT NOT NULL,
    seq           INTEGER NOT NULL CHECK (seq > 0),
    hlc           TEXT NOT NULL,
    author        TEXT,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    op            TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    changes       TEXT NOT NULL,
    received_at   TEXT,
    seen          TEXT,
    PRIMARY KEY (origin_device, seq)
);
INSERT INTO events_rowid (origin_device, seq, hlc, author, entity, entity_id, op, changes, received_at, seen)
    SELECT origin_device, seq, hlc, author, entity, entity_id, op, changes, received_at, seen
    FROM events ORDER BY origin_device, seq;
DROP TABLE events;
ALTER TABLE events_rowid RENAME TO events;
CREATE INDEX events_entity ON events(entity, entity_id, hlc);
-- As in 0008: events are facts about the past, never changed once written.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
