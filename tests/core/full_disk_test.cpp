// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk: the vault, or the stick a bundle goes to, on a small tmpfs mounted in a mount
// namespace of this test process's own, so nothing outside sees it. Saving, importing and
// exporting then fail with one clear sentence, and the vault holds exactly what it held before.
// Needs root (or another way to unshare a mount namespace); skipped otherwise.
#include "core/model/RecordStore.h"
#include "core/storage/Database.h"
#include "core/sync/Bundle.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace tonghu;

namespace {

const QString kVillage = QStringLiteral("621126101201");
const QString kDiskFull = QStringLiteral("The disk is full. Nothing was saved; free some space and try again.");

// A tmpfs of `size` at `dir`, visible to this process only; false when it cannot be had.
bool mountSmallDisk(const QString& dir, const char* size)
{
    static const bool privateMounts = unshare(CLONE_NEWNS) == 0
                                      && mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    const QByteArray options = QByteArray("size=") + size;
    return privateMounts && mount("tonghu-test", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) == 0;
}

// Takes every free block of the file system holding `dir`; removing the file gives them back.
QString fillUp(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("filler"));
    const int fd = open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    const QByteArray chunk(4096, 'f');
    while (write(fd, chunk.constData(), std::size_t(chunk.size())) > 0) {
    }
    close(fd);
    return path;
}

// Each table's row count and a hash of its rows, so that a difference names its table.
std::string digest(storage::Database& db)
{
    QStringList tables;
    for (const char* table : {"households", "persons", "children", "visits", "referrals", "events", "audit_log"}) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        // Reopening the vault to look is itself an audit entry (unlock, and lock at the close).
        const std::string which = QLatin1String(table) == QLatin1String("audit_log") ? " WHERE action NOT IN ('unlock', 'lock')" : "";
        auto st = db.prepare(std::string("SELECT * FROM ") + table + which + " ORDER BY 1");
        int rows = 0;
        for (; st.step(); ++rows)
            for (int i = 0; i < st.columnCount(); ++i)
                hash.addData(QJsonDocument(QJsonArray{st.json(i)}).toJson(QJsonDocument::Compact));
        tables << QStringLiteral("%1: %2 rows %3").arg(QLatin1String(table)).arg(rows).arg(QLatin1String(hash.result().toHex().left(16)));
    }
    return tables.join(QLatin1Char('\n')).toStdString();
}

// Runs step(0), step(1), ... on a full disk until one is refused, at most `attempts`. The
// refusal must be the full-disk sentence and leave the database as the last step done left it;
// returns that state's digest.
std::string runUntilDiskFull(storage::Database& db, int attempts, const std::function<void(int)>& step)
{
    std::string lastDone = digest(db);
    for (int i = 0; i < attempts; ++i) {
        try {
            step(i);
            lastDone = digest(db);
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Io);
            CHECK(e.message() == kDiskFull);
            // Nothing half-written, in this connection...
            CHECK(digest(db) == lastDone);
            return lastDone;
        }
    }
    FAIL("the disk never filled up");
    return {};
}

// ...nor on disk: closed, given room and opened again, the vault passes its integrity check and
// holds exactly that state.
std::unique_ptr<vault::Vault> reopenIntact(const QString& dir, const std::string& expected)
{
    auto v = vault::Vault::unlock(dir, test::secret(test::kPassphrase));
    auto st = v->database().prepare("PRAGMA integrity_check");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("ok"));
    CHECK(digest(v->database()) == expected);
    return v;
}

} // namespace

TEST_CASE("Saving on a full disk says so and keeps every record saved before", "[full-disk]")
{
    QTemporaryDir disk;
    if (!mountSmallDisk(disk.path(), "16m"))
        SKIP("no private mount namespace here (needs root)");
    const QString dir = disk.filePath(QStringLiteral("vault"));
    auto v = test::createVault(dir, vault::Role::Village, kVillage);
    {
        model::RecordStore records(v->database(), v->userId(), kVillage);
        for (int i = 0; i < 5; ++i)
            test::addChild(records, QStringLiteral("先存的%1").arg(i), "male", QDate(2015, 2, 1 + i));
    }
    const QString filler = fillUp(disk.path());

    // Saves go on while SQLite can reuse space it holds already; the first that needs more fails.
    int saved = 5;
    const std::string lastSaved = runUntilDiskFull(v->database(), 2000, [&](int i) {
        model::RecordStore records(v->database(), v->userId(), kVillage);
        test::addChild(records, QStringLiteral("儿童%1").arg(i), "female", QDate(2016, 3, 1 + i % 28));
        ++saved;
    });
    v.reset();
    REQUIRE(QFile::remove(filler));
    auto again = reopenIntact(dir, lastSaved);
    model::RecordStore records(again->database(), again->userId(), kVillage);
    test::addChild(records, QStringLiteral("空间够了"), "male", QDate(2015, 1, 1));
    CHECK(test::count(again->database(), "SELECT count(*) FROM children") == saved + 1);
    again.reset();
    REQUIRE(umount(QFile::encodeName(disk.path()).constData()) == 0);
}

