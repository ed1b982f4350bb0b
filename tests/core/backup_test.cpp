// SPDX-License-Identifier: GPL-3.0-or-later
// Backup, check and restore of a vault on real SQLCipher files: a copy taken while another
// connection keeps writing, damaged files, wrong secrets, an existing vault in the way, cancel.
#include "core/audit/AuditLog.h"
#include "core/backup/Backup.h"
#include "core/model/AttachmentStore.h"
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace tonghu;
using backup::Backup;
using backup::BackupSecret;

namespace {

BackupSecret passphrase(const char* text = test::kPassphrase)
{
    return BackupSecret::passphrase(SecureBuffer::fromText(text));
}

// Synthetic names, zero-padded so that their order is the order they were written in.
QString unitName(int i) { return QStringLiteral("备份测试%1").arg(i, 4, 10, QLatin1Char('0')); }

// SHA-256 over every column of every row the query returns; rows are sorted by their content, so
// tables without a rowid compare too.
QByteArray digestOf(storage::Database& db, const std::string& sql, const QString& bound = {})
{
    auto st = db.prepare(sql);
    if (!bound.isNull())
        st.bind(1, bound);
    QList<QByteArray> rows;
    while (st.step()) {
        QVariantMap row;
        for (int c = 0; c < st.columnCount(); ++c)
            row.insert(st.columnName(c), st.json(c).toVariant());
        rows << QJsonDocument::fromVariant(row).toJson(QJsonDocument::Compact);
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& row : rows)
        hash.addData(row);
    hash.addData(QByteArray::number(rows.size()));
    return hash.result();
}

// The writer's rows of the first `units` units: children, their households and their visits.
QByteArray unitsDigest(storage::Database& db, int units)
{
    const QString below = unitName(units);
    return digestOf(db, "SELECT * FROM children WHERE name < ? ORDER BY id", below) +
           digestOf(db, "SELECT * FROM households WHERE id IN (SELECT household_id FROM children WHERE name < ?) "
                        "ORDER BY id",
                    below) +
           digestOf(db, "SELECT * FROM visits WHERE child_id IN (SELECT id FROM children WHERE name < ?) ORDER BY id",
                    below);
}

QStringList tablesOf(storage::Database& db)
{
    QStringList tables;
    auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (st.step())
        tables << st.text(0);
    return tables;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Recomputes the trailing BLAKE2b, as someone who edits the file on purpose would.
QByteArray withChecksum(QByteArray bytes)
{
    bytes.chop(32);
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       std::size_t(bytes.size()), nullptr, 0);
    return bytes + QByteArray(reinterpret_cast<const char*>(digest), sizeof digest);
}

Error::Kind failureOf(const std::function<void()>& f, QString* message = nullptr)
{
    try {
        f();
    } catch (const Error& e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    FAIL("no error was thrown");
    return Error::Kind::Internal;
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QString makeBackup(test::TempVault& t, const QString& folder)
{
    const QString out = QDir(folder).filePath(QStringLiteral("b.tonghubackup"));
    Backup::create(Backup::source(*t.vault), out);
    return out;
}

} // namespace

TEST_CASE("a backup taken while another connection writes holds exactly what was committed before it began",
          "[backup]")
{
    auto t = test::makeVault();
    const QString userId = t->vault->userId();
    const QString placeCode = t->vault->placeCode();
    {
        // A scan of a few megabytes makes the copy take many steps (Backup copies 1 MiB a step),
        // so the writer commits between them; a copy in one step would prove nothing.
        model::RecordStore records(t->vault->database(), userId, placeCode);
        model::Attachment scan;
        scan.childId = test::addChild(records, QStringLiteral("测试扫描"), "male", QDate(2013, 3, 3)).id;
        scan.fileName = QStringLiteral("scan.jpg");
        QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
        while (jpeg.size() < 4 * 1024 * 1024)
            jpeg += char(jpeg.size() * 31 % 251);
        model::AttachmentStore(t->vault->database(), userId).add(scan, jpeg);
    }
    std::mutex mutex;
    std::condition_variable changed;
    int committed = 0;
    std::atomic<bool> stop{false};
    std::string writerError;

    // Each unit is one transaction: a household, its child and the child's visit draft with an
    // answer, so a copy that held part of a unit would show it.
    std::thread writer([&, db = t->vault->openConnection()]() mutable {
        try {
            model::RecordStore records(*db, userId, placeCode);
            model::VisitStore visits(*db, rules::Rulebook::builtin(), rules::Checklist::builtin(), userId);
            for (int i = 0; !stop; ++i) {
                storage::Transaction tx(*db);
                const model::Child child = test::addChild(records, unitName(i), "female", QDate(2015, 3, 1 + i % 28));
                const model::Visit visit = visits.openDraft(child.id);
                visits.setAnswer(visit.id, QStringLiteral("child.hukou"), QStringLiteral("local"));
                tx.commit();
                std::lock_guard lock(mutex);
                committed = i + 1;
                changed.notify_all();
            }
        } catch (const std::exception& e) {
            std::lock_guard lock(mutex);
            writerError = e.what();
            stop = true;
            changed.notify_all();
        }
    });
    const auto waitFor = [&](int units) {
        std::unique_lock lock(mutex);
        // Generous: this bounds a hang, it does not measure speed.
        return changed.wait_for(lock, std::chrono::minutes(2), [&] { return committed >= units || stop; }) &&
               committed >= units;
    };

    // Stops and joins the writer however the test leaves this scope.
    struct Joiner
    {
        std::atomic<bool>& stop;
        std::thread& thread;
        ~Joiner()
        {
            stop = true;
            if (thread.joinable())
                thread.join();
        }
    } joiner{stop, writer};
    const bool started = waitFor(5);
    {
        std::lock_guard lock(mutex);
        INFO("writer: " << writerError);
        REQUIRE(started);
    }
    int before = 0;
    {
        std::lock_guard lock(mutex);
        before = committed;
    }
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("b.tonghubackup"));
    bool waited = false;
    bool writerProgressed = false;
    int atFirstStep = 0;
    int steps = 0;
    const backup::BackupReport made = Backup::create(Backup::source(*t->vault), file, [&](int percent) {
        // After the first step the copy's snapshot is fixed: whatever the writer commits from
        // here on must not be in it, although the later steps copy pages it wrote to. The writer
        // must also go on committing meanwhile (a backup that blocked the app would fail the wait).
        if (!waited) {
            waited = true;
            {
                std::lock_guard lock(mutex);
                atFirstStep = committed;
            }
            writerProgressed = waitFor(atFirstStep + 3);
        }
        if (percent < 70)
            ++steps;
        return true;
    });
    stop = true;
    writer.join();
    INFO("writer: " << writerError);
    REQUIRE(writerError.empty());
    CHECK(writerProgressed);
    const int total = committed;

    const backup::BackupReport checked = Backup::verify(file, passphrase());
    const int units = int(checked.children) - 1; // the child of the scan is not a unit
    INFO("committed before: " << before << ", in the backup: " << units << ", in the end: " << total);
    CHECK(steps > 3);
    CHECK(units >= before);
    CHECK(units <= atFirstStep);
    CHECK(units < total);
    CHECK(made.children == units + 1);
    CHECK(checked.visits == units);
    CHECK(checked.households == units + 1);
    CHECK(checked.schemaVersion == made.schemaVersion);

    QTemporaryDir target;
    const QString restoredDir = target.filePath(QStringLiteral("restored"));
    Backup::restore(file, restoredDir, passphrase());
    auto restored = vault::Vault::unlock(restoredDir, test::secret(test::kPassphrase));
    storage::Database& r = restored->database();
    {
        INFO("the restored children are units 0 … n-1, with no gap");
        auto st = r.prepare("SELECT name FROM children WHERE name <> '测试扫描' ORDER BY name");
        int i = 0;
        while (st.step())
            CHECK(st.text(0) == unitName(i++));
        CHECK(i == units);
    }
    CHECK(unitsDigest(r, 1000000) == unitsDigest(t->vault->database(), units));
    CHECK(unitsDigest(t->vault->database(), units) != unitsDigest(t->vault->database(), total));
}

TEST_CASE("a restored vault holds every row of the source, opens with its secrets and logs the restore", "[backup]")
{
    auto t = test::makeVault();
    model::RecordStore records(t->vault->database(), t->vault->userId(), t->vault->placeCode());
    model::VisitStore visits(t->vault->database(), rules::Rulebook::builtin(), rules::Checklist::builtin(),
                             t->vault->userId());
    for (int i = 0; i < 3; ++i) {
        const model::Child child = test::addChild(records, unitName(i), "male", QDate(2014, 5, 2 + i));
        const model::Visit visit = visits.openDraft(child.id);
        test::answerEverything(visits, visit.id);
        visits.submit(visit.id);
    }
    QTemporaryDir out;
    const QString file = makeBackup(*t, out.path());

    INFO("nothing of a child is readable in the backup file");
    CHECK(test::filesContaining(out.path(), unitName(1)).isEmpty());
    CHECK(test::filesContaining(out.path(), QStringLiteral("三组 12 号")).isEmpty());

    const auto exports = audit::AuditLog::list(t->vault->database(), {.action = QStringLiteral("export.backup")});
    REQUIRE(exports.size() == 1);
    CHECK(exports.first().userId == t->vault->userId());

    CHECK(Backup::verify(file, BackupSecret::recoveryCode(t->recoveryCode.toLower())).children == 3);

    QTemporaryDir target;
    const QString dir = target.filePath(QStringLiteral("restored"));
    const backup::BackupReport report = Backup::restore(file, dir, BackupSecret::recoveryCode(t->recoveryCode));
    CHECK(report.children == 3);
    CHECK(report.visits == 3);
    CHECK(entriesOf(target.path()) == QStringList{QStringLiteral("restored")});
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(dir) & others) == 0);
    CHECK((QFile::permissions(vault::Vault::databasePath(dir)) & others) == 0);

    auto restored = vault::Vault::unlock(dir, test::secret(test::kPassphrase));
    storage::Database& r = restored->database();
    storage::Database& s = t->vault->database();
    CHECK(restored->userId() == t->vault->userId());
    CHECK(restored->placeCode() == t->vault->placeCode());
    CHECK(tablesOf(r) == tablesOf(s));
    for (const QString& table : tablesOf(s)) {
        if (table == QLatin1String("audit_log") || table == QLatin1String("vault_info"))
            continue;
        INFO("table " << table.toStdString());
        const std::string sql = "SELECT * FROM " + table.toStdString() + "";
        CHECK(digestOf(r, sql) == digestOf(s, sql));
    }
    const std::string info = "SELECT * FROM vault_info WHERE key <> 'audit_head' ORDER BY key";
    CHECK(digestOf(r, info) == digestOf(s, info));

    INFO("the restored log goes on from the copied one with vault.restore, and its chain holds");
    const auto restoreEntries = audit::AuditLog::list(r, {.action = QStringLiteral("vault.restore")});
    REQUIRE(restoreEntries.size() == 1);
    const qint64 seq = restoreEntries.first().seq;
    CHECK(restoreEntries.first().detail == report.header.createdAt);
    const std::string upTo = "SELECT * FROM audit_log WHERE seq < " + std::to_string(seq) + " ORDER BY seq";
    CHECK(digestOf(r, upTo) == digestOf(s, upTo));
    CHECK(audit::AuditLog::list(s).at(int(seq - 1)).action == QLatin1String("export.backup"));
    CHECK(audit::AuditLog::firstBrokenEntry(r) == 0);
    restored.reset();

    INFO("the recovery code of the source opens the restored vault too");
    CHECK(vault::Vault::recover(dir, t->recoveryCode, test::secret("another passphrase 12345")) != nullptr);
}

