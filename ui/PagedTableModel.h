// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/RecordStore.h"
#include "core/util/Error.h"

#include <QAbstractTableModel>
#include <QList>

namespace tonghu::ui {

// A table whose rows are read a page at a time: the first page when it is (re)loaded, the next
// when the view scrolls to the end (Qt's canFetchMore/fetchMore). A county's 30,000 children
// show as soon as the first 200 are read, and every one of them can still be scrolled to.
template <typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && m_more; }
    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || !m_more || m_rows.isEmpty())
            return;
        QList<Row> next;
        try {
            next = readPage(&m_rows.last());
        } catch (const Error& e) {
            m_more = false;
            failed(e.message());
            return;
        }
        m_more = next.size() >= model::RecordStore::kPageSize;
        if (next.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + next.size() - 1));
        m_rows.append(next);
        endInsertRows();
    }

protected:
    // The page of rows after `after` (the first page when null), at most kPageSize of them.
    virtual QList<Row> readPage(const Row* after) = 0;
    virtual void failed(const QString& message) = 0;

    // Starts again from the first page, as a reset of the model.
    void readFirstPage()
    {
        beginResetModel();
        try {
            m_rows = readPage(nullptr);
            m_more = m_rows.size() >= model::RecordStore::kPageSize;
        } catch (const Error& e) {
            m_rows.clear();
            m_more = false;
            failed(e.message());
        }
        endResetModel();
    }

    QList<Row> m_rows;

private:
    bool m_more = false;
};

} // namespace tonghu::ui
