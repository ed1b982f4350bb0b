// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions going down: a township's review of a visit reaches the village it came from (and
// the county, reading along) but no other village; county settings reach the whole county and
// only from the county; a referral followed up on both sides becomes a conflict that a person
// settles. Everything travels as real bundles through one shared folder (a USB stick).
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/ReviewStore.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/Rulebook.h"
#include "core/storage/VaultInfo.h"
#include "core/sync/Conflicts.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/EventLog.h"
#include "core/sync/Hlc.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/sync/StoredChanges.h"
#include "core/sync/SyncStatus.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDateTime>
#include <QFile>
#include <QThread>
#include <QTemporaryDir>
#include <QUuid>

using namespace tonghu;

using test::count;
using test::County;
using test::kCounty;
using test::kTownship;
using test::kVillageA;

TEST_CASE("A returned visit reaches its village and the county, and no other village", "[sync][downstream]")
{
    County c;
    const QString visitId = c.submittedVisit();
    c.roundTrip();
    storage::Database& town = c.township->vault->database();
    REQUIRE(count(town, "SELECT count(*) FROM visits WHERE id = ?", visitId) == 1);

    model::ReviewStore reviews(town, c.township->vault->userId(), vault::Role::Township, kTownship);
    // Returning needs a comment; a village cannot review at all.
    CHECK_THROWS_AS(reviews.review(visitId, model::VisitReview::Decision::Returned, QStringLiteral("  ")), Error);
    model::ReviewStore villageReviews(c.a->vault->database(), c.a->vault->userId(), vault::Role::Village, kVillageA);
    CHECK_THROWS_AS(villageReviews.review(visitId, model::VisitReview::Decision::Approved, {}), Error);
    const model::VisitReview returned =
        reviews.review(visitId, model::VisitReview::Decision::Returned, QStringLiteral("请补充监护人电话"));

    c.roundTrip();
    for (test::TempVault* reader : {c.a.get(), c.county.get()}) {
        const QList<model::VisitReview> got =
            model::ReviewStore(reader->vault->database(), {}, reader->vault->role(), reader->vault->placeCode())
                .reviewsOf(visitId);
        REQUIRE(got.size() == 1);
        CHECK(got.first().id == returned.id);
        CHECK(got.first().decision == model::VisitReview::Decision::Returned);
        CHECK(got.first().comment == QStringLiteral("请补充监护人电话"));
    }
    // Village B holds neither the review nor the stream it travels in.
    storage::Database& b = c.b->vault->database();
    CHECK(count(b, "SELECT count(*) FROM visit_reviews") == 0);
    CHECK(count(b, "SELECT count(*) FROM events WHERE entity = 'visit_reviews'") == 0);
    // Everyone has acknowledged everything: nothing is left to send.
    for (test::TempVault* v : {c.a.get(), c.township.get()})
        CHECK(sync::SyncStatus::read(v->vault->database()).pendingEvents == 0);
    const QString townDevice = sync::DeviceIdentity::ensure(town).deviceId;
    const QString downStream = sync::EventLog::stream(townDevice, kVillageA);
    CHECK(sync::EventLog::lastSequence(c.a->vault->database(), downStream) == 1);
    CHECK(sync::EventLog::lastSequence(c.county->vault->database(), downStream) == 1);
}

