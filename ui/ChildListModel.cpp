// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChildListModel.h"

#include "core/model/Masking.h"
#include "core/model/RecordStore.h"
#include "core/model/Vocabulary.h"
#include "core/util/Error.h"

namespace tonghu::ui {

int ageInYears(const QDate& birth, const QDate& today)
{
    if (!birth.isValid() || !today.isValid() || birth > today)
        return -1;
    int years = today.year() - birth.year();
    if (today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day()))
        --years;
    return years;
}

ChildListModel::ChildListModel(model::RecordStore& store, QObject* parent)
    : PagedTableModel(parent), m_store(store)
{
    connect(&m_store, &model::RecordStore::childrenChanged, this, &ChildListModel::reload);
    connect(&m_store, &model::RecordStore::householdsChanged, this, &ChildListModel::reload);
    connect(&m_store, &model::RecordStore::personsChanged, this, &ChildListModel::reload);
    reload();
}

int ChildListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChildListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::ChildSummary& c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case HouseholdIdRole:
        return c.householdId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case SexColumn:
            return model::Vocabulary::label(model::Vocabulary::sexes(), c.sex);
        case BirthDateColumn: {
            if (!c.birthDate.isValid())
                return QString();
            const int age = ageInYears(c.birthDate, m_today);
            return tr("%1 (%n years)", nullptr, age).arg(c.birthDate.toString(Qt::ISODate));
        }
        case IdNumberColumn:
            return m_revealed.value(c.id, model::Masking::masked(model::SensitiveKind::IdNumber, c.idNumber));
        case AddressColumn:
            return c.householdAddress;
        case GuardianColumn:
            return c.guardianName;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AddressColumn)
            return c.householdAddress;
        break;
    }
    return {};
}

QVariant ChildListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SexColumn:
        return tr("Sex");
    case BirthDateColumn:
        return tr("Born (age)");
    case IdNumberColumn:
        return tr("ID number");
    case AddressColumn:
        return tr("Household address");
    case GuardianColumn:
        return tr("Guardian");
    }
    return {};
}

void ChildListModel::setQuery(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    reload();
}

void ChildListModel::reload()
{
    m_revealed.clear();
    readFirstPage();
}

QList<model::ChildSummary> ChildListModel::readPage(const model::ChildSummary* after)
{
    return m_store.searchChildren(m_query, model::RecordStore::kPageSize, after);
}

void ChildListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

bool ChildListModel::revealIdNumber(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).idNumber.isEmpty())
        return false;
    const QString id = m_rows.at(row).id;
    try {
        m_revealed.insert(id, model::Masking::reveal(m_store.database(), m_store.userId(), QStringLiteral("child"), id,
                                                     QStringLiteral("id_number")));
    } catch (const Error& e) {
        emit loadFailed(e.message());
        return false;
    }
    emit dataChanged(index(row, IdNumberColumn), index(row, IdNumberColumn), {Qt::DisplayRole});
    return true;
}

void ChildListModel::setToday(const QDate& today)
{
    m_today = today;
    retranslate();
}

} // namespace tonghu::ui
