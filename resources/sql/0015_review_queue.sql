-- SPDX-License-Identifier: GPL-3.0-or-later
-- The township's review queue: the latest submitted version of each visit that has no decision
-- yet. A township holds tens of thousands of visits, nearly all of them reviewed long ago, so
-- the queue is kept as a table of its own by triggers instead of being found again by scanning
-- every visit for a missing decision. It is derived from visits and visit_reviews, written the
-- same way for a visit submitted here and for one that arrived in a bundle, and never travels.
CREATE TABLE review_pending (
    -- A visit purged at the end of retention leaves the queue with it.
    visit_id TEXT PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE,
    -- The highest open risk of the visit, as evaluated here with `ruleset` (the evaluations of
    -- the village do not travel); NULL until the township's queue first evaluates it, and
    -- evaluated again when the county's settings change.
    severity TEXT CHECK (severity IN ('critical', 'high', 'medium', 'low', 'none')),
    ruleset  TEXT
) WITHOUT ROWID;

-- The versions of a visit are found from the one they supersede (history, corrections), and a
-- village finds the visits returned to it among decisions that are nearly all approvals.
CREATE INDEX visits_supersedes ON visits(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE INDEX visit_reviews_returned ON visit_reviews(reviewed_at) WHERE decision = 'returned';

-- A submitted version waits for a decision; the version it corrects no longer does.
CREATE TRIGGER review_pending_on_insert AFTER INSERT ON visits
WHEN NEW.status = 'submitted'
BEGIN
    DELETE FROM review_pending WHERE visit_id = NEW.supersedes_id;
    INSERT OR IGNORE INTO review_pending (visit_id)
        SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM visit_reviews WHERE visit_id = NEW.id)
                        AND NOT EXISTS (SELECT 1 FROM visits WHERE supersedes_id = NEW.id AND status = 'submitted');
END;
CREATE TRIGGER review_pending_on_submit AFTER UPDATE OF status ON visits
WHEN NEW.status = 'submitted' AND OLD.status = 'draft'
BEGIN
    DELETE FROM review_pending WHERE visit_id = NEW.supersedes_id;
    INSERT OR IGNORE INTO review_pending (visit_id)
        SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM visit_reviews WHERE visit_id = NEW.id)
                        AND NOT EXISTS (SELECT 1 FROM visits WHERE supersedes_id = NEW.id AND status = 'submitted');
END;
CREATE TRIGGER review_pending_on_review AFTER INSERT ON visit_reviews
BEGIN
    DELETE FROM review_pending WHERE visit_id = NEW.visit_id;
END;

INSERT INTO review_pending (visit_id)
    SELECT v.id FROM visits v
    WHERE v.status = 'submitted'
      AND NOT EXISTS (SELECT 1 FROM visits n WHERE n.supersedes_id = v.id AND n.status = 'submitted')
      AND NOT EXISTS (SELECT 1 FROM visit_reviews r WHERE r.visit_id = v.id);
