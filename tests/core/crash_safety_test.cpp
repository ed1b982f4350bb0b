// SPDX-License-Identifier: GPL-3.0-or-later
// A power cut or a killed process at any moment loses nothing that was saved. Each case forks a
// process that does real work on a vault on disk, kills it with SIGKILL at random moments, and
// after each kill reopens the vault: it must pass SQLite's and SQLCipher's integrity checks and
// hold everything the process had reported done. Finishing the work must then reach the same
// records as one uninterrupted run on a copy of the starting vault.
#include "core/backup/Backup.h"
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/sync/Bundle.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/EventLog.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_get_random_seed.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tonghu;

namespace {

const QString kVillage = QStringLiteral("621126101201");

std::unique_ptr<vault::Vault> reopen(const QString& dir)
{
    return vault::Vault::unlock(dir, test::secret(test::kPassphrase));
}

void checkIntegrity(storage::Database& db)
{
    auto quick = db.prepare("PRAGMA integrity_check");
    REQUIRE(quick.step());
    CHECK(quick.text(0) == QStringLiteral("ok"));
    quick.reset();
    // SQLCipher's own check reads every page and its HMAC; it lists the pages that fail.
    auto pages = db.prepare("PRAGMA cipher_integrity_check");
    CHECK_FALSE(pages.step());
}

// The records of the given tables, without the columns that say when a row was written on this
// device (they differ between two runs of the same work) and without the given random ids.
QByteArray digest(storage::Database& db, const std::vector<std::pair<const char*, const char*>>& tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto& [table, order] : tables) {
        auto st = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY " + order);
        while (st.step())
            for (int i = 0; i < st.columnCount(); ++i) {
                const QString name = st.columnName(i);
                if (name.endsWith(QLatin1String("_at")) || (QLatin1String(table) == QLatin1String("visits") && name == QLatin1String("id")))
                    continue;
                hash.addData(name.toUtf8());
                hash.addData(QJsonDocument(QJsonArray{st.json(i)}).toJson(QJsonDocument::Compact));
            }
    }
    return hash.result();
}

QByteArray digest(vault::Vault& v, const std::vector<std::pair<const char*, const char*>>& tables)
{
    return digest(v.database(), tables);
}

void copyFolder(const QString& from, const QString& to)
{
    REQUIRE(QDir().mkpath(to));
    for (const QFileInfo& f : QDir(from).entryInfoList(QDir::Files | QDir::Hidden))
        REQUIRE(QFile::copy(f.filePath(), QDir(to).filePath(f.fileName())));
}

// Runs `work` in a child process, which writes one byte to the pipe each time it has finished a
// step (committed), and kills it with SIGKILL after `delayUs` (never, when negative). Returns
// the steps it reported, or -1 when it finished everything before the kill.
template <typename Work>
int runAndKill(Work work, int delayUs)
{
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        int status = 0;
        try {
            work([&] {
                const char step = 1;
                if (write(fds[1], &step, 1) != 1)
                    _exit(3);
            });
        } catch (const std::exception& e) {
            // The work's own failure, for the report: its messages hold no record's data.
            std::fprintf(stderr, "the work failed: %s\n", e.what());
            status = 2;
        }
        _exit(status);
    }
    close(fds[1]);
    if (delayUs >= 0) {
        usleep(useconds_t(delayUs));
        kill(pid, SIGKILL);
    }
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    int steps = 0;
    char buffer[256];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
        steps += int(n);
    close(fds[0]);
    if (WIFEXITED(status)) {
        REQUIRE(WEXITSTATUS(status) == 0); // the work itself failed: not what this test is about
        return -1;
    }
    REQUIRE(WIFSIGNALED(status));
    return steps;
}

// Runs `work` to its end in a child process, as the killed runs do: the uninterrupted run to
// compare with, and how long one takes (fork and unlock included), to spread the kills over.
template <typename Work>
int runToEndUs(Work work)
{
    QElapsedTimer clock;
    clock.start();
    const int steps = runAndKill(work, -1);
    REQUIRE(steps == -1);
    return int(clock.nsecsElapsed() / 1000);
}

