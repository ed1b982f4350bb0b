// SPDX-License-Identifier: GPL-3.0-or-later
// The child and household lists show how many there are from counts kept by triggers
// (migration 0023), not from count(*). The counts must follow every way a row comes or goes:
// entry and removal by a director, the rows an import writes, and a purge at the end of
// retention.
#include "core/model/RecordStore.h"
#include "core/model/Retention.h"
#include "core/storage/Database.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

namespace {

// The vault's counts against its rows; returns how many children it holds.
int checkCounts(test::TempVault& t)
{
    storage::Database& db = t.vault->database();
    model::RecordStore records(db, t.vault->userId(), t.vault->placeCode());
    const int children = test::count(db, "SELECT count(*) FROM children");
    CHECK(records.childCount() == children);
    CHECK(records.householdCount() == test::count(db, "SELECT count(*) FROM households"));
    return children;
}

} // namespace

TEST_CASE("The counts the lists show follow every child and household that comes or goes",
          "[records][sync][retention]")
{
    test::County c;
    storage::Database& village = c.a->vault->database();
    model::RecordStore records(village, c.a->vault->userId(), test::kVillageA);
    CHECK(checkCounts(*c.a) == 0);

    test::generateDemo(*c.a->vault, 6, 3);
    const int demo = checkCounts(*c.a);
    CHECK(demo == 6);

    // A household of its own with one child, entered and then removed with its child.
    const model::Child added = test::addChild(records, QStringLiteral("庚"), "female", QDate(2012, 5, 1));
    CHECK(checkCounts(*c.a) == demo + 1);
    records.removeHousehold(added.householdId);
    CHECK(checkCounts(*c.a) == demo);

    // A child who left long ago, then everything synced: the township's and the county's rows
    // were written by imports.
    const model::Child leaving = test::addChild(records, QStringLiteral("辛"), "male", QDate(2007, 2, 1));
    model::Child left = *records.child(leaving.id);
    left.status = QStringLiteral("left");
    left.leftOn = QDate::currentDate().addYears(-4);
    records.saveChild(left);
    c.roundTrip();
    CHECK(checkCounts(*c.a) == demo + 1);
    CHECK(checkCounts(*c.township) == demo + 1);
    CHECK(checkCounts(*c.county) == demo + 1);

    model::Retention::purge(*c.township->vault, {leaving.id}, QDate::currentDate());
    CHECK(checkCounts(*c.township) == demo);
}
