// SPDX-License-Identifier: GPL-3.0-or-later
// The conflicts dialog on a real conflict: a referral closed in the village and accepted in the
// township before either heard of the other, synced through a folder.
#include "core/storage/Database.h"
#include "core/sync/Conflicts.h"
#include "tests/support/SyncFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ConflictsDialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace tonghu;

TEST_CASE("The conflicts dialog lists a conflict and settles it either way", "[ui][sync][conflicts]")
{
    test::County c;
    const QString referral = c.conflictingReferral(QStringLiteral("closed"), QStringLiteral("accepted"));
    storage::Database& village = c.a->vault->database();
    storage::Database& town = c.township->vault->database();

    ui::ConflictsDialog dialog(*c.a->vault);
    auto* table = test::find<QTableWidget>(&dialog, "conflictsTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text().contains(QStringLiteral("乙"))); // the referral's child, by name
    CHECK(table->item(0, 2)->text() == QStringLiteral("accepted"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("closed"));
    QSignalSpy changed(&dialog, &ui::ConflictsDialog::recordsChanged);
    test::find<QPushButton>(&dialog, "useOtherButton")->click();
    CHECK(changed.count() == 1);
    CHECK(table->rowCount() == 0);
    CHECK(test::referralStatus(village, referral) == QStringLiteral("closed"));
    CHECK_FALSE(test::find<QLabel>(&dialog, "conflictsEmpty")->isHidden());
    CHECK(sync::Conflicts::open(village).isEmpty());

    // In the township, keeping the value shown changes no record.
    ui::ConflictsDialog townDialog(*c.township->vault);
    REQUIRE(test::find<QTableWidget>(&townDialog, "conflictsTable")->rowCount() == 1);
    QSignalSpy townChanged(&townDialog, &ui::ConflictsDialog::recordsChanged);
    test::find<QPushButton>(&townDialog, "keepShownButton")->click();
    CHECK(townChanged.isEmpty());
    CHECK(test::referralStatus(town, referral) == QStringLiteral("accepted"));
    CHECK(sync::Conflicts::open(town).isEmpty());
}
