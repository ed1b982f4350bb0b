-- SPDX-License-Identifier: GPL-3.0-or-later
-- Bundles that arrived before an earlier one from the same device: kept (still encrypted, as
-- they came) until the missing sequence numbers arrive, then applied in order.
CREATE TABLE held_bundles (
    bundle_id   TEXT PRIMARY KEY,
    sender      TEXT NOT NULL REFERENCES trusted_devices(device_id),
    first_seq   INTEGER NOT NULL,
    last_seq    INTEGER NOT NULL,
    bytes       BLOB NOT NULL,
    received_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX held_bundles_sender ON held_bundles(sender, first_seq);
