// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/IsoDate.h"

#include <QString>

namespace tonghu::rules {

QDate isoDate(QByteArrayView utf8)
{
    if (utf8.size() == 10 && utf8[4] == '-' && utf8[7] == '-') {
        int field[3] = {0, 0, 0};
        bool digits = true;
        for (int i = 0, f = 0; i < 10; ++i) {
            if (i == 4 || i == 7) {
                ++f;
                continue;
            }
            const char c = utf8[i];
            digits = digits && c >= '0' && c <= '9';
            field[f] = field[f] * 10 + (c - '0');
        }
        // Qt reads such a text as these numbers and makes QDate(year, month, day) of them, which
        // is invalid for year 0 and for a month or day that does not exist.
        if (digits)
            return QDate(field[0], field[1], field[2]);
    }
    return QDate::fromString(QString::fromUtf8(utf8), Qt::ISODate);
}

} // namespace tonghu::rules