TEST_CASE("County settings reach every device of the county; a village refuses settings from its township",
          "[sync][downstream][rules]")
{
    County c;
    rules::Rulebook changed = rules::Rulebook::builtin();
    const QString setting = QStringLiteral("interval.default_days");
    REQUIRE(changed.settings.contains(setting));
    changed.settings.insert(setting, 120);
    changed.version = QStringLiteral("2026.1-621126.1");
    // Only the county publishes.
    CHECK_THROWS_AS(rules::CountyRulebook::publish(*c.township->vault, changed), Error);
    rules::CountyRulebook::publish(*c.county->vault, changed);
    CHECK_THROWS_AS(rules::CountyRulebook::publish(*c.county->vault, changed), Error); // the same version again
    c.roundTrip();
    for (test::TempVault* v : {c.a.get(), c.b.get(), c.township.get()}) {
        const rules::Rulebook& now = rules::CountyRulebook::current(v->vault->database());
        CHECK(now.version == changed.version);
        CHECK(now.settings.value(setting) == 120);
    }
    // A visit submitted in the village is evaluated with them, and says so.
    const QString visitId = c.submittedVisit(&rules::CountyRulebook::current(c.a->vault->database()));
    CHECK(count(c.a->vault->database(), "SELECT count(*) FROM evaluations WHERE visit_id = ? AND ruleset = "
                                        "'tonghu-default@2026.1-621126.1'", visitId) == 1);

    // A township that writes settings into a stream for village A: the village refuses the
    // bundle whole and keeps evaluating with the county's settings.
    storage::Database& town = c.township->vault->database();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        storage::Transaction tx(town);
        auto st = town.prepare("INSERT INTO rulebook_publications (id, rulebook_id, version, settings, published_at, "
                               "created_at, updated_at) VALUES (?, ?, 'forged', '{\"interval.default_days\": 1}', "
                               "'2030-01-01T00:00:00.000Z', 'x', 'x')");
        st.bind(1, id).bind(2, changed.id).run();
        sync::EventLog::record(town, {}, QStringLiteral("rulebook_publications"), id, {},
                               sync::EventLog::row(town, "rulebook_publications", id), kVillageA);
        tx.commit();
    }
    QTemporaryDir out;
    const QStringList written = sync::Outbox(*c.township->vault).exportTo(out.path());
    QString forged;
    for (const QString& path : written)
        if (QFileInfo(path).fileName().contains(kVillageA))
            forged = path;
    REQUIRE_FALSE(forged.isEmpty());
    storage::Database& village = c.a->vault->database();
    const int before = count(village, "SELECT count(*) FROM events");
    QFile f(forged);
    REQUIRE(f.open(QIODevice::ReadOnly));
    try {
        sync::Inbox(*c.a->vault).import(f.readAll());
        FAIL("the township's settings were accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
        CHECK(e.message().contains(QStringLiteral("county")));
    }
    CHECK(count(village, "SELECT count(*) FROM events") == before);
    CHECK(count(village, "SELECT count(*) FROM rulebook_publications WHERE id = ?", id) == 0);
    CHECK(rules::CountyRulebook::current(village).version == changed.version);
}

TEST_CASE("A referral followed up on both sides at once is a conflict: the later change shows, the other is kept "
          "until someone decides",
          "[sync][conflicts]")
{
    County c;
    storage::Database& village = c.a->vault->database();
    storage::Database& town = c.township->vault->database();
    // Before either hears of the other: the village closes it, then the township accepts it.
    const QString referral = c.conflictingReferral(QStringLiteral("closed"), QStringLiteral("accepted"));
    const auto statusIn = [&](storage::Database& db) { return test::referralStatus(db, referral); };
    // Both show the later change (the township's) and both list the conflict with the other value.
    for (storage::Database* db : {&village, &town}) {
        CHECK(statusIn(*db) == QStringLiteral("accepted"));
        const QList<sync::Conflict> open = sync::Conflicts::open(*db);
        REQUIRE(open.size() == 1);
        CHECK(open.first().entity == QStringLiteral("referrals"));
        CHECK(open.first().field == QStringLiteral("status"));
        CHECK(open.first().shownValue.toString() == QStringLiteral("accepted"));
        CHECK(open.first().otherValue.toString() == QStringLiteral("closed"));
        CHECK(sync::SyncStatus::read(*db).openConflicts == 1);
    }

    // The director decides for the other value: it is written as a new change, which settles
    // the township's copy of the conflict when it arrives there.
    sync::Conflicts::resolve(*c.a->vault, sync::Conflicts::open(village).first().id, sync::Conflicts::Choice::Other);
    CHECK(statusIn(village) == QStringLiteral("closed"));
    CHECK(sync::Conflicts::open(village).isEmpty());
    CHECK_THROWS_AS(sync::Conflicts::resolve(*c.a->vault, QStringLiteral("gone"), sync::Conflicts::Choice::Shown),
                    Error);
    c.roundTrip();
    CHECK(statusIn(town) == QStringLiteral("closed"));
    CHECK(sync::Conflicts::open(town).isEmpty());
    // Both values are still in the event log: nothing was lost.
    CHECK(count(town, "SELECT count(*) FROM events WHERE entity = 'referrals' AND entity_id = ? "
                      "AND changes LIKE '%\"status\":\"accepted\"%'", referral) == 1);
    CHECK(count(town, "SELECT count(*) FROM events WHERE entity = 'referrals' AND entity_id = ? "
                      "AND changes LIKE '%\"status\":\"closed\"%'", referral) == 2);
}

