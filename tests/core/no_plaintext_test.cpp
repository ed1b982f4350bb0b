// SPDX-License-Identifier: GPL-3.0-or-later
// Children's names, ID numbers and notes must never be readable in any file the vault writes:
// not in the database, its WAL, the key slots or the unlock-attempt counter.
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

TEST_CASE("No name, ID number or note appears in plain form in any file of the vault", "[vault][privacy]")
{
    auto t = test::makeVault();
    const QString childName = QStringLiteral("欧阳明月");
    const QString guardianName = QStringLiteral("司马秀兰");
    const QString note = QStringLiteral("保密备注ZQX-7781");
    const QString first17 = QStringLiteral("62042620150715881");
    const QString childId = first17 + model::IdNumber::checkCharacter(first17);
    const QString guardian17 = QStringLiteral("62042619580203432");
    const QString guardianId = guardian17 + model::IdNumber::checkCharacter(guardian17);
    {
        model::RecordStore store(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        model::Household h;
        h.address = QStringLiteral("明月巷99号");
        h.contactPhone = QStringLiteral("13912345678");
        model::Person g;
        g.name = guardianName;
        g.relation = QStringLiteral("grandparent");
        g.idNumber = guardianId;
        model::Child c;
        c.name = childName;
        c.idNumber = childId;
        c.notes = note;
        test::addChildWithGuardian(store, h, g, c);
        // While the vault is open the WAL holds the fresh pages: it must be encrypted too.
        const QStringList open = test::filesUnder(t->path());
        CHECK(open.contains(vault::Vault::databasePath(t->path()) + QStringLiteral("-wal")));
        for (const QString& needle : {childName, guardianName, note, childId, guardianId, h.address,
                                      h.contactPhone, QStringLiteral("ouyangmingyue")})
            CHECK(test::filesContaining(t->path(), needle).isEmpty());
    }
    t->vault.reset();

    const QStringList files = test::filesUnder(t->path());
    REQUIRE(files.contains(vault::Vault::databasePath(t->path())));
    REQUIRE(files.contains(vault::Vault::keySlotsPath(t->path())));
    for (const QString& needle : {childName, guardianName, note, childId, guardianId, childId.right(8),
                                  QStringLiteral("明月巷"), QStringLiteral("13912345678"),
                                  QStringLiteral("ouyangmingyue"), QStringLiteral("测试员")})
        CHECK(test::filesContaining(t->path(), needle).isEmpty());

    // The scan itself works: the same needles are found once written in plain form.
    {
        QFile plain(t->path() + QStringLiteral("/plain.txt"));
        REQUIRE(plain.open(QIODevice::WriteOnly));
        plain.write(childName.toUtf8() + childId.toUtf8());
    }
    CHECK(test::filesContaining(t->path(), childName).size() == 1);
    CHECK(test::filesContaining(t->path(), childId).size() == 1);
}
