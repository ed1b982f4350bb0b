// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/DemoVillage.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/EventLog.h"
#include "core/sync/Hlc.h"
#include "core/sync/StoredChanges.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace tonghu;

TEST_CASE("The hybrid clock never goes back, whatever the wall clock does", "[sync][events]")
{
    auto t = test::makeVault();
    storage::Database& db = t->vault->database();
    const QString a = sync::Hlc::next(db, 1'700'000'000'000);
    const QString b = sync::Hlc::next(db, 1'700'000'000'000); // same millisecond
    const QString c = sync::Hlc::next(db, 1'600'000'000'000); // the clock was set back
    const QString d = sync::Hlc::next(db, 1'700'000'000'500);
    CHECK(a < b);
    CHECK(b < c);
    CHECK(c < d);
    qint64 ms = 0;
    int counter = 0;
    REQUIRE(sync::Hlc::parse(c, &ms, &counter));
    CHECK(ms == 1'700'000'000'000);
    CHECK(counter == 2);
    // A time from another device that is ahead moves this clock past it.
    const QString remote = sync::Hlc::format(1'800'000'000'000, 7);
    sync::Hlc::observe(db, remote);
    CHECK(sync::Hlc::next(db, 1'700'000'000'600) > remote);
    CHECK_FALSE(sync::Hlc::parse(QStringLiteral("yesterday"), &ms, &counter));
}

TEST_CASE("Every change to shared records is an event with the fields changed, in order and without gaps",
          "[sync][events]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    storage::Database& db = t->vault->database();
    model::RecordStore records(db, t->vault->userId(), t->vault->placeCode());
    const QString device = sync::DeviceIdentity::ensure(db).deviceId;

    model::Child c = test::addChild(records, QStringLiteral("测试儿童"), "female", QDate(2015, 3, 1));
    const QList<sync::Event> created = sync::EventLog::ownSince(db, 0);
    REQUIRE(created.size() == 2); // the household, then the child
    CHECK(created.at(0).entity == QLatin1String("households"));
    CHECK(created.at(1).entity == QLatin1String("children"));
    CHECK(created.at(1).entityId == c.id);
    CHECK(created.at(1).sequence == 2);
    CHECK(created.at(1).originDevice == device);
    CHECK(created.at(1).author == t->vault->userId());
    CHECK(created.at(1).changes.value(QLatin1String("name")).toString() == c.name);
    // Search keys are recomputed on every device and do not travel.
    CHECK_FALSE(created.at(1).changes.contains(QLatin1String("name_pinyin")));

    // An edit carries only what changed; saving without a change writes no event.
    c.school = QStringLiteral("primary");
    c = records.saveChild(c);
    const QList<sync::Event> edit = sync::EventLog::ownSince(db, 2);
    REQUIRE(edit.size() == 1);
    CHECK(edit.first().op == QLatin1String("upsert"));
    CHECK(edit.first().changes.keys() == QStringList{QStringLiteral("school")});
    CHECK(edit.first().hlc > created.at(1).hlc);
    records.saveChild(c);
    CHECK(sync::EventLog::lastSequence(db, device) == 3);

    // A refused save writes neither the change nor an event.
    model::Child bad = c;
    bad.birthDate = QDate::currentDate().addDays(3);
    CHECK_THROWS_AS(records.saveChild(bad), Error);
    CHECK(sync::EventLog::lastSequence(db, device) == 3);

    // A referral and its move travel too; a draft visit does not, its submission does, whole.
    model::ReferralStore referrals(db, t->vault->userId());
    model::Referral r;
    r.childId = c.id;
    r.agency = QStringLiteral("乡镇儿童督导员");
    r.reason = QStringLiteral("测试");
    r = referrals.create(r);
    referrals.update(r.id, QStringLiteral("accepted"), QString(), QDate::currentDate());
    const QList<sync::Event> ofReferral = sync::EventLog::ofRecord(db, QStringLiteral("referrals"), r.id);
    REQUIRE(ofReferral.size() == 2);
    CHECK(ofReferral.at(1).changes.value(QLatin1String("status")).toString() == QLatin1String("accepted"));

    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(), t->vault->userId());
    const model::Visit draft = visits.openDraft(c.id, QDate::currentDate());
    visits.setAnswer(draft.id, QStringLiteral("child.school"), QStringLiteral("junior"));
    CHECK(sync::EventLog::ofRecord(db, QStringLiteral("visits"), draft.id).isEmpty());

    // Deleting a record is an event too.
    const model::Child other = test::addChild(records, QStringLiteral("另一个"), "male", QDate(2016, 1, 1));
    records.removeChild(other.id);
    const QList<sync::Event> ofOther = sync::EventLog::ofRecord(db, QStringLiteral("children"), other.id);
    REQUIRE(ofOther.size() == 2);
    CHECK(ofOther.last().op == QLatin1String("delete"));

    // Sequence numbers run from 1 without a gap.
    const QList<sync::Event> all = sync::EventLog::ownSince(db, 0);
    for (qsizetype i = 0; i < all.size(); ++i)
        CHECK(all.at(i).sequence == i + 1);
    // And the log cannot be rewritten.
    CHECK_THROWS_AS(db.exec("UPDATE events SET changes = '{}'"), Error);
}

