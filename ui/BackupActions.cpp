// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BackupActions.h"

#include "core/backup/Backup.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "ui/BackgroundTask.h"
#include "ui/BackupSecretDialog.h"
#include "ui/FileDialog.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include <atomic>

namespace tonghu::ui {

// What a task on the worker needs beyond its own arguments, held by the worker itself: the
// cancel flag, and an object on the UI thread to post progress to that lives as long as it does.
struct BackupActions::Run
{
    std::atomic<bool> cancel{false};
    std::unique_ptr<QObject> relay = std::make_unique<QObject>();
};

namespace {

QString filter() { return BackupActions::tr("Tonghu backups (*.%1)").arg(QLatin1String(backup::Backup::kSuffix)); }

QString countsText(const backup::BackupReport& r)
{
    const QLocale locale;
    return BackupActions::tr("Children: %1\nHouseholds: %2\nVisits: %3\nChanges recorded for sync: %4\nSchema "
                             "version: %5")
        .arg(locale.toString(r.children), locale.toString(r.households), locale.toString(r.visits),
             locale.toString(r.events))
        .arg(r.schemaVersion);
}

QString madeOn(const backup::BackupReport& r)
{
    const QDateTime at = QDateTime::fromString(r.header.createdAt, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : r.header.createdAt;
}

} // namespace

BackupActions::BackupActions(vault::Vault& vault, QWidget* window) : QObject(window), m_vault(vault), m_window(window)
{
    const auto make = [this](const char* name) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    m_backUp = make("backUpAction");
    m_check = make("checkBackupAction");
    m_restore = make("restoreBackupAction");
    connect(m_backUp, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_check, &QAction::triggered, this, &BackupActions::checkBackup);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restoreBackup);
    retranslate();
}

BackupActions::~BackupActions()
{
    // The progress dialog is the window's child and goes with it.
    if (m_run)
        m_run->cancel = true;
}

void BackupActions::closeProgress()
{
    // Later, not now: a modal QProgressDialog runs the event loop inside setValue(), which is
    // where the end of the task may be delivered.
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_progress = nullptr;
}

void BackupActions::retranslate()
{
    m_backUp->setText(tr("&Back up…"));
    m_backUp->setToolTip(tr("Write one encrypted file with all the records, to keep on a USB stick"));
    m_check->setText(tr("Chec&k a backup…"));
    m_check->setToolTip(tr("See whether a backup file is whole and opens with its passphrase"));
    m_restore->setText(tr("&Restore from a backup…"));
    m_restore->setToolTip(tr("Put the records of a backup file into a new folder"));
}

QProgressDialog* BackupActions::makeProgressDialog(const QString& label, bool cancellable)
{
    auto* dialog = new QProgressDialog(label, cancellable ? tr("Cancel") : QString(), 0, cancellable ? 100 : 0, m_window);
    dialog->setObjectName(QStringLiteral("backupProgressDialog"));
    dialog->setWindowTitle(tr("Backup"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    if (!cancellable)
        dialog->setCancelButton(nullptr);
    dialog->setValue(0);
    dialog->show();
    m_progress = dialog;
    return dialog;
}

void BackupActions::showFailure(const QString& title, const QString& message)
{
    emit finished(false, message);
    QMessageBox::warning(m_window, title, message);
}

void BackupActions::backUp()
{
    if (m_run)
        return;
    const QString suggested = backup::Backup::suggestedFileName(vault::roleCode(m_vault.role()), m_vault.placeCode(),
                                                                QDate::currentDate());
    QString path = FileDialog::saveFileName(m_window, tr("Back up the records"), suggested, filter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix() != QLatin1String(backup::Backup::kSuffix))
        path += QLatin1Char('.') + QLatin1String(backup::Backup::kSuffix);
    backup::BackupSource source;
    try {
        source = backup::Backup::source(m_vault);
    } catch (const Error& e) {
        showFailure(tr("Back up"), e.message());
        return;
    }
    auto run = std::make_shared<Run>();
    m_run = run;
    QProgressDialog* dialog = makeProgressDialog(tr("Backing up the records…"), true);
    connect(dialog, &QProgressDialog::canceled, this, [run] { run->cancel = true; });
    const QPointer<BackupActions> self(this);
    runInBackground(
        this,
        [run, self, path, source = std::move(source)]() mutable {
            return backup::Backup::create(std::move(source), path, [run, self](int percent) {
                // Called on the worker: the dialog is moved on the UI thread, while it is there.
                QMetaObject::invokeMethod(
                    run->relay.get(),
                    [self, percent] {
                        if (self && self->m_progress)
                            self->m_progress->setValue(percent);
                    },
                    Qt::QueuedConnection);
                return !run->cancel.load();
            });
        },
        [this](TaskResult<backup::BackupReport> result) {
            m_run.reset();
            closeProgress();
            if (result.error) {
                if (result.error->kind() == Error::Kind::Cancelled) {
                    emit finished(false, result.error->message());
                    return;
                }
                showFailure(tr("Back up"), result.error->message());
                return;
            }
            emit finished(true, tr("The backup was written: %1 children, %2 visits.")
                                    .arg(result.value->children)
                                    .arg(result.value->visits));
        });
}

void BackupActions::checkBackup()
{
    if (m_run)
        return;
    const QString file = FileDialog::openFileNames(m_window, tr("Check a backup"), filter()).value(0);
    if (!file.isEmpty())
        check(file);
}

void BackupActions::check(const QString& file)
{
    if (m_run)
        return;
    BackupSecretDialog ask(tr("Check a backup"),
                           tr("Checking opens the backup in a private temporary folder, reads every page and "
                              "removes the copy again. Nothing is changed."),
                           m_window);
    if (ask.exec() != QDialog::Accepted)
        return;
    auto secret = std::make_shared<backup::BackupSecret>(ask.takeSecret());
    m_run = std::make_shared<Run>();
    makeProgressDialog(tr("Checking the backup…"), false);
    runInBackground(
        this, [file, secret] { return backup::Backup::verify(file, *secret); },
        [this](TaskResult<backup::BackupReport> result) {
            m_run.reset();
            closeProgress();
            if (result.error) {
                showFailure(tr("Check a backup"), result.error->message());
                return;
            }
            const QString text = tr("The backup is whole and opens. It was made on %1 for place %2.")
                                     .arg(madeOn(*result.value), result.value->header.placeCode);
            emit finished(true, text);
            QMessageBox::information(m_window, tr("Check a backup"), text + QStringLiteral("\n\n") + countsText(*result.value));
        });
}

void BackupActions::restoreBackup()
{
    if (m_run)
        return;
    const QString file = FileDialog::openFileNames(m_window, tr("Restore from a backup"), filter()).value(0);
    if (!file.isEmpty())
        restoreFrom(file);
}

void BackupActions::restoreFrom(const QString& file)
{
    if (m_run)
        return;
    const QString dir = FileDialog::existingDirectory(m_window, tr("Choose a new, empty folder for the restored vault"), {});
    if (dir.isEmpty())
        return;
    // The open vault cannot be replaced under the window that uses it.
    if (QFileInfo(dir).canonicalFilePath() == QFileInfo(m_vault.directory()).canonicalFilePath()) {
        showFailure(tr("Restore from a backup"),
                    tr("This is the folder of the vault that is open now, and it cannot be replaced while it is "
                       "open. Choose another folder."));
        return;
    }
    bool overwrite = false;
    if (vault::Vault::exists(dir)) {
        QMessageBox confirm(QMessageBox::Warning, tr("Restore from a backup"),
                            tr("The folder %1 already holds a vault. Restoring replaces that vault and every record in "
                               "it with the records of the backup. The vault now there is kept until the backup has "
                               "been restored and checked, and deleted then.")
                                .arg(QDir::toNativeSeparators(dir)),
                            QMessageBox::Cancel, m_window);
        confirm.setObjectName(QStringLiteral("replaceVaultMessageBox"));
        QPushButton* replace = confirm.addButton(tr("&Replace that vault"), QMessageBox::DestructiveRole);
        replace->setObjectName(QStringLiteral("replaceVaultButton"));
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != replace)
            return;
        overwrite = true;
    }
    try {
        backup::Backup::checkRestoreTarget(dir, overwrite);
    } catch (const Error& e) {
        showFailure(tr("Restore from a backup"), e.message());
        return;
    }
    BackupSecretDialog ask(tr("Restore from a backup"),
                           tr("The restored vault opens with the same passphrases and recovery code as the vault "
                              "that was backed up."),
                           m_window);
    if (ask.exec() != QDialog::Accepted)
        return;
    auto secret = std::make_shared<backup::BackupSecret>(ask.takeSecret());
    m_run = std::make_shared<Run>();
    makeProgressDialog(tr("Restoring the backup…"), false);
    runInBackground(
        this, [file, dir, secret, overwrite] { return backup::Backup::restore(file, dir, *secret, overwrite); },
        [this, dir](TaskResult<backup::BackupReport> result) {
            m_run.reset();
            closeProgress();
            if (result.error) {
                showFailure(tr("Restore from a backup"), result.error->message());
                return;
            }
            const QString text = tr("The backup made on %1 was restored into %2. To work with it, start Tonghu with "
                                    "that folder: tonghu --vault \"%2\"")
                                     .arg(madeOn(*result.value), QDir::toNativeSeparators(dir));
            emit finished(true, text);
            QMessageBox::information(m_window, tr("Restore from a backup"),
                                     text + QStringLiteral("\n\n") + countsText(*result.value));
        });
}

} // namespace tonghu::ui
