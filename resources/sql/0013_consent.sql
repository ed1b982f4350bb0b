-- SPDX-License-Identifier: GPL-3.0-or-later
-- A guardian's consent to keeping a child's information (个人信息保护法 第31条: the personal
-- information of a child under 14 is handled with the guardian's consent): who gave it, when,
-- and how. Withdrawing it is recorded, not deleted, so the history of consent stays readable.
CREATE TABLE consents (
    id           TEXT PRIMARY KEY,
    child_id     TEXT NOT NULL REFERENCES children(id),
    given_by     TEXT NOT NULL,
    relation     TEXT,
    given_on     TEXT NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('signed_form', 'thumbprint', 'verbal_witnessed')),
    witness      TEXT,
    withdrawn_on TEXT,
    recorded_by  TEXT REFERENCES users(id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (method != 'verbal_witnessed' OR length(trim(coalesce(witness, ''))) > 0),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consents_child ON consents(child_id, given_on);
