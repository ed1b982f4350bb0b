// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/DemoVillage.h"
#include "core/model/RecordStore.h"
#include "core/sync/Bundle.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/EventLog.h"
#include "core/sync/Exchange.h"
#include "core/sync/FolderRemote.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUuid>

using namespace tonghu;

namespace {

const QString kVillage = QStringLiteral("621126101201");

// A digest of every shared table and the event log, to tell "nothing changed" exactly.
QByteArray digest(storage::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"households", "persons", "children", "visits", "mandatory_reports", "referrals", "events",
                              "held_bundles", "places", "users"}) {
        auto st = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        while (st.step())
            for (int i = 0; i < st.columnCount(); ++i)
                hash.addData(QJsonDocument(QJsonArray{st.json(i)}).toJson(QJsonDocument::Compact));
    }
    return hash.result();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct Pair
{
    std::unique_ptr<test::TempVault> village = test::makeVault(vault::Role::Village, kVillage);
    std::unique_ptr<test::TempVault> township = test::makeVault(vault::Role::Township, kVillage.left(9));
    QTemporaryDir usb;
    QString villageDevice;

    Pair()
    {
        const auto record = [](test::TempVault& t) { return sync::Enrollment::read(sync::Enrollment::exportOwn(*t.vault)); };
        sync::TrustStore(township->vault->database(), township->vault->userId(), vault::Role::Township, kVillage.left(9))
            .enroll(record(*village));
        sync::TrustStore(village->vault->database(), village->vault->userId(), vault::Role::Village, kVillage)
            .enroll(record(*township));
        villageDevice = sync::DeviceIdentity::ensure(village->vault->database()).deviceId;
    }

    // Six demo children with their households and visits, the same every time.
    void generateDemo()
    {
        model::DemoOptions o;
        o.children = 6;
        o.seed = 5;
        o.placeCode = kVillage;
        o.today = QDate(2026, 4, 20);
        o.referenceYear = 2026;
        model::DemoVillage::generate(village->vault->database(), village->vault->userId(), o);
    }
    QString exportBundle(const QString& name)
    {
        const QStringList paths = sync::Outbox(*village->vault).exportTo(usb.filePath(name));
        REQUIRE(paths.size() == 1);
        return paths.first();
    }
    void acknowledgeAll()
    {
        sync::Outbox(*village->vault)
            .acknowledge(sync::DeviceIdentity::ensure(township->vault->database()).deviceId, villageDevice,
                         sync::EventLog::lastSequence(village->vault->database(), villageDevice));
    }
    QString addChild(const QString& name)
    {
        model::RecordStore records(village->vault->database(), village->vault->userId(), kVillage);
        return test::addChild(records, name, "female", QDate(2014, 5, 5)).id;
    }
};

sync::SyncReport syncThrough(vault::Vault& vault, const QString& folder)
{
    sync::FolderRemote remote(folder);
    return sync::Exchange::run(vault, remote);
}

} // namespace

