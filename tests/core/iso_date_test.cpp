// SPDX-License-Identifier: GPL-3.0-or-later
// rules::isoDate reads the plain YYYY-MM-DD itself and anything else through QDate::fromString;
// either way it must give what QDate::fromString(text, Qt::ISODate) gives.
#include "core/rules/IsoDate.h"

#include <catch2/catch_test_macros.hpp>

#include <QString>

#include <random>

using tonghu::rules::isoDate;

namespace {

void same(const QByteArray& text)
{
    INFO(text.toStdString());
    const QDate expected = QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
    const QDate got = isoDate(text);
    CHECK(got.isValid() == expected.isValid());
    CHECK(got == expected);
}

} // namespace

TEST_CASE("isoDate reads YYYY-MM-DD as QDate::fromString does, real dates and impossible ones", "[rules]")
{
    for (const int year : {0, 1, 9, 10, 99, 100, 999, 1000, 1582, 1600, 1752, 1900, 1970, 2000, 2004, 2023, 2024,
                           2100, 9998, 9999})
        for (int month = 0; month <= 19; ++month)
            for (int day = 0; day <= 39; ++day)
                same(QStringLiteral("%1-%2-%3")
                         .arg(year, 4, 10, QLatin1Char('0'))
                         .arg(month, 2, 10, QLatin1Char('0'))
                         .arg(day, 2, 10, QLatin1Char('0'))
                         .toUtf8());
}

TEST_CASE("isoDate reads other texts as QDate::fromString does", "[rules]")
{
    for (const char* t : {"", "2016", "2016-02", "2016-2-29", "2016-02-9", "2016/02/29", "2016.02.29", "20160229",
                          "2016-02-29 ", " 2016-02-29", "2016-02-29\n", "2016-02-290", "2016-02-29T10:00",
                          "2016-02-29T10:00:00Z", "+016-02-29", "-016-02-29", "2016-+2-29", "2016-02-+9",
                          "2016-0a-29", "２０１６-02-29", "2016-02-2\xC3\xA9", "\xFF\xFE", "0000-00-00"})
        same(QByteArray(t));
    // Ten characters with a dash at 4 and 7, and anything ASCII elsewhere.
    std::mt19937 rng(7);
    const char alphabet[] = "0123456789-+ .:Ta\x7f";
    for (int i = 0; i < 20000; ++i) {
        QByteArray t(10, '0');
        for (char& c : t)
            c = rng() % 3 ? char('0' + rng() % 10) : alphabet[rng() % (sizeof(alphabet) - 1)];
        if (rng() % 2) {
            t[4] = '-';
            t[7] = '-';
        }
        same(t);
    }
}
