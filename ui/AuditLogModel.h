// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>

namespace tonghu::ui {

// Entries of the audit log, newest first, one row each.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, UserColumn, ActionColumn, RecordColumn, DetailColumn, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);
    void setEntries(QList<audit::AuditEntry> entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<audit::AuditEntry> m_entries;
};

} // namespace tonghu::ui