TEST_CASE("A village's bundle brings its records to the township, once", "[sync][import]")
{
    Pair p;
    p.generateDemo();
    const QString bundle = p.exportBundle(QStringLiteral("a"));
    storage::Database& town = p.township->vault->database();

    const sync::ImportResult r = sync::Inbox(*p.township->vault).import(readAll(bundle));
    CHECK(r.outcome == sync::ImportResult::Outcome::Applied);
    CHECK(r.applied == sync::EventLog::lastSequence(p.village->vault->database(), p.villageDevice));
    // The township now holds the village's children, households and submitted visits as they are there.
    for (const char* table : {"children", "households", "persons", "referrals"}) {
        auto a = p.village->vault->database().prepare(std::string("SELECT count(*) FROM ") + table);
        auto b = town.prepare(std::string("SELECT count(*) FROM ") + table);
        REQUIRE(a.step());
        REQUIRE(b.step());
        INFO(table);
        CHECK(a.int64(0) == b.int64(0));
    }
    auto submitted = p.village->vault->database().prepare("SELECT id, answers FROM visits WHERE status = 'submitted'");
    int visits = 0;
    while (submitted.step()) {
        auto there = town.prepare("SELECT answers FROM visits WHERE id = ?");
        there.bind(1, submitted.text(0));
        REQUIRE(there.step());
        CHECK(there.text(0) == submitted.text(1));
        ++visits;
    }
    CHECK(visits > 0);
    auto drafts = town.prepare("SELECT count(*) FROM visits WHERE status = 'draft'");
    REQUIRE(drafts.step());
    CHECK(drafts.int64(0) == 0);
    // Search works on the imported children: their keys were made here.
    model::RecordStore townRecords(town, p.township->vault->userId(), p.township->vault->placeCode());
    const auto child = townRecords.searchChildren(QString(), 100).first();
    CHECK_FALSE(townRecords.searchChildren(child.name.left(1), 100).isEmpty());

    // The same bundle again changes nothing.
    const QByteArray before = digest(town);
    CHECK(sync::Inbox(*p.township->vault).import(readAll(bundle)).outcome == sync::ImportResult::Outcome::Duplicate);
    CHECK(digest(town) == before);

    // A changed byte anywhere is refused, and changes nothing.
    QByteArray bytes = readAll(bundle);
    for (qsizetype at : {qsizetype(20), bytes.size() / 3, bytes.size() / 2, bytes.size() - 10}) {
        QByteArray bad = bytes;
        bad[at] = char(bad[at] ^ 0x40);
        CHECK_THROWS_AS(sync::Inbox(*p.township->vault).import(bad), Error);
    }
    CHECK_THROWS_AS(sync::Inbox(*p.township->vault).import(bytes.left(bytes.size() - 1)), Error);
    CHECK(digest(town) == before);
}

TEST_CASE("A stream longer than one bundle leaves in several, made one at a time, that bring all of it", "[sync][import]")
{
    Pair p;
    p.generateDemo();
    storage::Database& village = p.village->vault->database();
    const qint64 last = sync::EventLog::lastSequence(village, p.villageDevice);
    REQUIRE(last > 25);

    // Bundles of at most 10 events: each is handed on before the next one's events are read.
    sync::Outbox outbox(*p.village->vault);
    outbox.setMaxEventsPerBundle(10);
    QList<sync::OutgoingBundle> made;
    qint64 expectedFirst = 1;
    outbox.bundles([&](sync::OutgoingBundle&& b) {
        // The name carries the sequence range: consecutive, gapless, ten at a time.
        const QStringList parts = QFileInfo(b.name).completeBaseName().split(QLatin1Char('-'));
        REQUIRE(parts.size() >= 3);
        CHECK(parts.at(parts.size() - 2).toLongLong() == expectedFirst);
        const qint64 lastOfThis = parts.last().toLongLong();
        CHECK(lastOfThis - expectedFirst + 1 == std::min<qint64>(10, last - expectedFirst + 1));
        expectedFirst = lastOfThis + 1;
        made << std::move(b);
    });
    CHECK(made.size() == (last + 9) / 10);
    CHECK(expectedFirst == last + 1);
    // One audit entry for the export, naming every event.
    CHECK(test::count(village, "SELECT count(*) FROM audit_log WHERE action = 'export.bundle' AND detail = ?",
                      QString::number(last)) == 1);

    // Imported in order, they bring the whole stream and the same records.
    storage::Database& town = p.township->vault->database();
    int applied = 0;
    for (const sync::OutgoingBundle& b : made)
        applied += sync::Inbox(*p.township->vault).import(b.bytes).applied;
    CHECK(applied == last);
    CHECK(sync::EventLog::lastSequence(town, p.villageDevice) == last);
    for (const char* sql : {"SELECT count(*) FROM children", "SELECT count(*) FROM households",
                            "SELECT count(*) FROM persons", "SELECT count(*) FROM visits WHERE status = 'submitted'"}) {
        INFO(sql);
        CHECK(test::count(village, sql) == test::count(town, sql));
    }
    CHECK(test::count(town, "SELECT count(*) FROM visits") > 0);
}

