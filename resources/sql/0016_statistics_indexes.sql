-- SPDX-License-Identifier: GPL-3.0-or-later
-- Indexes for the statistics of a township or county (core/reports/Statistics). A visit's row
-- holds its answers, a page or more to decrypt per visit, so what the statistics need of the
-- years of visits kept is answered from indexes alone: the submitted visits of the last months
-- (counted per month) and each child's latest submitted visit (only that row is then read).
-- Records under a place code use households_place (step 2), corrections visits_supersedes
-- (step 15).
CREATE INDEX visits_submitted_date ON visits(visit_date, child_id, id) WHERE status = 'submitted';
CREATE INDEX visits_submitted_child ON visits(child_id, visit_date, submitted_at) WHERE status = 'submitted';
