-- SPDX-License-Identifier: GPL-3.0-or-later
-- The child list's index carries every column of the child the list shows, after its order
-- (name_pinyin, name, id). A page of the list then reads its children from index entries that
-- lie together, instead of looking each child up by id (a page of the id index) and reading its
-- row (another page, for every child of the 200): after the unlock each of those pages is
-- decrypted. The household's address and the guardian's name are still looked up.
DROP INDEX children_list_order;
CREATE INDEX children_list_order
ON children(name_pinyin, name, id, sex, birth_date, id_number, household_id, guardian_id);
