// SPDX-License-Identifier: GPL-3.0-or-later
// A whole working day in one private folder tree (temporary files, home, settings and cache all
// point into it): a village records a household, a child with an ID number and notes, a photo
// and a visit; exports its bundles to a stick; the township imports them; both take a backup;
// the township exports a ledger. Then every file written anywhere in the tree, and every message
// Qt or Tonghu logged, is searched for the names, numbers and notes used. Only the ledger the
// user exported on purpose may hold them.
#include "core/backup/Backup.h"
#include "core/model/AttachmentStore.h"
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/reports/Ledger.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/sync/Bundle.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/vault/Vault.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace tonghu;

namespace {

QStringList logged;

void keepMessage(QtMsgType, const QMessageLogContext&, const QString& message) { logged << message; }

// Every file and folder under `root`, with its path relative to it.
QStringList pathsUnder(const QString& root)
{
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(root).relativeFilePath(it.next());
    return paths;
}

// Points an environment variable elsewhere for the scope, for the cases run after this one.
struct EnvironmentFor
{
    QByteArray name;
    QByteArray before;
    bool had;
    EnvironmentFor(const char* n, const QString& value) : name(n), before(qgetenv(n)), had(qEnvironmentVariableIsSet(n))
    {
        qputenv(n, QFile::encodeName(value));
    }
    ~EnvironmentFor() { had ? qputenv(name.constData(), before) : qunsetenv(name.constData()); }
};

} // namespace

TEST_CASE("After a whole scenario no file anywhere, no file name and no log line holds a child's data, except "
          "the ledger the user exported",
          "[privacy]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    // Everything a program may write to without being told where.
    for (const char* name : {"tmp", "home", "config", "cache", "data", "runtime"})
        REQUIRE(QDir(root.path()).mkpath(QLatin1String(name)));
    const auto under = [&](const char* name) { return QDir(root.path()).filePath(QLatin1String(name)); };
    const EnvironmentFor tmp("TMPDIR", under("tmp")), home("HOME", under("home")),
        config("XDG_CONFIG_HOME", under("config")), cache("XDG_CACHE_HOME", under("cache")),
        data("XDG_DATA_HOME", under("data")), runtime("XDG_RUNTIME_DIR", under("runtime"));
    REQUIRE(QDir::tempPath() == under("tmp"));
    logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);

    const QString village = QStringLiteral("621126101201");
    const test::SensitiveRecord r = test::sensitiveRecord(village);
    const QString& childName = r.child.name;
    const QString photoText = QStringLiteral("照片内容PHOTO-5521");
    const QString ledgerFile = QDir(under("home")).filePath(QStringLiteral("台账.csv"));
    const auto scan = [&] {
        const QStringList files = test::filesUnder(root.path());
        // Vaults, key slots, bundles and backups were all written here.
        CHECK(std::count_if(files.begin(), files.end(), [](const QString& f) { return f.endsWith(QLatin1String(".tonghub")); }) >= 1);
        CHECK(std::count_if(files.begin(), files.end(), [](const QString& f) { return f.endsWith(QLatin1String("keyslots.json")); }) == 2);
        const QStringList needles = r.needles() + QStringList{photoText};
        const QStringList names = pathsUnder(root.path());
        for (const QString& needle : needles) {
            INFO(needle.toStdString());
            CHECK(test::filesContaining(root.path(), needle).isEmpty());
            CHECK(std::none_of(names.begin(), names.end(), [&](const QString& n) { return n.contains(needle); }));
            CHECK(std::none_of(logged.begin(), logged.end(), [&](const QString& m) { return m.contains(needle); }));
        }
    };
    {
        auto villageVault = test::makeVault(vault::Role::Village, village);
        auto township = test::makeVault(vault::Role::Township, village.left(9));
        REQUIRE(villageVault->path().startsWith(under("tmp")));
        vault::Vault& v = *villageVault->vault;
        vault::Vault& t = *township->vault;
        test::enrollEachOther(v, t);

        model::RecordStore store(v.database(), v.userId(), village);
        const model::Child c = test::addChildWithGuardian(store, r.household, r.guardian, r.child);

        model::VisitStore visits(v.database(), rules::Rulebook::builtin(), rules::Checklist::builtin(), v.userId());
        const model::Visit draft = visits.openDraft(c.id, QDate(2026, 5, 12));
        test::answerEverything(visits, draft.id);
        visits.submit(draft.id);
        model::Attachment photo;
        photo.childId = c.id;
        photo.fileName = childName + QStringLiteral(".jpg");
        photo.mimeType = QStringLiteral("image/jpeg");
        // A JPEG by its first bytes, holding a text the scan can look for.
        model::AttachmentStore(v.database(), v.userId()).add(photo, QByteArray("\xFF\xD8\xFF\xE0") + photoText.toUtf8());

        const QString stick = under("data") + QStringLiteral("/stick");
        const QStringList bundles = sync::Outbox(v).exportTo(stick);
        REQUIRE_FALSE(bundles.isEmpty());
        for (const QString& b : bundles)
            sync::Inbox(t).import(sync::Bundle::readFile(b));
        REQUIRE(reports::Ledger::childCount(t.database(), village.left(9)) == 1);

        backup::Backup::create(backup::Backup::source(v), stick + QStringLiteral("/village.tonghubackup"));
        backup::Backup::create(backup::Backup::source(t), stick + QStringLiteral("/township.tonghubackup"));
        reports::LedgerFilter filter;
        filter.placePrefix = village.left(9);
        reports::LedgerOptions options;
        options.today = QDate(2026, 5, 20);
        REQUIRE(reports::exportLedgerCsv(t.database(), t.userId(), filter, options, ledgerFile) == 1);
        // While the vaults are open their write-ahead logs hold the newest pages: encrypted too.
        for (const QString& needle : {childName, r.child.idNumber, r.child.notes})
            CHECK(test::filesContaining(villageVault->path(), needle).isEmpty());
        REQUIRE(QDir::tempPath() == under("tmp"));

        // The check itself finds what it looks for: the ledger exported on purpose has the name.
        CHECK(test::filesContaining(root.path(), childName) == QStringList{ledgerFile});
        REQUIRE(QFile::remove(ledgerFile));
        // Closed, as at the end of the day; their folders stay until the scan is done.
        villageVault->vault.reset();
        township->vault.reset();
        qInstallMessageHandler(previous);
        scan();
    }
}
