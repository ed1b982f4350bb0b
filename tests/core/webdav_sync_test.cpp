// SPDX-License-Identifier: GPL-3.0-or-later
// A village and its township syncing through a real nginx WebDAV server, as configured in each
// vault (SyncTarget), records one way and acknowledgements the other.
#include "core/model/RecordStore.h"
#include "core/storage/Database.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/Enrollment.h"
#include "core/sync/EventLog.h"
#include "core/sync/Exchange.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncTarget.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "tests/support/NginxDav.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>

#include <string>
#include <vector>

using namespace tonghu;

namespace {

const QString kVillage = QStringLiteral("621126101201");

std::string str(const QString& s)
{
    return s.toStdString();
}

// The files on the server, as "<collection>/<name>", sorted.
std::vector<std::string> filesOnServer(const test::NginxDav& server)
{
    QStringList files;
    for (const QString& f : test::filesUnder(server.root()))
        files << QDir(server.root()).relativeFilePath(f);
    files.sort();
    std::vector<std::string> out;
    for (const QString& f : files)
        out.push_back(str(f));
    return out;
}

qint64 count(storage::Database& db, const char* table)
{
    auto st = db.prepare(std::string("SELECT count(*) FROM ") + table);
    REQUIRE(st.step());
    return st.int64(0);
}

sync::SyncReport syncNow(vault::Vault& vault)
{
    const std::unique_ptr<sync::Remote> remote = sync::SyncTarget::load(vault.database()).remote();
    return sync::Exchange::run(vault, *remote);
}

} // namespace

TEST_CASE("A village and its township exchange records and acknowledgements through a WebDAV server",
          "[webdav][sync]")
{
    const QString password = QStringLiteral("sync-horse-3");
    test::NginxDav server(test::NginxDav::Options{QStringLiteral("tonghu"), password, {}});
    auto village = test::makeVault(vault::Role::Village, kVillage);
    auto township = test::makeVault(vault::Role::Township, kVillage.left(9));
    const auto record = [](test::TempVault& t) {
        return sync::Enrollment::read(sync::Enrollment::exportOwn(*t.vault));
    };
    sync::TrustStore(*township->vault).enroll(record(*village));
    sync::TrustStore(*village->vault).enroll(record(*township));
    const QString villageDevice = sync::DeviceIdentity::ensure(village->vault->database()).deviceId;
    const QString townshipDevice = sync::DeviceIdentity::ensure(township->vault->database()).deviceId;
    for (test::TempVault* t : {village.get(), township.get()}) {
        sync::SyncTarget target;
        target.kind = sync::SyncTarget::Kind::WebDav;
        target.url = server.url();
        target.user = QStringLiteral("tonghu");
        target.password = password;
        target.save(t->vault->database());
    }
    {
        model::RecordStore records(village->vault->database(), village->vault->userId(), kVillage);
        test::addChild(records, QStringLiteral("甲"), "female", QDate(2014, 5, 5));
        test::addChild(records, QStringLiteral("乙"), "male", QDate(2016, 9, 1));
    }
    const qint64 sent = sync::EventLog::lastSequence(village->vault->database(), villageDevice);
    REQUIRE(sent > 0);

    // The village leaves its changes in the township's collection, and nothing for itself.
    const sync::SyncReport v1 = syncNow(*village->vault);
    CHECK(v1.imported == 0);
    CHECK(str(v1.location) == str(server.url().toString()));
    REQUIRE(v1.written.size() == 1);
    CHECK(filesOnServer(server) == std::vector<std::string>{str(townshipDevice + u'/' + v1.written.first())});

    // The township takes them, removes them from its collection, and leaves an acknowledgement
    // in the village's.
    const sync::SyncReport t1 = syncNow(*township->vault);
    CHECK(t1.imported == 1);
    CHECK(t1.changes == sent);
    CHECK(t1.refused.isEmpty());
    CHECK(count(township->vault->database(), "children") == 2);
    REQUIRE(t1.written.size() == 1);
    CHECK(filesOnServer(server) == std::vector<std::string>{str(villageDevice + u'/' + t1.written.first())});

    // The village reads the acknowledgement: nothing of its own is pending any more, nothing is
    // sent again, and the server is empty.
    const sync::SyncReport v2 = syncNow(*village->vault);
    CHECK(v2.imported == 1);
    CHECK(v2.refused.isEmpty());
    CHECK(sync::Outbox(*village->vault).pending().isEmpty());
    CHECK(v2.written.isEmpty());
    CHECK(filesOnServer(server).empty());

    // A later change goes on its own, from where the acknowledgement left off.
    {
        model::RecordStore records(village->vault->database(), village->vault->userId(), kVillage);
        test::addChild(records, QStringLiteral("丙"), "female", QDate(2018, 1, 20));
    }
    const sync::SyncReport v3 = syncNow(*village->vault);
    REQUIRE(v3.written.size() == 1);
    CHECK(v3.written.first().startsWith(villageDevice + u'-' +
                                        QString::number(sent + 1).rightJustified(8, u'0')));
    const sync::SyncReport t2 = syncNow(*township->vault);
    CHECK(t2.imported == 1);
    CHECK(count(township->vault->database(), "children") == 3);
}

TEST_CASE("A sync with a wrong server password stops with that reason and changes nothing there",
          "[webdav][sync]")
{
    test::NginxDav server(
        test::NginxDav::Options{QStringLiteral("tonghu"), QStringLiteral("right-horse-4"), {}});
    auto village = test::makeVault(vault::Role::Village, kVillage);
    auto township = test::makeVault(vault::Role::Township, kVillage.left(9));
    sync::TrustStore(*village->vault)
        .enroll(sync::Enrollment::read(sync::Enrollment::exportOwn(*township->vault)));
    {
        model::RecordStore records(village->vault->database(), village->vault->userId(), kVillage);
        test::addChild(records, QStringLiteral("甲"), "female", QDate(2014, 5, 5));
    }
    sync::SyncTarget target;
    target.kind = sync::SyncTarget::Kind::WebDav;
    target.url = server.url();
    target.user = QStringLiteral("tonghu");
    target.password = QStringLiteral("wrong-horse-5");
    target.save(village->vault->database());

    try {
        syncNow(*village->vault);
        FAIL("the sync went through with a wrong password");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::WrongSecret);
        CHECK_FALSE(e.message().contains(target.password));
    }
    CHECK(filesOnServer(server).empty());
    CHECK_FALSE(sync::Outbox(*village->vault).pending().isEmpty());
}
