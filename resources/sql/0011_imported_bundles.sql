-- SPDX-License-Identifier: GPL-3.0-or-later
-- Bundles already imported, by id: a shared folder keeps every bundle ever written to it, and
-- these are passed over without being decrypted again.
CREATE TABLE imported_bundles (
    bundle_id   TEXT PRIMARY KEY,
    sender      TEXT NOT NULL,
    imported_at TEXT NOT NULL
) WITHOUT ROWID;
