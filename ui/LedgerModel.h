// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Ledger.h"

#include <QAbstractTableModel>
#include <QList>

namespace tonghu::ui {

// The rows of the ledger as the page shows them: masked ID numbers and notes, filled in batches
// as a worker thread reads them (LedgerPage), so a county's 30,000 children appear as they come
// and the window never waits for the whole evaluation. A row keeps its cells and the child's id.
class LedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int ChildIdRole = Qt::UserRole + 1;

    explicit LedgerModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void append(const QList<reports::LedgerRow>& rows);
    QString childId(int row) const;
    // The headers in the current language.
    void retranslate();

private:
    struct Line
    {
        QString childId;
        reports::Row cells;
    };
    QList<reports::Column> m_columns;
    QList<Line> m_lines;
};

} // namespace tonghu::ui