// Gives every child without a submitted visit one: the open draft (or a new one), every question
// answered (a commit each), submitted. `done` after each submit.
void visitEveryChild(vault::Vault& v, const QStringList& children, const std::function<void()>& done)
{
    model::VisitStore visits(v.database(), rules::Rulebook::builtin(), rules::Checklist::builtin(), v.userId());
    for (const QString& child : children) {
        const QList<model::Visit> existing = visits.visitsOf(child);
        if (std::any_of(existing.begin(), existing.end(), [](const model::Visit& x) { return x.status == QLatin1String("submitted"); }))
            continue;
        const model::Visit draft = visits.openDraft(child, QDate(2026, 5, 12));
        test::answerEverything(visits, draft.id);
        visits.submit(draft.id);
        done();
    }
}

int submittedVisits(storage::Database& db)
{
    auto st = db.prepare("SELECT count(*) FROM visits WHERE status = 'submitted'");
    REQUIRE(st.step());
    return int(st.integer(0));
}

using Tables = std::vector<std::pair<const char*, const char*>>;
// One kind of work on a vault; `done` after each step it has committed.
using Work = std::function<void(vault::Vault&, const std::function<void()>& done)>;

// Runs `work` on copies of the vault in `start`: once to its end, for the records to reach (which
// `checkReached` looks at) and for how long it takes; then killed at random moments until eight
// kills, each on a fresh copy, so the kills fall anywhere in the work. After each kill the vault
// passes the integrity checks, `afterKill` checks it against the steps reported, and finishing
// the work reaches the same records.
void killAtRandomMoments(const QString& start, const Work& work, const Tables& tables,
                         const std::function<void(vault::Vault&)>& checkReached,
                         const std::function<void(vault::Vault&, int steps)>& afterKill)
{
    QTemporaryDir scratch;
    const auto inChild = [&](const QString& dir) {
        return [&, dir](const std::function<void()>& done) { work(*reopen(dir), done); };
    };
    const QString reference = scratch.filePath(QStringLiteral("reference"));
    copyFolder(start, reference);
    const int fullUs = runToEndUs(inChild(reference));
    const QByteArray uninterrupted = digest(*reopen(reference), tables);
    checkReached(*reopen(reference));

    auto rng = std::mt19937(Catch::getSeed());
    // A kill that comes after the work finished proves less, so rounds go on until eight kills.
    std::uniform_int_distribution<int> delay(0, fullUs * 3 / 4);
    int kills = 0;
    for (int round = 0; kills < 8 && round < 40; ++round) {
        const QString dir = scratch.filePath(QStringLiteral("round%1").arg(round));
        copyFolder(start, dir);
        const int steps = runAndKill(inChild(dir), delay(rng));
        auto v = reopen(dir);
        checkIntegrity(v->database());
        if (steps >= 0) {
            ++kills;
            afterKill(*v, steps);
        }
        work(*v, [] {});
        CHECK(digest(*v, tables) == uninterrupted);
    }
    CHECK(kills == 8);
}

} // namespace

TEST_CASE("Visits saved while the process is killed at random moments are all there, and finishing them gives "
          "the uninterrupted result",
          "[crash]")
{
    auto t = test::makeVault(vault::Role::Village, kVillage);
    QStringList children;
    {
        model::RecordStore records(t->vault->database(), t->vault->userId(), kVillage);
        // Eight-year-olds, so that the questions test::answerEverything answers are all that is asked.
        for (int i = 0; i < 16; ++i)
            children << test::addChild(records, QStringLiteral("儿童%1").arg(i), i % 2 ? "male" : "female",
                                       QDate(2017, 6 + i % 6, 1 + i % 27))
                            .id;
    }
    const QString start = t->path();
    t->vault.reset();
    killAtRandomMoments(
        start, [&](vault::Vault& v, const std::function<void()>& done) { visitEveryChild(v, children, done); },
        {{"households", "id"}, {"persons", "id"}, {"children", "id"}, {"visits", "child_id, status, version"}},
        [&](vault::Vault& v) { CHECK(submittedVisits(v.database()) == children.size()); },
        // Every visit the process reported submitted survived the kill: between two answers,
        // inside a submit, between a submit and the next draft.
        [&](vault::Vault& v, int steps) { CHECK(submittedVisits(v.database()) >= steps); });
}

