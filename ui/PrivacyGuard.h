// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QObject>

class QAction;
class QTableView;
class QWidget;

namespace tonghu::ui {

class ChildListModel;
class IdleLock;
class SuspendWatcher;

// What the main window does to keep the records private while it is open, kept out of the
// window's own file: it asks to lock after the idle time stored in the vault and before the
// computer sleeps, shows one masked ID number of the child list on request, and opens the
// settings and the audit log.
class PrivacyGuard final : public QObject
{
    Q_OBJECT
public:
    PrivacyGuard(vault::Vault& vault, ChildListModel* children, QTableView* childrenView, QWidget* window);

    IdleLock* idleLock() const { return m_idle; }
    SuspendWatcher* suspendWatcher() const { return m_suspend; }
    QAction* showIdNumberAction() const { return m_showId; }
    QAction* settingsAction() const { return m_settings; }
    QAction* auditLogAction() const { return m_auditLog; }

    void showSettings();
    void showAuditLog();
    // Reveals the ID number of the child selected in the list.
    void showSelectedIdNumber();
    void retranslate();

signals:
    void lockRequested(vault::Vault::LockReason reason);

private:
    vault::Vault& m_vault;
    ChildListModel* m_children;
    QTableView* m_childrenView;
    QWidget* m_window;
    IdleLock* m_idle = nullptr;
    SuspendWatcher* m_suspend = nullptr;
    QAction* m_showId = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_auditLog = nullptr;
};

} // namespace tonghu::ui
