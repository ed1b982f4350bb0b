-- SPDX-License-Identifier: GPL-3.0-or-later
-- The worklist reads every active child's latest evaluation for three things: the next visit's
-- date, the evaluation's date and its open critical and high risks. Those risks were picked out
-- of the stored findings (about 1.2 KB a child) by json_each for every child, and each
-- evaluation's row read in full to get them. Now each evaluation keeps them beside the findings
-- as written when it is stored, `[[id, severity, title], ...]` ("[]" when there are none), and
-- an index holds all the worklist reads, so it reads the index alone: a few hundred bytes a
-- child instead of the row's page.
ALTER TABLE evaluations ADD COLUMN open_risks TEXT;
UPDATE evaluations SET open_risks = (
    SELECT json_group_array(json_array(f.value ->> 'id', f.value ->> 'severity', f.value ->> 'title'))
    FROM json_each(evaluations.result, '$.findings') f
    WHERE f.value ->> 'kind' = 'risk' AND f.value ->> 'status' = 'met'
      AND f.value ->> 'severity' IN ('critical', 'high'));
CREATE INDEX evaluations_worklist ON evaluations(child_id, next_visit_due, as_of, open_risks);