TEST_CASE("Bundles imported while the process is killed at random moments are whole or absent, and importing "
          "them again gives the uninterrupted result",
          "[crash]")
{
    auto village = test::makeVault(vault::Role::Village, kVillage);
    auto township = test::makeVault(vault::Role::Township, kVillage.left(9));
    test::enrollEachOther(*village->vault, *township->vault);
    test::generateDemo(*village->vault, 12, 7);
    QTemporaryDir usb;
    sync::Outbox outbox(*village->vault);
    outbox.setMaxEventsPerBundle(40);
    const QStringList paths = outbox.exportTo(usb.path());
    REQUIRE(paths.size() > 5);
    QList<QByteArray> bundles;
    for (const QString& p : paths)
        bundles << sync::Bundle::readFile(p);
    const QString villageDevice = sync::DeviceIdentity::ensure(village->vault->database()).deviceId;

    const QString start = township->path();
    township->vault.reset();
    killAtRandomMoments(
        start,
        [&](vault::Vault& v, const std::function<void()>& done) {
            sync::Inbox inbox(v);
            for (const QByteArray& b : bundles) {
                inbox.import(b);
                done();
            }
        },
        {{"households", "id"}, {"persons", "id"}, {"children", "id"}, {"visits", "id"}, {"referrals", "id"},
         {"events", "origin_device, seq"}},
        [&](vault::Vault& v) {
            qint64 last = 0;
            for (const QByteArray& b : bundles)
                last = std::max(last, sync::Bundle::peekHeader(b).lastSequence);
            CHECK(sync::EventLog::lastSequence(v.database(), villageDevice) == last);
        },
        [&](vault::Vault& v, int steps) {
            // Each bundle is one transaction: the stream holds every event of the bundles
            // reported imported, and never part of a bundle.
            const qint64 have = sync::EventLog::lastSequence(v.database(), villageDevice);
            const qint64 reported = steps > 0 ? sync::Bundle::peekHeader(bundles.at(steps - 1)).lastSequence : 0;
            CHECK(have >= reported);
            bool atBoundary = have == 0;
            for (const QByteArray& b : bundles)
                atBoundary = atBoundary || sync::Bundle::peekHeader(b).lastSequence == have;
            CHECK(atBoundary);
        });
}

TEST_CASE("A backup killed at random moments leaves the vault intact and either no backup or a whole one",
          "[crash]")
{
    auto t = test::makeVault(vault::Role::Village, kVillage);
    test::generateDemo(*t->vault, 30, 11);
    const std::vector<std::pair<const char*, const char*>> tables{
        {"households", "id"}, {"persons", "id"}, {"children", "id"}, {"visits", "id"}, {"events", "origin_device, seq"}};
    const QByteArray before = digest(t->vault->database(), tables);
    const QString dir = t->path();
    t->vault.reset();
    QTemporaryDir stick;
    const QString file = stick.filePath(QStringLiteral("backup.tonghubackup"));

    const auto work = [&](const std::function<void()>& done) {
        auto v = reopen(dir);
        backup::Backup::create(backup::Backup::source(*v), file);
        done();
    };
    const int fullUs = runToEndUs(work);
    auto rng = std::mt19937(Catch::getSeed());
    // A kill that comes after the work finished proves less, so rounds go on until eight kills.
    std::uniform_int_distribution<int> delay(0, fullUs * 3 / 4);
    int kills = 0;
    for (int round = 0; kills < 8 && round < 40; ++round) {
        QFile::remove(file);
        const int steps = runAndKill(work, delay(rng));
        auto v = reopen(dir);
        checkIntegrity(v->database());
        CHECK(digest(v->database(), tables) == before);
        if (steps < 0)
            continue;
        ++kills;
        // The file appears only whole (it is renamed into place), so one that is there opens.
        if (QFileInfo::exists(file)) {
            const backup::BackupReport r =
                backup::Backup::verify(file, backup::BackupSecret::passphrase(test::secret(test::kPassphrase)));
            CHECK(r.children == 30);
        }
    }
    CHECK(kills == 8);

    // An uninterrupted backup afterwards restores to the same records.
    {
        auto v = reopen(dir);
        backup::Backup::create(backup::Backup::source(*v), file);
    }
    const QString restored = stick.filePath(QStringLiteral("restored"));
    backup::Backup::restore(file, restored, backup::BackupSecret::passphrase(test::secret(test::kPassphrase)));
    CHECK(digest(reopen(restored)->database(), tables) == before);
}
