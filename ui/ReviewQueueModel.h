// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ReviewQueue.h"

#include <QAbstractTableModel>

namespace tonghu::ui {

// The township's review queue (core/model/ReviewQueue.h) as a table, critical and high risks
// first. It holds a copy: reload() reads the queue again with the filter.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RiskColumn,
        ChildColumn,
        VillageColumn,
        VisitDateColumn,
        SubmittedColumn,
        DirectorColumn,
        VersionColumn,
        ColumnCount
    };
    enum Role { VisitIdRole = Qt::UserRole + 1, ChildIdRole, SeverityRole };

    ReviewQueueModel(model::ReviewQueue& queue, storage::Database& db, QObject* parent = nullptr);

    // Throws tonghu::Error when the queue cannot be read.
    void reload(const model::ReviewQueueFilter& filter);
    const QList<model::ReviewQueueItem>& items() const { return m_items; }
    // The row of the visit, or -1.
    int rowOf(const QString& visitId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "critical" → the word for it; "none" → "none".
    static QString severityText(const QString& severity);

private:
    model::ReviewQueue& m_queue;
    storage::Database& m_db;
    QList<model::ReviewQueueItem> m_items;
};

} // namespace tonghu::ui
