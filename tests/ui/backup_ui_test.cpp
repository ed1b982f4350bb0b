// SPDX-License-Identifier: GPL-3.0-or-later
// Records → Back up…, Check a backup… and Restore from a backup… on the offscreen platform,
// with real vault files: the file chooser is answered in advance, the dialogs are driven.
#include "core/audit/AuditLog.h"
#include "core/backup/Backup.h"
#include "core/model/RecordStore.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/BackupActions.h"
#include "ui/BackupSecretDialog.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace tonghu;

namespace {

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

// Types the passphrase into the secret dialog once it is up, and presses OK.
void answerSecret(const char* passphrase)
{
    QTimer::singleShot(0, [passphrase] {
        auto* dialog = qobject_cast<ui::BackupSecretDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->setText(QString::fromUtf8(passphrase));
        dialog->accept();
    });
}

// Answers every message box that comes up while it lives, from a timer, which also fires inside the
// box's own event loop; keeps their texts.
class MessageBoxAnswerer
{
public:
    explicit MessageBoxAnswerer(bool accept = true)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, accept] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                texts << box->text();
                accept ? box->accept() : box->reject();
            }
        });
        m_timer.start(20);
    }
    QStringList texts;

private:
    QTimer m_timer;
};

} // namespace

TEST_CASE("Back up… writes a backup file that opens, under a name without personal data", "[ui][backup]")
{
    auto t = test::makeVault();
    {
        model::RecordStore records(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        test::addChild(records, QStringLiteral("测试备份"), "female", QDate(2014, 6, 1));
    }
    ui::MainWindow window(std::move(t->vault));
    window.show();
    ui::BackupActions* backup = window.backupActions();
    REQUIRE(backup);
    auto* menu = test::find<QMenu>(&window, "fileMenu");
    CHECK(menu->actions().contains(backup->backUpAction()));
    CHECK(menu->actions().contains(backup->checkAction()));
    CHECK(menu->actions().contains(backup->restoreAction()));

    QTemporaryDir out;
    QSignalSpy finished(backup, &ui::BackupActions::finished);
    const QString suggested = backup::Backup::suggestedFileName(QStringLiteral("village"), window.vault().placeCode(),
                                                                QDate::currentDate());
    // The user keeps the suggested name and only picks the folder.
    ui::FileDialog::setNextFileName(out.filePath(suggested.chopped(int(qstrlen(backup::Backup::kSuffix)) + 1)));
    backup->backUpAction()->trigger();
    REQUIRE(test::waitUntil([&] { return !finished.isEmpty(); }, 60000));
    CHECK(finished.first().at(0).toBool());
    CHECK(!backup->isRunning());
    const auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("backupProgressDialog"));
    CHECK((progress == nullptr || !progress->isVisible()));
    CHECK(entriesOf(out.path()) == QStringList{suggested});
    CHECK(window.statusBar()->currentMessage() == finished.first().at(1).toString());

    const QString file = out.filePath(suggested);
    const backup::BackupReport report = backup::Backup::verify(file, backup::BackupSecret::passphrase(test::secret(test::kPassphrase)));
    CHECK(report.children == 1);
    CHECK(test::filesContaining(out.path(), QStringLiteral("测试备份")).isEmpty());
    CHECK(audit::AuditLog::list(window.vault().database(), {.action = QStringLiteral("export.backup")}).size() == 1);

    INFO("a chooser cancelled writes nothing");
    finished.clear();
    ui::FileDialog::setNextFileName(QString());
    backup->backUpAction()->trigger();
    CHECK(finished.isEmpty());
    CHECK(entriesOf(out.path()) == QStringList{suggested});

    INFO("Check a backup… reports that it opens");
    ui::FileDialog::setNextFileNames({file});
    answerSecret(test::kPassphrase);
    MessageBoxAnswerer boxes;
    backup->checkAction()->trigger();
    REQUIRE(test::waitUntil([&] { return !boxes.texts.isEmpty(); }, 60000));
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().at(0).toBool());
    CHECK(boxes.texts.first().contains(QLatin1String("opens")));
    CHECK(finished.first().at(1).toString().contains(window.vault().placeCode()));
}

TEST_CASE("Restore from a backup… asks before it replaces a vault, and restores into the chosen folder", "[ui][backup]")
{
    auto source = test::makeVault();
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("b.tonghubackup"));
    backup::Backup::create(backup::Backup::source(*source->vault), file);

    auto other = test::makeVault(vault::Role::Village, QStringLiteral("620423101202"));
    const QString occupied = other->path();
    other->vault.reset();

    ui::MainWindow window(std::move(source->vault));
    window.show();
    ui::BackupActions* backup = window.backupActions();
    QSignalSpy finished(backup, &ui::BackupActions::finished);

    SECTION("declining the replacement changes nothing")
    {
        ui::FileDialog::setNextFileName(occupied);
        MessageBoxAnswerer boxes(false);
        backup->restoreFrom(file);
        REQUIRE(boxes.texts.size() == 1);
        CHECK(boxes.texts.first().contains(QDir::toNativeSeparators(occupied)));
        CHECK(finished.isEmpty());
        CHECK(vault::Vault::unlock(occupied, test::secret(test::kPassphrase))->placeCode() ==
              QLatin1String("620423101202"));
    }
    SECTION("a new folder is restored into after the passphrase is given")
    {
        QTemporaryDir target;
        const QString dir = target.filePath(QStringLiteral("restored"));
        QDir().mkpath(dir);
        ui::FileDialog::setNextFileName(dir);
        answerSecret(test::kPassphrase);
        MessageBoxAnswerer boxes;
        backup->restoreFrom(file);
        REQUIRE(test::waitUntil([&] { return !boxes.texts.isEmpty(); }, 60000));
        REQUIRE(finished.size() == 1);
        INFO(finished.first().at(1).toString().toStdString());
        CHECK(finished.first().at(0).toBool());
        auto restored = vault::Vault::unlock(dir, test::secret(test::kPassphrase));
        CHECK(restored->placeCode() == QLatin1String("620423101201"));
    }
    SECTION("the open vault's own folder is refused")
    {
        ui::FileDialog::setNextFileName(window.vault().directory());
        MessageBoxAnswerer boxes;
        backup->restoreFrom(file);
        REQUIRE(boxes.texts.size() == 1);
        CHECK(boxes.texts.first().contains(QLatin1String("open now")));
        CHECK(!finished.isEmpty());
        CHECK_FALSE(finished.first().at(0).toBool());
    }
}
