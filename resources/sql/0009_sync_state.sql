-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each trusted device has acknowledged of this device's events, so bundles carry only what
-- it has not confirmed yet and stop once it has.
CREATE TABLE sync_acks (
    peer_device TEXT PRIMARY KEY REFERENCES trusted_devices(device_id),
    acked_seq   INTEGER NOT NULL DEFAULT 0 CHECK (acked_seq >= 0),
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