TEST_CASE("A change to a record already here is weighed against the change here even in a bundle of new records",
          "[sync][conflicts][import]")
{
    County c;
    storage::Database& village = c.a->vault->database();
    storage::Database& town = c.township->vault->database();
    model::RecordStore records(village, c.a->vault->userId(), kVillageA);
    model::ReferralStore villageReferrals(village, c.a->vault->userId());
    model::Referral r;
    r.childId = test::addChild(records, QStringLiteral("丙"), "female", QDate(2014, 5, 6)).id;
    r.agency = QStringLiteral("township_civil_affairs");
    r.reason = QStringLiteral("需要临时救助");
    r = villageReferrals.create(r);
    c.roundTrip();

    // One bundle of the village brings a new child, the change to the referral, another new child;
    // the township changed the referral meanwhile, later.
    const QString first = test::addChild(records, QStringLiteral("丁"), "male", QDate(2016, 1, 2)).id;
    villageReferrals.update(r.id, QStringLiteral("closed"), {}, QDate::currentDate());
    const QString second = test::addChild(records, QStringLiteral("戊"), "female", QDate(2017, 3, 4)).id;
    QThread::msleep(3);
    model::ReferralStore(town, c.township->vault->userId())
        .update(r.id, QStringLiteral("accepted"), {}, QDate::currentDate());
    REQUIRE(c.sync(*c.a).refused.isEmpty());
    REQUIRE(c.sync(*c.township).refused.isEmpty());
    CHECK(count(town, "SELECT count(*) FROM children WHERE id = ?", first) == 1);
    CHECK(count(town, "SELECT count(*) FROM children WHERE id = ?", second) == 1);
    CHECK(test::referralStatus(town, r.id) == QStringLiteral("accepted"));
    const QList<sync::Conflict> open = sync::Conflicts::open(town);
    REQUIRE(open.size() == 1);
    CHECK(open.first().field == QStringLiteral("status"));
    CHECK(open.first().shownValue.toString() == QStringLiteral("accepted"));
    CHECK(open.first().otherValue.toString() == QStringLiteral("closed"));

    // Once the village has heard of the township's change, its next change of the referral, again
    // among new records, replaces the value there and settles the conflict.
    c.roundTrip();
    const QString third = test::addChild(records, QStringLiteral("己"), "male", QDate(2018, 6, 7)).id;
    villageReferrals.update(r.id, QStringLiteral("closed"), {}, QDate::currentDate());
    REQUIRE(c.sync(*c.a).refused.isEmpty());
    REQUIRE(c.sync(*c.township).refused.isEmpty());
    CHECK(count(town, "SELECT count(*) FROM children WHERE id = ?", third) == 1);
    CHECK(test::referralStatus(town, r.id) == QStringLiteral("closed"));
    CHECK(sync::Conflicts::open(town).isEmpty());

    // The township's event log holds each of the village's changes as the village wrote it.
    auto sent = village.prepare("SELECT seq, changes, seen FROM events WHERE origin_device = ? ORDER BY seq");
    sent.bind(1, sync::DeviceIdentity::ensure(village).deviceId);
    int compared = 0;
    while (sent.step()) {
        auto got = town.prepare("SELECT changes, seen FROM events WHERE origin_device = ? AND seq = ?");
        got.bind(1, sync::DeviceIdentity::ensure(village).deviceId).bind(2, sent.int64(0));
        REQUIRE(got.step());
        CHECK(sync::StoredChanges::text(got, 0) == sync::StoredChanges::text(sent, 1));
        CHECK(got.isNull(1) == sent.isNull(2));
        CHECK(got.text(1) == sent.text(2));
        ++compared;
    }
    CHECK(compared >= 6);
}

