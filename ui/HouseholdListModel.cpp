// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HouseholdListModel.h"

#include "core/model/RecordStore.h"
#include "core/model/Vocabulary.h"
#include "core/util/Error.h"

namespace tonghu::ui {

HouseholdListModel::HouseholdListModel(model::RecordStore& store, QObject* parent)
    : PagedTableModel(parent), m_store(store)
{
    // Child counts and contact names change with children and members too.
    connect(&m_store, &model::RecordStore::householdsChanged, this, &HouseholdListModel::reload);
    connect(&m_store, &model::RecordStore::childrenChanged, this, &HouseholdListModel::reload);
    connect(&m_store, &model::RecordStore::personsChanged, this, &HouseholdListModel::reload);
    reload();
}

int HouseholdListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::HouseholdSummary& h = m_rows.at(index.row());
    if (role == IdRole)
        return h.id;
    if (role == Qt::TextAlignmentRole && index.column() == ChildrenColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == AddressColumn)
        return h.address;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AddressColumn:
        return h.address;
    case ContactColumn:
        return h.contactName;
    case PhoneColumn:
        return h.contactPhone;
    case AssistanceColumn:
        return model::Vocabulary::label(model::Vocabulary::assistance(), h.assistance);
    case ChildrenColumn:
        return h.childCount;
    }
    return {};
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case ContactColumn:
        return tr("Contact");
    case PhoneColumn:
        return tr("Phone");
    case AssistanceColumn:
        return tr("Assistance");
    case ChildrenColumn:
        return tr("Children");
    }
    return {};
}

void HouseholdListModel::setQuery(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    reload();
}

void HouseholdListModel::reload()
{
    readFirstPage();
}

QList<model::HouseholdSummary> HouseholdListModel::readPage(const model::HouseholdSummary* after)
{
    return m_store.searchHouseholds(m_query, model::RecordStore::kPageSize, after);
}

void HouseholdListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace tonghu::ui
