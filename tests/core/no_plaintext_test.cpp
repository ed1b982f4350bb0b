// SPDX-License-Identifier: GPL-3.0-or-later
// Children's names, ID numbers and notes must never be readable in any file the vault writes:
// not in the database, its WAL, the key slots or the unlock-attempt counter.
#include "core/model/RecordStore.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

TEST_CASE("No name, ID number or note appears in plain form in any file of the vault", "[vault][privacy]")
{
    auto t = test::makeVault();
    const test::SensitiveRecord r = test::sensitiveRecord(t->vault->placeCode());
    {
        model::RecordStore store(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        test::addChildWithGuardian(store, r.household, r.guardian, r.child);
        // While the vault is open the WAL holds the fresh pages: it must be encrypted too.
        const QStringList open = test::filesUnder(t->path());
        CHECK(open.contains(vault::Vault::databasePath(t->path()) + QStringLiteral("-wal")));
        for (const QString& needle : r.needles())
            CHECK(test::filesContaining(t->path(), needle).isEmpty());
    }
    t->vault.reset();

    const QStringList files = test::filesUnder(t->path());
    REQUIRE(files.contains(vault::Vault::databasePath(t->path())));
    REQUIRE(files.contains(vault::Vault::keySlotsPath(t->path())));
    // ...nor the name of the user who made the vault (test::makeVault's).
    for (const QString& needle : r.needles() + QStringList{QStringLiteral("测试员")})
        CHECK(test::filesContaining(t->path(), needle).isEmpty());

    // The scan itself works: the same needles are found once written in plain form.
    {
        QFile plain(t->path() + QStringLiteral("/plain.txt"));
        REQUIRE(plain.open(QIODevice::WriteOnly));
        plain.write(r.child.name.toUtf8() + r.child.idNumber.toUtf8());
    }
    CHECK(test::filesContaining(t->path(), r.child.name).size() == 1);
    CHECK(test::filesContaining(t->path(), r.child.idNumber).size() == 1);
}
