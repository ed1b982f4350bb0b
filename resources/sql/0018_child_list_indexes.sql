-- SPDX-License-Identifier: GPL-3.0-or-later
-- The child list is ordered by (name_pinyin, name, id). Each search key gets an index that ends
-- with that order, so a search reads only index entries to find its page: the matching keys are
-- sorted and the first page taken before any child's row is read. With one-column indexes,
-- every match was joined to its household and guardian, then sorted, to keep 200 of them
-- ("z" matches a sixth of a county). The one-column indexes are the leading part of the new
-- ones and go.
DROP INDEX children_name;
DROP INDEX children_pinyin;
DROP INDEX children_initials;
DROP INDEX children_id_reversed;
CREATE INDEX children_list_order ON children(name_pinyin, name, id);
CREATE INDEX children_name_order ON children(name, name_pinyin, id);
CREATE INDEX children_initials_order ON children(name_initials, name_pinyin, name, id);
CREATE INDEX children_id_reversed_order ON children(id_reversed, name_pinyin, name, id);