TEST_CASE("a wrong passphrase or recovery code is refused and nothing is written", "[backup]")
{
    auto t = test::makeVault();
    QTemporaryDir out;
    const QString file = makeBackup(*t, out.path());
    QString message;
    CHECK(failureOf([&] { Backup::verify(file, passphrase("not the passphrase at all")); }, &message) ==
          Error::Kind::WrongSecret);
    CHECK(message == QLatin1String("The passphrase does not open this backup. Nothing was changed."));
    CHECK(failureOf([&] { Backup::verify(file, BackupSecret::recoveryCode(QStringLiteral("00000-00000-00000-00000-00000"))); },
                    &message) == Error::Kind::WrongSecret);
    CHECK(message == QLatin1String("The recovery code does not open this backup. Nothing was changed."));

    QTemporaryDir target;
    const QString dir = target.filePath(QStringLiteral("restored"));
    CHECK(failureOf([&] { Backup::restore(file, dir, passphrase("not the passphrase at all")); }) ==
          Error::Kind::WrongSecret);
    CHECK(entriesOf(target.path()).isEmpty());
}

TEST_CASE("a truncated, bit-flipped or edited backup is refused before anything is restored", "[backup]")
{
    auto t = test::makeVault();
    QTemporaryDir out;
    const QString file = makeBackup(*t, out.path());
    const QByteArray good = readAll(file);
    const QString bad = out.filePath(QStringLiteral("bad.tonghubackup"));
    QTemporaryDir target;
    const QString dir = target.filePath(QStringLiteral("restored"));

    const auto refused = [&](const QByteArray& bytes, Error::Kind expected) {
        writeAll(bad, bytes);
        QString message;
        CHECK(failureOf([&] { Backup::verify(bad, passphrase()); }, &message) == expected);
        CHECK(failureOf([&] { Backup::restore(bad, dir, passphrase()); }) == expected);
        CHECK(entriesOf(target.path()).isEmpty());
        return message;
    };
    const QString damaged =
        QStringLiteral("The backup file is damaged or incomplete, so it cannot be used. Nothing was changed.");
    SECTION("truncated")
    {
        CHECK(refused(good.left(good.size() / 2), Error::Kind::Corrupt) == damaged);
        CHECK(refused(good.left(good.size() - 1), Error::Kind::Corrupt) == damaged);
        CHECK(refused(good.left(20), Error::Kind::Corrupt) == damaged);
        CHECK(refused(QByteArray(), Error::Kind::Corrupt) == damaged);
    }
    SECTION("one bit flipped anywhere: the version field, the header, the key slots, the database, the checksum")
    {
        for (qint64 at : {qint64(9), qint64(20), qint64(good.indexOf("\"box\"")), good.size() / 2,
                          good.size() - 4000, good.size() - 1}) {
            INFO("byte " << at);
            QByteArray flipped = good;
            flipped[at] = char(flipped[at] ^ 0x10);
            CHECK(refused(flipped, Error::Kind::Corrupt) == damaged);
        }
    }
    SECTION("a database page edited and the checksum made again: SQLCipher's page HMAC finds it")
    {
        QByteArray edited = good;
        const qint64 at = good.size() - 32 - 4096 - 100; // inside the last page of the database
        edited[at] = char(edited[at] ^ 0x01);
        CHECK(refused(withChecksum(edited), Error::Kind::Corrupt) == damaged);
    }
    SECTION("not a backup at all")
    {
        QByteArray other = good;
        other.replace(0, 8, "SQLite f");
        CHECK(refused(withChecksum(other), Error::Kind::Corrupt) == QLatin1String("This is not a Tonghu backup file."));
    }
    SECTION("a newer format whose checksum holds is told apart from damage")
    {
        QByteArray newer = good;
        newer[8] = char(2);
        refused(withChecksum(newer), Error::Kind::TooNew);
    }
    CHECK(Backup::verify(file, passphrase()).schemaVersion > 0);
}

