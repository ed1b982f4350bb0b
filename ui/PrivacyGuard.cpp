// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PrivacyGuard.h"

#include "core/util/Error.h"
#include "core/vault/IdleLockSetting.h"
#include "ui/AuditLogDialog.h"
#include "ui/ChildListModel.h"
#include "ui/IdleLock.h"
#include "ui/SettingsDialog.h"
#include "ui/SuspendWatcher.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

namespace tonghu::ui {

PrivacyGuard::PrivacyGuard(vault::Vault& vault, ChildListModel* children, QTableView* childrenView, QWidget* window)
    : QObject(window), m_vault(vault), m_children(children), m_childrenView(childrenView), m_window(window)
{
    int seconds = vault::IdleLockSetting::kDefaultSeconds;
    try {
        seconds = vault::IdleLockSetting::seconds(m_vault.database());
    } catch (const Error&) {
        // Unreadable: the default still locks.
    }
    m_idle = new IdleLock(seconds, this);
    m_suspend = new SuspendWatcher(this);
    connect(m_idle, &IdleLock::idle, this, [this] { emit lockRequested(vault::Vault::LockReason::Idle); });
    connect(m_suspend, &SuspendWatcher::suspending, this,
            [this] { emit lockRequested(vault::Vault::LockReason::Suspend); });

    m_showId = new QAction(this);
    m_showId->setObjectName(QStringLiteral("showIdNumberAction"));
    m_childrenView->addAction(m_showId);
    m_childrenView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_showId, &QAction::triggered, this, &PrivacyGuard::showSelectedIdNumber);
    m_settings = new QAction(this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    connect(m_settings, &QAction::triggered, this, &PrivacyGuard::showSettings);
    m_auditLog = new QAction(this);
    m_auditLog->setObjectName(QStringLiteral("auditLogAction"));
    connect(m_auditLog, &QAction::triggered, this, &PrivacyGuard::showAuditLog);
    retranslate();
}

void PrivacyGuard::retranslate()
{
    m_showId->setText(tr("Show ID &number"));
    m_showId->setToolTip(tr("Show the selected child's ID number in full. This is written to the audit log."));
    m_settings->setText(tr("Se&ttings…"));
    m_settings->setToolTip(tr("How long Tonghu waits without use before it locks"));
    m_auditLog->setText(tr("&Audit log…"));
    m_auditLog->setToolTip(tr("Who opened, printed, exported or deleted which record, and whether the log is intact"));
}

void PrivacyGuard::showSelectedIdNumber()
{
    const auto rows = m_childrenView->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_children->revealIdNumber(rows.first().row());
}

void PrivacyGuard::showSettings()
{
    SettingsDialog dialog(m_vault.database(), m_vault.userId(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_idle->setSeconds(dialog.idleLockSeconds());
}

void PrivacyGuard::showAuditLog()
{
    AuditLogDialog dialog(m_vault.database(), m_window);
    dialog.exec();
}

} // namespace tonghu::ui
