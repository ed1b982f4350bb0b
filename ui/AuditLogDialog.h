// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace tonghu::storage {
class Database;
}

namespace tonghu::ui {

class EmptyListMessage;

class AuditLogModel;

// The audit log to read: whether its chain is intact, and its entries filtered by day, action and
// user. Entries name records by id only, so the window shows no personal data.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
public:
    // The newest this many matching entries are shown; older ones through `tonghu-cli audit list`.
    static constexpr int kShown = 5000;

    AuditLogDialog(storage::Database& db, QWidget* parent = nullptr);
    AuditLogModel* model() const { return m_model; }
    void reload();

private:
    storage::Database& m_db;
    QLabel* m_verify = nullptr;
    QDateEdit* m_since = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_user = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    AuditLogModel* m_model = nullptr;
    EmptyListMessage* m_empty = nullptr;
};

} // namespace tonghu::ui
