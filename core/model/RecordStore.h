// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Records.h"

#include <QList>
#include <QObject>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

// Households, their members and their children in one vault. Saves validate first and throw
// tonghu::Error{BadInput} with a translated sentence, changing nothing; pinyin search keys are
// computed here, at write time. Coarse signals tell item models to refresh.
class RecordStore final : public QObject
{
    Q_OBJECT
public:
    RecordStore(storage::Database& db, QString userId, QString placeCode, QObject* parent = nullptr);

    // For what works on the same records beside the store (a reveal from a list, for one).
    storage::Database& database() const { return m_db; }
    const QString& userId() const { return m_userId; }

    // Insert when id is empty (a new UUID is assigned), update otherwise. Returns the stored record.
    Household saveHousehold(Household household);
    Person savePerson(Person person);
    Child saveChild(Child child);

    std::optional<Household> household(const QString& id);
    std::optional<Person> person(const QString& id);
    std::optional<Child> child(const QString& id);
    QList<Person> persons(const QString& householdId);
    QList<Child> childrenOf(const QString& householdId);

    // Search as you type: an empty query lists all. Matches a name prefix, full-pinyin prefix,
    // pinyin initials prefix ("zs" finds 张三) or the last digits of an ID number. At most
    // `limit` rows, in the lists' order; with `after` (the last row of the previous page) the
    // ones that follow it, so a long list is read a page at a time as it is scrolled.
    QList<ChildSummary> searchChildren(const QString& query, int limit = kPageSize,
                                       const ChildSummary* after = nullptr);
    QList<HouseholdSummary> searchHouseholds(const QString& query, int limit = kPageSize,
                                             const HouseholdSummary* after = nullptr);
    // Rows a list reads at a time: a few screens' worth, quick to read from a county's records.
    static constexpr int kPageSize = 200;
    int childCount();
    int householdCount();

    // Removing a household removes its members and children; refused while a child has visits.
    void removeHousehold(const QString& id);
    void removePerson(const QString& id);
    void removeChild(const QString& id);

    // Fills pinyin keys of rows written before they existed (after a migration).
    int backfillSearchKeys();

signals:
    void householdsChanged();
    void childrenChanged();
    void personsChanged(const QString& householdId);

private:
    QString placeOfHousehold(const QString& householdId);

    storage::Database& m_db;
    QString m_userId;
    QString m_placeCode;
};

} // namespace tonghu::model
