-- SPDX-License-Identifier: GPL-3.0-or-later
-- Each child's latest submitted visit (the latest visit_date, then the latest submitted_at), with
-- its answers: what every evaluation of a child as it stands now overlays on the record. A scan
-- of a township's or a county's children (the statistics, the ledger, evaluating every child)
-- read it from `visits`, where each child's latest visit lies on a page of its own among a year
-- of everyone's visits, so the scan read and decrypted a page of visits for every child. Here
-- the latest visits lie together, in about the order the children do.
--
-- Kept by the triggers below for every way a visit is written (a director's submission, an
-- import, a purge), so nothing else writes it; the visits stay what it is made from.
CREATE TABLE latest_visits (
    child_id     TEXT NOT NULL UNIQUE REFERENCES children(id) ON DELETE CASCADE,
    visit_id     TEXT NOT NULL,
    visit_date   TEXT NOT NULL,
    submitted_at TEXT,
    answers      TEXT NOT NULL
);

INSERT INTO latest_visits (child_id, visit_id, visit_date, submitted_at, answers)
SELECT v.child_id, v.id, v.visit_date, v.submitted_at, v.answers
FROM children c
JOIN visits v ON v.rowid = (SELECT rowid FROM visits WHERE child_id = c.id AND status = 'submitted'
                            ORDER BY visit_date DESC, submitted_at DESC LIMIT 1)
ORDER BY c.rowid;

-- Every candidate for a child's latest visit goes through this view, whose one trigger holds the
-- rule: a visit replaces the child's latest when it comes after it, or on the same day and
-- moment, as the later written one, which is what `visits` gives first in that order.
CREATE VIEW latest_visit_candidates AS
SELECT child_id, visit_id, visit_date, submitted_at, answers FROM latest_visits;

CREATE TRIGGER latest_visit_candidates_insert INSTEAD OF INSERT ON latest_visit_candidates
BEGIN
    INSERT INTO latest_visits (child_id, visit_id, visit_date, submitted_at, answers)
    VALUES (NEW.child_id, NEW.visit_id, NEW.visit_date, NEW.submitted_at, NEW.answers)
    ON CONFLICT (child_id) DO UPDATE SET visit_id = excluded.visit_id, visit_date = excluded.visit_date,
        submitted_at = excluded.submitted_at, answers = excluded.answers
    WHERE (excluded.visit_date, coalesce(excluded.submitted_at, '')) >= (visit_date, coalesce(submitted_at, ''));
END;

-- A visit submitted, or written already submitted (an import). Submitted visits do not change
-- afterwards (visits_submitted_are_immutable).
CREATE TRIGGER latest_visits_on_insert AFTER INSERT ON visits
WHEN NEW.status = 'submitted'
BEGIN
    INSERT INTO latest_visit_candidates
    VALUES (NEW.child_id, NEW.id, NEW.visit_date, NEW.submitted_at, NEW.answers);
END;

CREATE TRIGGER latest_visits_on_submit AFTER UPDATE ON visits
WHEN NEW.status = 'submitted'
BEGIN
    INSERT INTO latest_visit_candidates
    VALUES (NEW.child_id, NEW.id, NEW.visit_date, NEW.submitted_at, NEW.answers);
END;

-- Submitted visits are deleted only with their child's records at the end of retention; the
-- visit before the deleted one becomes the latest, as it would be read from `visits`.
CREATE TRIGGER latest_visits_on_delete AFTER DELETE ON visits
WHEN OLD.status = 'submitted'
BEGIN
    DELETE FROM latest_visits WHERE child_id = OLD.child_id AND visit_id = OLD.id;
    INSERT INTO latest_visit_candidates
    SELECT child_id, id, visit_date, submitted_at, answers FROM visits
    WHERE child_id = OLD.child_id AND status = 'submitted'
    ORDER BY visit_date DESC, submitted_at DESC LIMIT 1;
END;
