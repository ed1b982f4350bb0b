-- SPDX-License-Identifier: GPL-3.0-or-later
-- How many children and households the vault holds, kept by triggers: the lists show the count
-- when they first appear, and count(*) reads a whole index for it (about 375 pages at 30,000
-- children, each decrypted after the unlock). Every way a row comes or goes (a director's
-- entry, an import, a purge at the end of retention) is an INSERT or a DELETE, which the
-- triggers see; an upsert that updates fires no insert trigger, and nothing here replaces rows.
CREATE TABLE record_counts (
    table_name TEXT PRIMARY KEY,
    n          INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO record_counts (table_name, n)
VALUES ('children', (SELECT count(*) FROM children)), ('households', (SELECT count(*) FROM households));

CREATE TRIGGER record_counts_child_in AFTER INSERT ON children
BEGIN
    UPDATE record_counts SET n = n + 1 WHERE table_name = 'children';
END;
CREATE TRIGGER record_counts_child_out AFTER DELETE ON children
BEGIN
    UPDATE record_counts SET n = n - 1 WHERE table_name = 'children';
END;
CREATE TRIGGER record_counts_household_in AFTER INSERT ON households
BEGIN
    UPDATE record_counts SET n = n + 1 WHERE table_name = 'households';
END;
CREATE TRIGGER record_counts_household_out AFTER DELETE ON households
BEGIN
    UPDATE record_counts SET n = n - 1 WHERE table_name = 'households';
END;