TEST_CASE("Each bundle opened while the one before is applied imports as it would alone; what is wrong is still "
          "refused", "[sync][import]")
{
    Pair p;
    p.generateDemo();
    storage::Database& village = p.village->vault->database();
    const qint64 last = sync::EventLog::lastSequence(village, p.villageDevice);
    sync::Outbox outbox(*p.village->vault);
    outbox.setMaxEventsPerBundle(10);
    QList<QByteArray> made;
    outbox.bundles([&](sync::OutgoingBundle&& b) { made << b.bytes; });
    REQUIRE(made.size() >= 3);

    // A damaged copy of the third, handed on as the next bundle, is refused when its turn comes,
    // with the message it gets alone, and the bundles before it are in.
    storage::Database& town = p.township->vault->database();
    QByteArray damaged = made.at(2);
    damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x20);
    QString alone;
    try {
        sync::Inbox(*p.township->vault).import(damaged);
    } catch (const Error& e) {
        alone = e.message();
    }
    REQUIRE_FALSE(alone.isEmpty());
    {
        sync::Inbox inbox(*p.township->vault);
        CHECK(inbox.import(made.at(0), made.at(1)).applied == 10);
        CHECK(inbox.import(made.at(1), damaged).applied == 10);
        const QByteArray before = digest(town);
        try {
            inbox.import(damaged, made.at(3 % made.size()));
            FAIL("a damaged bundle opened ahead was imported");
        } catch (const Error& e) {
            CHECK(e.message() == alone);
        }
        CHECK(digest(town) == before);
    }

    // The rest, each opened ahead of its turn, brings the whole stream.
    {
        sync::Inbox inbox(*p.township->vault);
        int applied = 0;
        for (qsizetype i = 2; i < made.size(); ++i)
            applied += inbox.import(made.at(i), i + 1 < made.size() ? made.at(i + 1) : QByteArray()).applied;
        CHECK(applied == last - 20);
    }
    CHECK(sync::EventLog::lastSequence(town, p.villageDevice) == last);
    for (const char* sql : {"SELECT count(*) FROM children", "SELECT count(*) FROM households",
                            "SELECT count(*) FROM persons", "SELECT count(*) FROM visits WHERE status = 'submitted'"}) {
        INFO(sql);
        CHECK(test::count(village, sql) == test::count(town, sql));
    }
}

TEST_CASE("A bundle opened ahead is refused when its sender is revoked before its turn", "[sync][import]")
{
    Pair p;
    p.addChild(QStringLiteral("甲"));
    const QByteArray first = readAll(p.exportBundle(QStringLiteral("one")));
    p.acknowledgeAll();
    p.addChild(QStringLiteral("乙"));
    const QByteArray second = readAll(p.exportBundle(QStringLiteral("two")));
    storage::Database& town = p.township->vault->database();
    sync::Inbox inbox(*p.township->vault);
    CHECK(inbox.import(first, second).applied > 0);
    sync::TrustStore(town, p.township->vault->userId(), vault::Role::Township, kVillage.left(9)).revoke(p.villageDevice);
    const QByteArray before = digest(town);
    CHECK_THROWS_AS(inbox.import(second), Error);
    CHECK(digest(town) == before);
}

TEST_CASE("A bundle that skips sequence numbers is held until the missing one arrives", "[sync][import]")
{
    Pair p;
    p.addChild(QStringLiteral("甲"));
    const QString first = p.exportBundle(QStringLiteral("1"));
    p.acknowledgeAll();
    const QString second = (p.addChild(QStringLiteral("乙")), p.exportBundle(QStringLiteral("2")));
    p.acknowledgeAll();
    const QString third = (p.addChild(QStringLiteral("丙")), p.exportBundle(QStringLiteral("3")));
    storage::Database& town = p.township->vault->database();
    const auto childCount = [&] {
        auto st = town.prepare("SELECT count(*) FROM children");
        st.step();
        return st.int64(0);
    };

    REQUIRE(sync::Inbox(*p.township->vault).import(readAll(first)).outcome == sync::ImportResult::Outcome::Applied);
    CHECK(childCount() == 1);
    const qint64 have = sync::EventLog::lastSequence(town, p.villageDevice);

    // The third before the second: held, and it says which number is missing.
    const sync::ImportResult held = sync::Inbox(*p.township->vault).import(readAll(third));
    CHECK(held.outcome == sync::ImportResult::Outcome::Held);
    CHECK(held.missingFrom == have + 1);
    CHECK(childCount() == 1);
    // Holding it twice keeps one copy.
    sync::Inbox(*p.township->vault).import(readAll(third));
    auto heldCount = town.prepare("SELECT count(*) FROM held_bundles");
    REQUIRE(heldCount.step());
    CHECK(heldCount.int64(0) == 1);
    heldCount.reset();

    // The second arrives: both are applied, in order.
    const sync::ImportResult done = sync::Inbox(*p.township->vault).import(readAll(second));
    CHECK(done.outcome == sync::ImportResult::Outcome::Applied);
    CHECK(childCount() == 3);
    CHECK(sync::EventLog::lastSequence(town, p.villageDevice)
          == sync::EventLog::lastSequence(p.village->vault->database(), p.villageDevice));
    REQUIRE(heldCount.step());
    CHECK(heldCount.int64(0) == 0);
}

