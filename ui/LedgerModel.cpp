// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LedgerModel.h"

namespace tonghu::ui {

LedgerModel::LedgerModel(QObject* parent) : QAbstractTableModel(parent), m_columns(reports::Ledger::columns()) {}

int LedgerModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }

int LedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    if (role == ChildIdRole)
        return line.childId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() >= line.cells.size())
        return {};
    const reports::Cell& cell = line.cells.at(index.column());
    if (const auto* text = std::get_if<QString>(&cell))
        return *text;
    if (const auto* day = std::get_if<QDate>(&cell))
        return day->toString(Qt::ISODate);
    if (const auto* number = std::get_if<double>(&cell))
        return *number;
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LedgerModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

void LedgerModel::append(const QList<reports::LedgerRow>& rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + rows.size() - 1));
    for (const reports::LedgerRow& r : rows)
        m_lines.append({r.childId, reports::Ledger::cells(r)});
    endInsertRows();
}

QString LedgerModel::childId(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).childId : QString();
}

void LedgerModel::retranslate()
{
    m_columns = reports::Ledger::columns();
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

} // namespace tonghu::ui
