-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: places, users, households, their members, children, visits, audit log.
-- Every shared row has a UUID primary key and created/updated stamps (UTC, ISO 8601) so it
-- can travel between devices. Enumerated columns hold the fact codes of POLICY.md.

CREATE TABLE vault_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Administrative places: 6-digit county, 9-digit township, 12-digit village.
CREATE TABLE places (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) IN (6, 9, 12) AND code NOT GLOB '*[^0-9]*'),
    level       TEXT NOT NULL CHECK (level IN ('county', 'township', 'village')),
    name        TEXT NOT NULL,
    parent_code TEXT REFERENCES places(code),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('village', 'township', 'county')),
    place_code TEXT NOT NULL REFERENCES places(code),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE households (
    id                 TEXT PRIMARY KEY,
    place_code         TEXT NOT NULL REFERENCES places(code),
    address            TEXT NOT NULL,
    contact_name       TEXT,
    contact_phone      TEXT,
    assistance         TEXT NOT NULL DEFAULT 'none'
                       CHECK (assistance IN ('none', 'dibao', 'tekun', 'dibao_edge')),
    poverty_monitored  INTEGER CHECK (poverty_monitored IN (0, 1)),
    crisis             TEXT CHECK (crisis IN ('none', 'accident', 'acute_illness', 'disaster', 'domestic_violence')),
    entrustment_signed INTEGER CHECK (entrustment_signed IN (0, 1)),
    guardian_capable   INTEGER CHECK (guardian_capable IN (0, 1)),
    notes              TEXT,
    created_by         TEXT REFERENCES users(id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

-- Parents, guardians and other members of a household, with the parent facts of POLICY.md.
CREATE TABLE persons (
    id                      TEXT PRIMARY KEY,
    household_id            TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    name                    TEXT NOT NULL,
    relation                TEXT NOT NULL
                            CHECK (relation IN ('father', 'mother', 'grandparent', 'sibling', 'relative', 'other')),
    is_guardian             INTEGER NOT NULL DEFAULT 0 CHECK (is_guardian IN (0, 1)),
    id_number               TEXT,
    sex                     TEXT CHECK (sex IN ('male', 'female')),
    birth_date              TEXT,
    phone                   TEXT,
    status                  TEXT CHECK (status IN ('alive', 'deceased', 'declared_missing', 'unknown')),
    disability_level        INTEGER CHECK (disability_level BETWEEN 0 AND 4),
    disability_type         TEXT CHECK (disability_type IN ('visual', 'hearing', 'speech', 'physical',
                                                           'intellectual', 'mental', 'autism', 'multiple')),
    serious_illness         INTEGER CHECK (serious_illness IN (0, 1)),
    imprisoned_months       INTEGER CHECK (imprisoned_months >= 0),
    compulsory_rehab_months INTEGER CHECK (compulsory_rehab_months >= 0),
    detained_months         INTEGER CHECK (detained_months >= 0),
    lost_contact_months     INTEGER CHECK (lost_contact_months >= 0),
    guardianship_revoked    INTEGER CHECK (guardianship_revoked IN (0, 1)),
    deported                INTEGER CHECK (deported IN (0, 1)),
    migrant_worker          INTEGER CHECK (migrant_worker IN (0, 1)),
    months_since_contact    INTEGER CHECK (months_since_contact >= 0),
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL
);
CREATE INDEX persons_household ON persons(household_id);

CREATE TABLE children (
    id                  TEXT PRIMARY KEY,
    household_id        TEXT NOT NULL REFERENCES households(id),
    name                TEXT NOT NULL,
    id_number           TEXT,
    sex                 TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date          TEXT NOT NULL,
    hukou               TEXT CHECK (hukou IN ('local', 'other_county', 'none')),
    months_at_residence INTEGER CHECK (months_at_residence >= 0),
    school              TEXT CHECK (school IN ('not_school_age', 'preschool', 'primary', 'junior', 'senior',
                                              'vocational', 'higher', 'not_enrolled')),
    disability_level    INTEGER CHECK (disability_level BETWEEN 0 AND 4),
    disability_type     TEXT CHECK (disability_type IN ('visual', 'hearing', 'speech', 'physical',
                                                       'intellectual', 'mental', 'autism', 'multiple')),
    serious_illness     INTEGER CHECK (serious_illness IN (0, 1)),
    medical_insurance   INTEGER CHECK (medical_insurance IN (0, 1)),
    lives_alone         INTEGER CHECK (lives_alone IN (0, 1)),
    in_institution      INTEGER CHECK (in_institution IN (0, 1)),
    father_id           TEXT REFERENCES persons(id) ON DELETE SET NULL,
    mother_id           TEXT REFERENCES persons(id) ON DELETE SET NULL,
    guardian_id         TEXT REFERENCES persons(id) ON DELETE SET NULL,
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
    left_on             TEXT,
    notes               TEXT,
    created_by          TEXT REFERENCES users(id),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX children_household ON children(household_id);

-- A home visit. Answers are the checklist's facts as a JSON object. Once submitted a visit is
-- immutable; a correction is a new row that supersedes it.
CREATE TABLE visits (
    id                TEXT PRIMARY KEY,
    child_id          TEXT NOT NULL REFERENCES children(id),
    visit_date        TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    answers           TEXT NOT NULL DEFAULT '{}',
    author_id         TEXT REFERENCES users(id),
    version           INTEGER NOT NULL DEFAULT 1,
    supersedes_id     TEXT REFERENCES visits(id),
    correction_reason TEXT,
    submitted_at      TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX visits_child ON visits(child_id, visit_date);
CREATE TRIGGER visits_submitted_are_immutable BEFORE UPDATE ON visits
WHEN OLD.status = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'a submitted visit cannot be changed');
END;
CREATE TRIGGER visits_submitted_are_kept BEFORE DELETE ON visits
WHEN OLD.status = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'a submitted visit cannot be deleted');
END;

-- Append-only, hash-chained: hash = SHA-256(prev_hash || the entry's canonical text).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    at        TEXT NOT NULL,
    user_id   TEXT,
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id TEXT,
    detail    TEXT,
    prev_hash BLOB,
    hash      BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