namespace {

// A village vault with a made-up history of `children` children, as of 20 April 2026.
std::unique_ptr<test::TempVault> demoVillage(int children, int seed)
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    model::DemoOptions o;
    o.children = children;
    o.seed = seed;
    o.placeCode = QStringLiteral("621126101201");
    o.today = QDate(2026, 4, 20);
    o.referenceYear = o.today.year();
    model::DemoVillage::generate(t->vault->database(), t->vault->userId(), o);
    return t;
}

} // namespace

TEST_CASE("A submitted visit travels as one event with its answers; drafts stay on the laptop", "[sync][events]")
{
    auto t = demoVillage(8, 3);
    storage::Database& db = t->vault->database();

    int submitted = 0;
    auto st = db.prepare("SELECT id, status, answers FROM visits");
    while (st.step()) {
        const QList<sync::Event> events = sync::EventLog::ofRecord(db, QStringLiteral("visits"), st.text(0));
        if (st.text(1) == QLatin1String("draft")) {
            CHECK(events.isEmpty());
            continue;
        }
        ++submitted;
        REQUIRE(events.size() == 1);
        CHECK(events.first().changes.value(QLatin1String("status")).toString() == QLatin1String("submitted"));
        CHECK(events.first().changes.value(QLatin1String("answers")).toString() == st.text(2));
    }
    CHECK(submitted > 0);
}

TEST_CASE("The event log keeps a long change compressed and a short one as text, and reads both back",
          "[sync][events]")
{
    auto t = demoVillage(4, 5);
    storage::Database& db = t->vault->database();

    // Each submitted visit's event carries its answers: a long text, kept as a smaller frame.
    auto visit = db.prepare("SELECT id, answers FROM visits WHERE status = 'submitted' LIMIT 1");
    REQUIRE(visit.step());
    auto stored = db.prepare("SELECT typeof(changes), length(CAST(changes AS BLOB)) FROM events "
                             "WHERE entity = 'visits' AND entity_id = ?");
    stored.bind(1, visit.text(0));
    REQUIRE(stored.step());
    CHECK(stored.text(0) == QLatin1String("blob"));
    const QList<sync::Event> events = sync::EventLog::ofRecord(db, QStringLiteral("visits"), visit.text(0));
    REQUIRE(events.size() == 1);
    const QByteArray json = QJsonDocument(events.first().changes).toJson(QJsonDocument::Compact);
    CHECK(stored.int64(1) < json.size() / 2);
    CHECK(events.first().changes.value(QLatin1String("answers")).toString() == visit.text(1));

    // Below the threshold, and in a vault written before events were compressed, it is text.
    CHECK(test::count(db, "SELECT count(*) FROM events WHERE typeof(changes) = 'text' AND length(changes) < ?",
                      QString::number(sync::StoredChanges::kCompressFrom)) > 0);
    const QString copy = QStringLiteral("0195a1b2-0000-7000-8000-00000000c0de");
    auto old = db.prepare("INSERT INTO events (origin_device, seq, hlc, author, entity, entity_id, op, changes) "
                          "SELECT 'older-device', 1, hlc, author, entity, ?, op, ? FROM events "
                          "WHERE entity = 'visits' AND entity_id = ?");
    old.bind(1, copy).bindUtf8(2, json).bind(3, visit.text(0)).run();
    const QList<sync::Event> older = sync::EventLog::ofRecord(db, QStringLiteral("visits"), copy);
    REQUIRE(older.size() == 1);
    CHECK(older.first().changes == events.first().changes);

    // A frame that does not unpack is reported as damage, not read as empty changes.
    QByteArray broken = QByteArray::fromHex("28b52ffd") + QByteArray(40, '\x01');
    auto bad = db.prepare("UPDATE events SET changes = ? WHERE entity_id = ?");
    db.exec("DROP TRIGGER events_no_update");
    bad.bindBlob(1, broken).bind(2, copy).run();
    try {
        sync::EventLog::ofRecord(db, QStringLiteral("visits"), copy);
        FAIL("a damaged frame was read");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Corrupt);
    }
}
