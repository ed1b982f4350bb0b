// SPDX-License-Identifier: GPL-3.0-or-later
// New records get time-ordered ids (UUID version 7) so that the indexes keyed by them grow at
// their end; the layout must be RFC 9562's, and ids made one after another must sort in order.
#include "core/model/RecordStore.h"
#include "core/util/RecordId.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QUuid>

using tonghu::util::newRecordId;
using tonghu::util::recordIdFor;

TEST_CASE("A record id is a UUID of version 7: the millisecond first, then the counter and the random bits",
          "[util]")
{
    const unsigned char random[8] = {0xff, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77};
    const QString id = recordIdFor(0x0123456789ab, 0x0abc, random);
    // The variant's two bits replace the top of the first random byte.
    CHECK(id == QStringLiteral("01234567-89ab-7abc-bf11-223344556677"));
    const QUuid parsed = QUuid::fromString(id);
    REQUIRE_FALSE(parsed.isNull());
    CHECK(parsed.toString(QUuid::WithoutBraces) == id);
    CHECK(parsed.variant() == QUuid::DCE);
}

TEST_CASE(
    "Record ids made one after another are unique, sort in the order they were made, and carry the time",
    "[util]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QStringList ids;
    // Far more than 4,096 in a millisecond would overflow the counter into the next one.
    for (int i = 0; i < 20000; ++i)
        ids << newRecordId();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
    for (int i = 1; i < ids.size(); ++i)
        if (!(ids.at(i - 1) < ids.at(i))) {
            FAIL("id " << i << " sorts before the one made just before it");
            break;
        }
    for (const QString& id : {ids.constFirst(), ids.constLast()}) {
        CHECK(id.size() == 36);
        CHECK(id.at(14) == QLatin1Char('7'));
        CHECK(QStringLiteral("89ab").contains(id.at(19)));
        const qint64 ms = (id.left(8) + id.mid(9, 4)).toLongLong(nullptr, 16);
        CHECK(ms >= before);
        // The counter can carry into later milliseconds only as far as the ids made allow.
        CHECK(ms <= after + ids.size() / 4096 + 1);
    }
}

TEST_CASE("The records a director adds get time-ordered ids", "[util][records]")
{
    auto v = tonghu::test::makeVault();
    tonghu::model::RecordStore store(v->vault->database(), v->vault->userId(), v->vault->placeCode());
    const QString first =
        tonghu::test::addChild(store, QStringLiteral("测试甲"), "female", QDate(2015, 3, 1)).id;
    const QString second =
        tonghu::test::addChild(store, QStringLiteral("测试乙"), "male", QDate(2016, 4, 2)).id;
    CHECK(first.at(14) == QLatin1Char('7'));
    CHECK(first < second);
}
