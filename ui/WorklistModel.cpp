// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WorklistModel.h"

#include "ui/FindingLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tonghu::ui {

WorklistModel::WorklistModel(storage::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

void WorklistModel::reload(const QDate& today)
{
    QList<model::WorklistItem> items = model::Worklist::build(m_db, today);
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorklistModel::kindText(model::WorklistItem::Kind kind)
{
    using K = model::WorklistItem::Kind;
    switch (kind) {
    case K::OpenRisk:
        return tr("Risk needing action");
    case K::VisitOverdue:
        return tr("Visit overdue");
    case K::ReferralOverdue:
        return tr("Referral overdue");
    case K::Draft:
        return tr("Visit not submitted");
    case K::VisitDue:
        return tr("Visit due");
    case K::NeverVisited:
        return tr("Never visited");
    case K::Returned:
        return tr("Visit returned");
    }
    return {};
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const model::WorklistItem& item = m_items.at(index.row());
    const bool returned = item.kind == model::WorklistItem::Kind::Returned;
    const bool urgent = item.kind == model::WorklistItem::Kind::OpenRisk
                        && (item.severity == QLatin1String("critical") || item.severity == QLatin1String("high"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(item.kind);
        case ChildColumn:
            return item.childName;
        case DateColumn:
            return item.date.isValid() ? item.date.toString(Qt::ISODate) : QString();
        case DetailColumn:
            // A draft's detail is its visit id, which means nothing to a person.
            if (item.kind == model::WorklistItem::Kind::Draft)
                return tr("Continue the visit");
            if (returned)
                return item.draftId.isEmpty()
                           ? tr("Returned by the township: %1").arg(item.detail)
                           : tr("Returned by the township: %1 — correction started, submit it").arg(item.detail);
            // A risk says what has been done about it: the next step is a referral if none is made.
            if (item.kind == model::WorklistItem::Kind::OpenRisk)
                return item.referralStatus.isEmpty()
                           ? tr("%1 [%2] — not referred yet").arg(item.detail, FindingLabels::severity(item.severity))
                           : tr("%1 [%2] — referral %3")
                                 .arg(item.detail, FindingLabels::severity(item.severity),
                                      FindingLabels::referralStatus(item.referralStatus));
            return item.detail;
        }
        return {};
    case Qt::ForegroundRole:
        if (urgent)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (returned && index.column() == DetailColumn)
            return item.detail; // a long comment is cut off in the row
        return {};
    case Qt::FontRole:
        if (urgent || returned) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ChildIdRole:
        return item.childId;
    case KindRole:
        return int(item.kind);
    case RefIdRole:
        return item.refId;
    case SeverityRole:
        return item.severity;
    case DraftIdRole:
        return item.draftId;
    case DetailRole:
        return item.detail;
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("What");
    case ChildColumn:
        return tr("Child");
    case DateColumn:
        return tr("Date");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace tonghu::ui
