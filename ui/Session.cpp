// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Session.h"

#include "core/vault/Vault.h"
#include "ui/MainWindow.h"
#include "ui/SetupWizard.h"
#include "ui/UnlockDialog.h"

namespace tonghu::ui {

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
    // Destroying the window closes the database and wipes the key before anyone can type.
    m_locking = true;
    delete m_window.data();
    m_locking = false;
    if (!unlock())
        emit finished();
}

} // namespace tonghu::ui