TEST_CASE("The township's acknowledgement travels back and the village stops sending what arrived", "[sync][import]")
{
    Pair p;
    p.addChild(QStringLiteral("甲"));
    const QString up = p.exportBundle(QStringLiteral("up"));
    CHECK_FALSE(sync::Outbox(*p.village->vault).pending().isEmpty());
    REQUIRE(sync::Inbox(*p.township->vault).import(readAll(up)).applied > 0);

    // The township's export holds a bundle for the village with what it received.
    const QStringList down = sync::Outbox(*p.township->vault).exportTo(p.usb.filePath(QStringLiteral("down")));
    REQUIRE(down.size() == 1);
    const sync::ImportResult r = sync::Inbox(*p.village->vault).import(readAll(down.first()));
    CHECK(r.outcome == sync::ImportResult::Outcome::Applied);
    CHECK(r.acknowledged);
    CHECK(sync::Outbox(*p.village->vault).pending().isEmpty());
    // The same acknowledgement again is a duplicate; a new change is pending again, and only it.
    CHECK(sync::Inbox(*p.village->vault).import(readAll(down.first())).outcome
          == sync::ImportResult::Outcome::Duplicate);
    p.addChild(QStringLiteral("乙"));
    const QList<sync::Event> pending = sync::Outbox(*p.village->vault).pending();
    REQUIRE(pending.size() == 2); // the new household and child
    CHECK(pending.first().sequence == sync::EventLog::lastSequence(p.village->vault->database(), p.villageDevice) - 1);
}

