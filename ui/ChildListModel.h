// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Records.h"
#include "ui/PagedTableModel.h"

#include <QDate>
#include <QHash>

namespace tonghu::model {
class RecordStore;
}

namespace tonghu::ui {

// The children that match the search text, one row each. Reloads when the store says children,
// households or persons changed (the guardian and address columns come from those).
class ChildListModel final : public PagedTableModel<model::ChildSummary>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SexColumn,
        BirthDateColumn,
        IdNumberColumn,
        GuardianColumn,
        AddressColumn, // last: it takes whatever width is left
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int HouseholdIdRole = Qt::UserRole + 1;

    explicit ChildListModel(model::RecordStore& store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QString& query() const { return m_query; }
    void setQuery(const QString& query);
    void reload();
    // Labels and headers follow the UI language.
    void retranslate();
    // Ages are counted from this day; tests pin it.
    void setToday(const QDate& today);
    // Shows the ID number of one row whole until the list is read again. The reveal is written
    // to the audit log by core; returns false (with loadFailed) when it was refused.
    bool revealIdNumber(int row);

signals:
    // The store could not be read; message is ready to show.
    void loadFailed(const QString& message);

private:
    QList<model::ChildSummary> readPage(const model::ChildSummary* after) override;
    void failed(const QString& message) override { emit loadFailed(message); }

    model::RecordStore& m_store;
    QString m_query;
    QDate m_today = QDate::currentDate();
    QHash<QString, QString> m_revealed; // child id → whole ID number, asked for
};

// Whole years between birth and today, or -1 when the birth date is unknown.
int ageInYears(const QDate& birth, const QDate& today);

} // namespace tonghu::ui
