// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Worklist.h"

#include <QAbstractTableModel>

namespace tonghu::ui {

// The worklist (core/model/Worklist.h) as a table, most urgent first. It holds a copy: reload()
// builds it again from the database.
class WorklistModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, ChildColumn, DateColumn, DetailColumn, ColumnCount };
    enum Role { ChildIdRole = Qt::UserRole + 1, KindRole, RefIdRole, SeverityRole, DraftIdRole, DetailRole };

    explicit WorklistModel(storage::Database& db, QObject* parent = nullptr);

    // Throws tonghu::Error when the database cannot be read.
    void reload(const QDate& today = QDate::currentDate());
    const QList<model::WorklistItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(model::WorklistItem::Kind kind);

private:
    storage::Database& m_db;
    QList<model::WorklistItem> m_items;
};

} // namespace tonghu::ui