TEST_CASE("Two changes stamped with the same clock reading on two devices end as the same value on both",
          "[sync][conflicts]")
{
    County c;
    storage::Database& village = c.a->vault->database();
    storage::Database& town = c.township->vault->database();
    // Both clocks a minute ahead at the same reading: the next change of each gets the same stamp.
    const qint64 ahead = QDateTime::currentMSecsSinceEpoch() + 60'000;
    const QString referral =
        c.conflictingReferral(QStringLiteral("closed"), QStringLiteral("accepted"), [&] {
            storage::writeInfo(village, "hlc_last", sync::Hlc::format(ahead, 7));
            storage::writeInfo(town, "hlc_last", sync::Hlc::format(ahead, 7));
        });
    // Both changes, one from each device, carry the one stamp.
    auto stamped = town.prepare("SELECT count(DISTINCT origin_device) FROM events WHERE entity = 'referrals' "
                                "AND entity_id = ? AND hlc = ?");
    stamped.bind(1, referral).bind(2, sync::Hlc::format(ahead, 8));
    REQUIRE(stamped.step());
    CHECK(stamped.integer(0) == 2);
    // The stamps were equal: the device ids decided, the same way on both sides.
    const QString villageDevice = sync::DeviceIdentity::ensure(village).deviceId;
    const QString townDevice = sync::DeviceIdentity::ensure(town).deviceId;
    const QString expected = villageDevice > townDevice ? QStringLiteral("closed") : QStringLiteral("accepted");
    CHECK(test::referralStatus(village, referral) == expected);
    CHECK(test::referralStatus(town, referral) == expected);
    REQUIRE(sync::Conflicts::open(village).size() == 1);
    REQUIRE(sync::Conflicts::open(town).size() == 1);
    CHECK(sync::Conflicts::open(village).first().shownValue.toString() == expected);
    CHECK(sync::Conflicts::open(town).first().shownValue.toString() == expected);
}

TEST_CASE("A review that reaches the county before the visit it is about waits for it", "[sync][downstream]")
{
    County c;
    const QString visitId = c.submittedVisit();
    // The township gets the visit; the county has not yet.
    c.sync(*c.a);
    c.sync(*c.township);
    model::ReviewStore(c.township->vault->database(), c.township->vault->userId(), vault::Role::Township, kTownship)
        .review(visitId, model::VisitReview::Decision::Approved, {});
    QTemporaryDir townOut;
    const QStringList fromTown = sync::Outbox(*c.township->vault).exportTo(townOut.path());
    QByteArray review;
    for (const QString& path : fromTown)
        if (QFileInfo(path).fileName().contains(kVillageA)) {
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            review = f.readAll();
        }
    REQUIRE_FALSE(review.isEmpty());
    storage::Database& county = c.county->vault->database();
    const sync::ImportResult held = sync::Inbox(*c.county->vault).import(review);
    CHECK(held.outcome == sync::ImportResult::Outcome::Held);
    CHECK(held.waitsForRecords);
    CHECK(count(county, "SELECT count(*) FROM visit_reviews") == 0);
    REQUIRE(sync::SyncStatus::read(county).held.size() == 1);
    CHECK(sync::SyncStatus::read(county).held.first().missingFrom == 0);
    // The village's bundle arrives: the visit, and then the waiting review.
    c.sync(*c.county);
    CHECK(count(county, "SELECT count(*) FROM visits WHERE id = ?", visitId) == 1);
    CHECK(count(county, "SELECT count(*) FROM visit_reviews WHERE visit_id = ?", visitId) == 1);
    CHECK(sync::SyncStatus::read(county).held.isEmpty());
}

TEST_CASE("A child renamed in the village is found by the new name's pinyin at the township, not the old one's",
          "[sync][search]")
{
    test::County c;
    model::RecordStore village(c.a->vault->database(), c.a->vault->userId(), c.a->vault->placeCode());
    model::Child child = test::addChild(village, QStringLiteral("张三"), "male", QDate::currentDate().addYears(-9));
    c.roundTrip();
    storage::Database& town = c.township->vault->database();
    model::RecordStore township(town, c.township->vault->userId(), c.township->vault->placeCode());
    const auto found = [&](const QString& query) {
        for (const auto& s : township.searchChildren(query, 1000))
            if (s.id == child.id)
                return true;
        return false;
    };
    REQUIRE(found(QStringLiteral("zs")));

    child.name = QStringLiteral("李四");
    village.saveChild(child);
    c.roundTrip();
    CHECK(found(QStringLiteral("ls")));
    CHECK(found(QStringLiteral("lisi")));
    CHECK_FALSE(found(QStringLiteral("zs")));
    CHECK_FALSE(found(QStringLiteral("zhangsan")));
}
