// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ConsentStore.h"
#include "core/model/RecordStore.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

TEST_CASE("A guardian's consent is recorded with who, when and how, and can be withdrawn", "[consent]")
{
    auto t = test::makeVault();
    storage::Database& db = t->vault->database();
    model::RecordStore records(db, t->vault->userId(), t->vault->placeCode());
    const model::Child child = test::addChild(records, QStringLiteral("丙"), "female", QDate(2016, 2, 2));
    model::ConsentStore consents(db, t->vault->userId());
    CHECK(consents.childrenWithoutConsent() == QStringList{child.id});

    model::Consent c;
    c.childId = child.id;
    c.relation = QStringLiteral("grandparent");
    c.givenOn = QDate::currentDate();
    c.method = QStringLiteral("verbal_witnessed");
    // No name, a future day, a spoken consent without its witness, an unknown method: refused.
    CHECK_THROWS_AS(consents.record(c), Error);
    c.givenBy = QStringLiteral("丙的奶奶");
    CHECK_THROWS_AS(consents.record(c), Error); // no witness
    c.witness = QStringLiteral("村委会主任");
    model::Consent future = c;
    future.givenOn = QDate::currentDate().addDays(1);
    CHECK_THROWS_AS(consents.record(future), Error);
    model::Consent odd = c;
    odd.method = QStringLiteral("email");
    CHECK_THROWS_AS(consents.record(odd), Error);
    CHECK(consents.consentsOf(child.id).isEmpty());

    const model::Consent given = consents.record(c);
    REQUIRE(consents.current(child.id));
    CHECK(consents.current(child.id)->givenBy == QStringLiteral("丙的奶奶"));
    CHECK(consents.childrenWithoutConsent().isEmpty());
    CHECK_THROWS_AS(consents.withdraw(given.id, QDate::currentDate().addDays(-1 - 365)), Error); // before it was given
    consents.withdraw(given.id, QDate::currentDate());
    CHECK_FALSE(consents.current(child.id));
    REQUIRE(consents.consentsOf(child.id).size() == 1); // kept, marked withdrawn
    CHECK(consents.consentsOf(child.id).first().withdrawnOn == QDate::currentDate());
    CHECK(consents.childrenWithoutConsent() == QStringList{child.id});
    CHECK(test::count(db, "SELECT count(*) FROM audit_log WHERE action LIKE 'consent.%'") == 2);
}

TEST_CASE("Consent travels to the township and county, and only the village records it", "[consent][sync]")
{
    test::County c;
    storage::Database& village = c.a->vault->database();
    model::RecordStore records(village, c.a->vault->userId(), test::kVillageA);
    const model::Child child = test::addChild(records, QStringLiteral("丁"), "male", QDate(2014, 4, 4));
    model::Consent k;
    k.childId = child.id;
    k.givenBy = QStringLiteral("丁的母亲");
    k.relation = QStringLiteral("mother");
    k.givenOn = QDate::currentDate();
    k.method = QStringLiteral("signed_form");
    model::ConsentStore(village, c.a->vault->userId()).record(k);
    c.roundTrip();
    for (test::TempVault* reader : {c.township.get(), c.county.get()}) {
        model::ConsentStore there(reader->vault->database(), reader->vault->userId());
        REQUIRE(there.current(child.id));
        CHECK(there.current(child.id)->method == QStringLiteral("signed_form"));
        // Reading is all they do.
        k.givenOn = QDate::currentDate().addDays(-1);
        CHECK_THROWS_AS(there.record(k), Error);
    }
}
