// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tonghu::text {

// Search keys for Chinese names, computed once when a record is written (ICU's Han-Latin
// transliteration with its surname readings), so search-as-you-type is a plain index lookup.
struct PinyinKeys
{
    QString full;     // "zhangsan" for 张三: lower-case, no tones, no spaces
    QString initials; // "zs" for 张三
};

class Pinyin final
{
public:
    static PinyinKeys keys(const QString& name);
};

} // namespace tonghu::text
