// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AuditLogModel.h"

#include <QLocale>

#include <algorithm>

namespace tonghu::ui {

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setEntries(QList<audit::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    // The newest first: what someone checks is usually what happened last.
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == UserColumn)
        return e.userId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return e.seq;
    case TimeColumn:
        return QLocale::c().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return e.userName.isEmpty() ? e.userId : e.userName;
    case ActionColumn:
        return e.action;
    case RecordColumn:
        return (e.entity + QLatin1Char(' ') + e.entityId).trimmed();
    case DetailColumn:
        return e.detail;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace tonghu::ui
