-- SPDX-License-Identifier: GPL-3.0-or-later
-- This installation's device keys (Ed25519 to sign bundles, X25519 to receive them), kept inside
-- the encrypted database and nowhere else, and the devices it trusts: the villages enrolled with
-- a township, the township and county above a village. Only trusted devices' bundles are read.
CREATE TABLE device_identity (
    id          TEXT PRIMARY KEY,
    sign_public BLOB NOT NULL CHECK (length(sign_public) = 32),
    sign_secret BLOB NOT NULL CHECK (length(sign_secret) = 64),
    box_public  BLOB NOT NULL CHECK (length(box_public) = 32),
    box_secret  BLOB NOT NULL CHECK (length(box_secret) = 32),
    created_at  TEXT NOT NULL
);
-- One device per installation.
CREATE UNIQUE INDEX device_identity_single ON device_identity((1));

CREATE TABLE trusted_devices (
    device_id   TEXT PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN ('village', 'township', 'county')),
    place_code  TEXT NOT NULL CHECK (length(place_code) IN (6, 9, 12) AND place_code NOT GLOB '*[^0-9]*'),
    place_name  TEXT NOT NULL DEFAULT '',
    user_name   TEXT NOT NULL DEFAULT '',
    relation    TEXT NOT NULL CHECK (relation IN ('parent', 'child')),
    sign_public BLOB NOT NULL UNIQUE CHECK (length(sign_public) = 32),
    box_public  BLOB NOT NULL CHECK (length(box_public) = 32),
    enrolled_at TEXT NOT NULL,
    enrolled_by TEXT REFERENCES users(id),
    revoked_at  TEXT
);