TEST_CASE("a vault in the target folder is replaced only when asked, and only once the restore succeeded",
          "[backup]")
{
    auto source = test::makeVault(vault::Role::Village, QStringLiteral("620423101201"));
    auto other = test::makeVault(vault::Role::Village, QStringLiteral("620423101202"));
    const QString dir = other->path();
    other->vault.reset();
    const QByteArray otherSlots = readAll(vault::Vault::keySlotsPath(dir));
    QTemporaryDir out;
    const QString file = makeBackup(*source, out.path());
    const auto otherIsIntact = [&] {
        CHECK(readAll(vault::Vault::keySlotsPath(dir)) == otherSlots);
        auto v = vault::Vault::unlock(dir, test::secret(test::kPassphrase));
        CHECK(v->placeCode() == QLatin1String("620423101202"));
        CHECK(entriesOf(other->dir.path()) == QStringList{QStringLiteral("vault")});
    };

    CHECK(failureOf([&] { Backup::restore(file, dir, passphrase()); }) == Error::Kind::AlreadyExists);
    CHECK(failureOf([&] { Backup::checkRestoreTarget(dir, false); }) == Error::Kind::AlreadyExists);
    otherIsIntact();

    INFO("with overwrite, a restore that fails leaves the old vault where it was");
    QByteArray broken = readAll(file);
    broken.chop(100);
    const QString brokenFile = out.filePath(QStringLiteral("broken.tonghubackup"));
    writeAll(brokenFile, broken);
    CHECK(failureOf([&] { Backup::restore(brokenFile, dir, passphrase(), true); }) == Error::Kind::Corrupt);
    CHECK(failureOf([&] { Backup::restore(file, dir, passphrase("not the passphrase at all"), true); }) ==
          Error::Kind::WrongSecret);
    otherIsIntact();

    Backup::restore(file, dir, passphrase(), true);
    CHECK(entriesOf(other->dir.path()) == QStringList{QStringLiteral("vault")});
    auto restored = vault::Vault::unlock(dir, test::secret(test::kPassphrase));
    CHECK(restored->placeCode() == QLatin1String("620423101201"));
    CHECK(restored->userId() == source->vault->userId());

    INFO("a folder holding other files is refused even with overwrite");
    QTemporaryDir busy;
    writeAll(busy.filePath(QStringLiteral("notes.txt")), "x");
    CHECK(failureOf([&] { Backup::restore(file, busy.path(), passphrase(), true); }) == Error::Kind::BadInput);
    CHECK(entriesOf(busy.path()) == QStringList{QStringLiteral("notes.txt")});

    INFO("an empty folder is fine");
    QTemporaryDir empty;
    Backup::restore(file, empty.path(), passphrase());
    CHECK(vault::Vault::exists(empty.path()));
}

