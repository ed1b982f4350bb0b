-- SPDX-License-Identifier: GPL-3.0-or-later
-- The event log: every change to shared data (households, their members, children, submitted
-- visits, referrals), recorded in the transaction that made it, so it can travel to the
-- township and county as bundles. An event names its origin device and that device's sequence
-- number (gapless), a hybrid logical clock time, the author, the record and the fields changed.
CREATE TABLE events (
    origin_device TEXT NOT NULL,
    seq           INTEGER NOT NULL CHECK (seq > 0),
    hlc           TEXT NOT NULL,
    author        TEXT,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    op            TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    changes       TEXT NOT NULL,
    received_at   TEXT,
    PRIMARY KEY (origin_device, seq)
) WITHOUT ROWID;
CREATE INDEX events_entity ON events(entity, entity_id, hlc);
-- Events are facts about the past: never changed once written. (They can be deleted: purging a
-- child's records at the end of their retention has to remove the events that carry them.)
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
