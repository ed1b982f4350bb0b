// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WorklistPage.h"

#include "core/util/Error.h"
#include "ui/WorklistModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tonghu::ui {

WorklistPage::WorklistPage(storage::Database& db, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("worklistPage"));
    m_model = new WorklistModel(db, this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("worklistStackedWidget"));
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("worklistTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("worklistEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString childId = index.data(WorklistModel::ChildIdRole).toString();
        if (index.data(WorklistModel::KindRole).toInt() == int(model::WorklistItem::Kind::Draft))
            emit visitRequested(childId, index.data(WorklistModel::RefIdRole).toString());
        else
            emit childRequested(childId);
    });
    refresh();
}

void WorklistPage::refresh()
{
    try {
        m_model->reload();
    } catch (const Error& e) {
        emit loadFailed(e.message());
    }
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(tr("Nothing to do today. Children due for a visit, open risks and overdue referrals will "
                        "appear here; add a household to put children on file."));
    m_stack->setCurrentWidget(m_empty);
}

// Coming back to the page shows what changed meanwhile (a visit submitted, a day passed).
void WorklistPage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace tonghu::ui
