// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReviewQueueModel.h"

#include "core/rules/CountyRulebook.h"
#include "ui/FindingLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tonghu::ui {

ReviewQueueModel::ReviewQueueModel(model::ReviewQueue& queue, storage::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_queue(queue), m_db(db)
{
}

void ReviewQueueModel::reload(const model::ReviewQueueFilter& filter)
{
    // With the county's latest settings: a sync may have brought new ones.
    QList<model::ReviewQueueItem> items = m_queue.pending(rules::CountyRulebook::current(m_db), filter);
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ReviewQueueModel::rowOf(const QString& visitId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).visitId == visitId)
            return row;
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReviewQueueModel::severityText(const QString& severity)
{
    if (model::ReviewQueue::severityRank(severity) == 0)
        return tr("none");
    return FindingLabels::severity(severity);
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const model::ReviewQueueItem& item = m_items.at(index.row());
    const bool urgent = model::ReviewQueue::severityRank(item.severity) >= 3;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RiskColumn:
            return severityText(item.severity);
        case ChildColumn:
            return item.childName;
        case VillageColumn:
            return item.villageName.isEmpty()
                       ? item.villageCode
                       : tr("%1 (%2)").arg(item.villageName, item.villageCode.right(3));
        case VisitDateColumn:
            return item.visitDate.toString(Qt::ISODate);
        case SubmittedColumn:
            return item.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case DirectorColumn:
            return item.authorName;
        case VersionColumn:
            // A corrected visit says why at once: often it answers a return.
            return item.version > 1 ? tr("%1 — corrected: %2").arg(item.version).arg(item.correctionReason)
                                    : QString::number(item.version);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VillageColumn)
            return item.villageCode;
        if (index.column() == VersionColumn && item.version > 1)
            return item.correctionReason;
        return {};
    case Qt::ForegroundRole:
        if (urgent)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (urgent) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case VisitIdRole:
        return item.visitId;
    case ChildIdRole:
        return item.childId;
    case SeverityRole:
        return item.severity;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RiskColumn:
        return tr("Risk");
    case ChildColumn:
        return tr("Child");
    case VillageColumn:
        return tr("Village");
    case VisitDateColumn:
        return tr("Visit date");
    case SubmittedColumn:
        return tr("Submitted");
    case DirectorColumn:
        return tr("Child director");
    case VersionColumn:
        return tr("Version");
    }
    return {};
}

} // namespace tonghu::ui