TEST_CASE("Importing on a full disk says so, keeps the bundles imported before, and completes once there is room",
          "[full-disk]")
{
    QTemporaryDir disk;
    if (!mountSmallDisk(disk.path(), "16m"))
        SKIP("no private mount namespace here (needs root)");
    auto village = test::makeVault(vault::Role::Village, kVillage);
    const QString dir = disk.filePath(QStringLiteral("township"));
    auto township = test::createVault(dir, vault::Role::Township, kVillage.left(9));
    test::enrollEachOther(*village->vault, *township);
    const int children = 60;
    test::generateDemo(*village->vault, children, 3);
    QTemporaryDir usb;
    sync::Outbox outbox(*village->vault);
    outbox.setMaxEventsPerBundle(100);
    QList<QByteArray> bundles;
    for (const QString& p : outbox.exportTo(usb.path()))
        bundles << sync::Bundle::readFile(p);
    REQUIRE(bundles.size() > 3);

    for (const QByteArray& b : bundles.mid(0, 2))
        sync::Inbox(*township).import(b);
    const QString filler = fillUp(disk.path());
    const QList<QByteArray> rest = bundles.mid(2);
    const std::string lastImported = runUntilDiskFull(
        township->database(), int(rest.size()), [&](int i) { sync::Inbox(*township).import(rest.at(i)); });
    township.reset();
    REQUIRE(QFile::remove(filler));
    auto again = reopenIntact(dir, lastImported);
    // With room again the same bundles bring everything: the one refused is imported whole.
    for (const QByteArray& b : bundles)
        sync::Inbox(*again).import(b);
    CHECK(test::count(again->database(), "SELECT count(*) FROM children") == children);
    again.reset();
    REQUIRE(umount(QFile::encodeName(disk.path()).constData()) == 0);
}

TEST_CASE("Exporting bundles to a full stick says so, leaves no partial file and sends the same events later",
          "[full-disk]")
{
    QTemporaryDir stick;
    if (!mountSmallDisk(stick.path(), "64k"))
        SKIP("no private mount namespace here (needs root)");
    auto village = test::makeVault(vault::Role::Village, kVillage);
    auto township = test::makeVault(vault::Role::Township, kVillage.left(9));
    test::enrollEachOther(*village->vault, *township->vault);
    test::generateDemo(*village->vault, 20, 4);
    const std::string before = digest(village->vault->database());
    const QString filler = fillUp(stick.path());

    try {
        sync::Outbox(*village->vault).exportTo(stick.path());
        FAIL("the bundle fitted on the stick");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Io);
        CHECK(e.message().startsWith(QStringLiteral("The bundle could not be written to ")));
        CHECK(e.message().contains(QStringLiteral("No space left on device")));
    }
    // The bundle was too large for the stick whole: nothing of it is there, not even a temporary.
    CHECK(QDir(stick.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
          == QStringList{QFileInfo(filler).fileName()});
    CHECK(digest(village->vault->database()) == before);
    // Nothing was marked as sent: a roomy folder gets every event, and the township imports them.
    QTemporaryDir roomy;
    int applied = 0;
    for (const QString& p : sync::Outbox(*village->vault).exportTo(roomy.path()))
        applied += sync::Inbox(*township->vault).import(sync::Bundle::readFile(p)).applied;
    auto events = village->vault->database().prepare("SELECT count(*) FROM events");
    REQUIRE(events.step());
    CHECK(applied == events.integer(0));
    REQUIRE(umount(QFile::encodeName(stick.path()).constData()) == 0);
}
