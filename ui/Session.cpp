// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Session.h"

#include "core/vault/Vault.h"
#include "ui/MainWindow.h"
#include "ui/SetupWizard.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>

namespace tonghu::ui {

namespace {

// Closes the dialogs and menus open over the window; says whether there were any. Rejected, not
// accepted: nothing half-typed in a record dialog is saved by a lock (a visit's answers already
// are, as they are typed).
bool closeOpenDialogs()
{
    bool any = false;
    // Bounded: a popup that refused to close must not hang the lock.
    for (int i = 0; i < 10 && QApplication::activePopupWidget(); ++i) {
        QApplication::activePopupWidget()->close();
        any = true;
    }
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(w);
        if (dialog && dialog->isVisible() && !qobject_cast<UnlockDialog*>(dialog)) {
            dialog->done(QDialog::Rejected);
            any = true;
        }
    }
    return any;
}

} // namespace

Session::Session(QString vaultDirectory, QObject* parent) : QObject(parent), m_dir(std::move(vaultDirectory))
{
}

Session::~Session()
{
    delete m_window.data();
}

bool Session::start()
{
    if (vault::Vault::exists(m_dir))
        return unlock();
    SetupWizard wizard(m_dir);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    return show(wizard.takeVault());
}

bool Session::unlock()
{
    UnlockDialog dialog(m_dir);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return show(dialog.takeVault());
}

bool Session::show(std::unique_ptr<vault::Vault> vault)
{
    if (!vault)
        return false;
    m_window = new MainWindow(std::move(vault));
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the window must not be destroyed inside the action that asked for the lock.
    connect(m_window, &MainWindow::lockRequested, this, &Session::lock, Qt::QueuedConnection);
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_locking)
            emit finished();
    });
    m_window->show();
    return true;
}

void Session::lock()
{
    // Idle and suspend can both ask; once the window is gone the lock is done.
    if (!m_window || m_locking)
        return;
    // A modal dialog runs its event loop inside a call of the window's (openChildFile, say), so
    // the window can go only once every such call has returned. Closing the dialogs ends their
    // loops; the lock comes back here from the loop outside them.
    if (closeOpenDialogs()) {
        QTimer::singleShot(0, this, &Session::lock);
        return;
    }
    // Destroying the window closes the database and wipes the key before anyone can type.
    m_locking = true;
    delete m_window.data();
    m_locking = false;
    if (!unlock())
        emit finished();
}

} // namespace tonghu::ui
