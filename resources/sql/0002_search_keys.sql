-- SPDX-License-Identifier: GPL-3.0-or-later
-- Search-as-you-type keys, computed in C++ at write time (ICU pinyin) and backfilled for rows
-- written before this step: full pinyin, pinyin initials, and the ID number reversed so that
-- "the last digits" is an index prefix lookup instead of a scan.
ALTER TABLE children ADD COLUMN name_pinyin TEXT;
ALTER TABLE children ADD COLUMN name_initials TEXT;
ALTER TABLE children ADD COLUMN id_reversed TEXT;
ALTER TABLE persons ADD COLUMN name_pinyin TEXT;
ALTER TABLE persons ADD COLUMN name_initials TEXT;
ALTER TABLE persons ADD COLUMN id_reversed TEXT;

CREATE INDEX children_name ON children(name);
CREATE INDEX children_pinyin ON children(name_pinyin);
CREATE INDEX children_initials ON children(name_initials);
CREATE INDEX children_id_reversed ON children(id_reversed);
CREATE INDEX persons_pinyin ON persons(name_pinyin);
CREATE INDEX persons_initials ON persons(name_initials);
CREATE INDEX households_place ON households(place_code);