TEST_CASE("a cancelled backup leaves no file, no temporary file and no audit entry", "[backup]")
{
    auto t = test::makeVault();
    // The scratch copy goes under the temporary folder: a private one here, to look into it.
    QTemporaryDir tmp;
    QTemporaryDir out;
    const QByteArray savedTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const QString file = out.filePath(QStringLiteral("b.tonghubackup"));
    // Stops during the copy of the database, then during the writing of the file.
    for (int stopAt : {0, 71}) {
        INFO("cancelled at " << stopAt << "%");
        int calls = 0;
        CHECK(failureOf([&] {
                  Backup::create(Backup::source(*t->vault), file, [&](int percent) {
                      ++calls;
                      return stopAt > 0 && percent < stopAt;
                  });
              }) == Error::Kind::Cancelled);
        CHECK(calls > 0);
        CHECK(entriesOf(out.path()).isEmpty());
        CHECK(entriesOf(tmp.path()).isEmpty());
    }
    CHECK(audit::AuditLog::list(t->vault->database(), {.action = QStringLiteral("export.backup")}).isEmpty());
    Backup::create(Backup::source(*t->vault), file);
    CHECK(entriesOf(out.path()) == QStringList{QStringLiteral("b.tonghubackup")});
    CHECK(entriesOf(tmp.path()).isEmpty());
    qputenv("TMPDIR", savedTmp);
}

TEST_CASE("the suggested backup file name holds the role, the place code and the date only", "[backup]")
{
    CHECK(Backup::suggestedFileName(QStringLiteral("village"), QStringLiteral("620423101201"), QDate(2026, 3, 1)) ==
          QLatin1String("tonghu-backup-village-620423101201-2026-03-01.tonghubackup"));
}
