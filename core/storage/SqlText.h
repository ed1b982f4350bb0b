// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace tonghu::storage {

// A statement put together from its parts ("SELECT ", a column list, " FROM ..."), in one string
// reserved for the whole. Chains of std::string's operator+ instead make gcc 12 warn that a copy
// runs past a temporary's buffer (-Warray-bounds), a false positive that drowns real warnings.
inline std::string sqlJoin(std::initializer_list<std::string_view> parts)
{
    std::size_t size = 0;
    for (std::string_view p : parts)
        size += p.size();
    std::string sql;
    sql.reserve(size);
    for (std::string_view p : parts)
        sql.append(p);
    return sql;
}

} // namespace tonghu::storage