TEST_CASE("A shared folder carries bundles both ways; what was imported is passed over next time", "[sync][folder]")
{
    Pair p;
    p.addChild(QStringLiteral("甲"));
    const QString folder = p.usb.filePath(QStringLiteral("stick"));
    CHECK_THROWS_AS(syncThrough(*p.village->vault, folder), Error); // not plugged in
    REQUIRE(QDir().mkpath(folder));

    const sync::SyncReport v1 = syncThrough(*p.village->vault, folder);
    CHECK(v1.imported == 0);
    REQUIRE(v1.written.size() == 1);
    // Something in the folder that is damaged is reported, and does not stop the rest.
    QFile junk(QDir(folder).filePath(QStringLiteral("broken.tonghub")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("TONGHUB\\0 but nothing after");
    junk.close();

    const sync::SyncReport t1 = syncThrough(*p.township->vault, folder);
    CHECK(t1.imported == 1);
    CHECK(t1.changes == 2);
    REQUIRE(t1.refused.size() == 1);
    CHECK(t1.refused.first().first == QLatin1String("broken.tonghub"));
    CHECK(t1.written.size() == 1); // the acknowledgement for the village

    const sync::SyncReport v2 = syncThrough(*p.village->vault, folder);
    CHECK(v2.imported == 1);
    CHECK(sync::Outbox(*p.village->vault).pending().isEmpty());
    // Once the township has confirmed it, the village's bundle is taken off the stick; the
    // township's acknowledgement stays for the village to read again.
    const QString villageBundle = QDir(folder).filePath(v1.written.first());
    REQUIRE(QFileInfo::exists(villageBundle));
    syncThrough(*p.village->vault, folder);
    CHECK_FALSE(QFileInfo::exists(villageBundle));
    CHECK(QFileInfo::exists(QDir(folder).filePath(t1.written.first())));

    // Nothing new: the township passes over the bundle it has.
    QFile::remove(QDir(folder).filePath(QStringLiteral("broken.tonghub")));
    const QByteArray before = digest(p.township->vault->database());
    const sync::SyncReport t2 = syncThrough(*p.township->vault, folder);
    CHECK(t2.imported == 0);
    CHECK(t2.refused.isEmpty());
    CHECK(digest(p.township->vault->database()) == before);
}

TEST_CASE("A revoked device's bundles are refused and change nothing", "[sync][import]")
{
    Pair p;
    p.addChild(QStringLiteral("甲"));
    const QString bundle = p.exportBundle(QStringLiteral("r"));
    storage::Database& town = p.township->vault->database();
    sync::TrustStore(town, p.township->vault->userId(), vault::Role::Township, kVillage.left(9)).revoke(p.villageDevice);
    const QByteArray before = digest(town);
    CHECK_THROWS_AS(sync::Inbox(*p.township->vault).import(readAll(bundle)), Error);
    CHECK(digest(town) == before);
}

TEST_CASE("A bundle signed by an enrolled device whose contents are hostile is refused and changes nothing",
          "[sync][import][hostile]")
{
    // The signature proves who sent a bundle, not that its contents are sane: a device with a
    // bug, or a stolen device key, may sign anything. Each of these is refused with one sentence.
    Pair p;
    storage::Database& villageDb = p.village->vault->database();
    storage::Database& town = p.township->vault->database();
    const sync::DevicePublicKeys township = sync::DeviceIdentity::ensure(town);
    const auto signedBundle = [&](const QByteArray& payload, int events) {
        sync::BundleHeader h;
        h.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        h.senderDeviceId = p.villageDevice;
        h.senderRole = QStringLiteral("village");
        h.senderPlace = kVillage;
        h.createdAt = QDateTime::currentDateTimeUtc();
        h.firstSequence = events > 0 ? 1 : 0;
        h.lastSequence = events;
        h.eventCount = events;
        return sync::Bundle::write(h, payload, sync::DeviceIdentity::signSecret(villageDb),
                                   {{township.deviceId, township.boxPublic}});
    };
    const QByteArray deep(200000, '[');
    const auto eventOf = [&](const char* entity) {
        return R"({"origin": ")" + p.villageDevice.toUtf8() + R"(", "seq": 1, "hlc": "001764633600000.00000", )"
               R"("author": "u", "entity": ")" + entity + R"(", "id": "r1", "op": "upsert", "changes": )";
    };
    const QByteArray event = eventOf("children");
    const QList<std::pair<const char*, QByteArray>> hostile{
        {"nesting 200,000 deep", R"({"format": "tonghu-events", "version": 1, "events": )" + deep + "}"},
        {"an event nested 100,000 deep",
         R"({"format": "tonghu-events", "version": 1, "events": [)" + event + QByteArray(100000, '[') + "]}"},
        {"a column holding an object", R"({"format": "tonghu-events", "version": 1, "events": [)" + event
                                           + R"({"name": {"a": [1, 2]}}}]})"},
        {"a column the table does not have", R"({"format": "tonghu-events", "version": 1, "events": [)" + event
                                                 + R"({"name\"; DROP TABLE children; --": "x"}}]})"},
        {"not UTF-8", "{\"format\": \"tonghu-events\", \"version\": 1, \"events\": [\xff\xfe]}"},
        {"a count that is not the header's", R"({"format": "tonghu-events", "version": 1, "events": []})"},
        {"not JSON at all", QByteArray(100000, '\0')},
    };
    const QByteArray before = digest(town);
    for (const auto& [what, payload] : hostile) {
        INFO(what);
        const QByteArray bytes = signedBundle(payload, 1);
        try {
            sync::Inbox(*p.township->vault).import(bytes);
            FAIL("imported");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::BadInput);
            CHECK(e.message() == QStringLiteral("This bundle's contents are damaged: an event is not valid."));
        }
        CHECK(digest(town) == before);
    }
    // A household's event built the same way passes every check and is applied, so the
    // refusals above were for what the events hold.
    const sync::ImportResult applied = sync::Inbox(*p.township->vault).import(signedBundle(
        R"({"format": "tonghu-events", "version": 1, "events": [)" + eventOf("households") + R"({"place_code": ")"
            + kVillage.toUtf8() + R"(", "address": "x", "created_at": "2026-01-01T00:00:00.000Z"}}]})",
        1));
    CHECK(applied.outcome == sync::ImportResult::Outcome::Applied);
    CHECK(applied.applied == 1);
}
