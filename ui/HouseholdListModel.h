// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Records.h"
#include "ui/PagedTableModel.h"

namespace tonghu::model {
class RecordStore;
}

namespace tonghu::ui {

// The households that match the search text, one row each.
class HouseholdListModel final : public PagedTableModel<model::HouseholdSummary>
{
    Q_OBJECT
public:
    enum Column { AddressColumn, ContactColumn, PhoneColumn, ChildrenColumn, AssistanceColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit HouseholdListModel(model::RecordStore& store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QString& query() const { return m_query; }
    void setQuery(const QString& query);
    void reload();
    void retranslate();

signals:
    void loadFailed(const QString& message);

private:
    QList<model::HouseholdSummary> readPage(const model::HouseholdSummary* after) override;
    void failed(const QString& message) override { emit loadFailed(message); }

    model::RecordStore& m_store;
    QString m_query;
};

} // namespace tonghu::ui
