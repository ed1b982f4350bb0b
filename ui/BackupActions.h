// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QProgressDialog;
class QWidget;

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

// Records → Back up…, Check a backup… and Restore from a backup…, kept out of the main window's
// file. Each runs its work off the UI thread: the backup on a connection of its own, with a
// progress dialog whose Cancel leaves no file; checking and restoring behind a busy dialog, as
// they spend a second on Argon2id and then read every page. Destroying this object (the vault
// locks) cancels a backup in flight and drops any result: nothing touches the closed vault.
class BackupActions final : public QObject
{
    Q_OBJECT
public:
    BackupActions(vault::Vault& vault, QWidget* window);
    ~BackupActions() override;

    QAction* backUpAction() const { return m_backUp; }
    QAction* checkAction() const { return m_check; }
    QAction* restoreAction() const { return m_restore; }
    bool isRunning() const { return m_run != nullptr; }

    void backUp();
    // Ask for the backup file, then go on as check() and restoreFrom() do.
    void checkBackup();
    void restoreBackup();
    // Asks for the secret and checks `file`.
    void check(const QString& file);
    // Asks for the folder (and a confirmation when it holds a vault) and the secret, and restores.
    void restoreFrom(const QString& file);
    void retranslate();

signals:
    // After each task, for the status bar; `ok` is false for a failure or a cancel.
    void finished(bool ok, const QString& message);

private:
    struct Run;
    void showFailure(const QString& title, const QString& message);
    void closeProgress();
    QProgressDialog* makeProgressDialog(const QString& label, bool cancellable);

    vault::Vault& m_vault;
    QWidget* m_window;
    QAction* m_backUp = nullptr;
    QAction* m_check = nullptr;
    QAction* m_restore = nullptr;
    std::shared_ptr<Run> m_run;
    QPointer<QProgressDialog> m_progress;
};

} // namespace tonghu::ui
