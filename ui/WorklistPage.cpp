// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WorklistPage.h"

#include "core/util/Error.h"
#include "core/vault/Access.h"
#include "ui/ColumnFit.h"
#include "ui/KeyboardUse.h"
#include "ui/WorklistModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tonghu::ui {

WorklistPage::WorklistPage(storage::Database& db, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("worklistPage"));
    try {
        m_addsRecords = vault::Access::allows(vault::Access::roleOf(db), vault::Action::EditRecords);
    } catch (const Error&) {
        // Unreadable: the village's wording, as before roles were told apart here.
    }
    m_model = new WorklistModel(db, this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("worklistStackedWidget"));
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("worklistTableView"));
    m_view->setModel(m_model);
    makeListKeyboardFriendly(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    fitColumnsToContents(m_view->horizontalHeader());
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("worklistEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_view->setAccessibleName(tr("Worklist"));

    // Above the list while the township has returned visits: what they are and what to do.
    m_returnedBar = new QWidget(this);
    m_returnedBar->setObjectName(QStringLiteral("returnedBarWidget"));
    m_returnedLabel = new QLabel(m_returnedBar);
    m_returnedLabel->setObjectName(QStringLiteral("returnedLabel"));
    m_returnedLabel->setWordWrap(true);
    m_correct = new QPushButton(m_returnedBar);
    m_correct->setObjectName(QStringLiteral("correctPushButton"));
    auto* bar = new QHBoxLayout(m_returnedBar);
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_returnedLabel, 1);
    bar->addWidget(m_correct);
    m_returnedBar->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_returnedBar);
    layout->addWidget(m_stack);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString childId = index.data(WorklistModel::ChildIdRole).toString();
        const int kind = index.data(WorklistModel::KindRole).toInt();
        if (kind == int(model::WorklistItem::Kind::Returned))
            correctSelected();
        else if (kind == int(model::WorklistItem::Kind::Draft))
            emit visitRequested(childId, index.data(WorklistModel::RefIdRole).toString());
        else
            emit childRequested(childId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorklistPage::updateReturned);
    connect(m_correct, &QPushButton::clicked, this, &WorklistPage::correctSelected);
    m_correct->setText(tr("&Correct…"));
    // Not loaded here: a county's worklist takes most of a second to build, and the window may
    // open on another page. showEvent() loads it when it is first seen.
}

void WorklistPage::correctSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()
        || rows.first().data(WorklistModel::KindRole).toInt() != int(model::WorklistItem::Kind::Returned))
        return;
    const QModelIndex row = rows.first();
    emit correctionRequested(row.data(WorklistModel::RefIdRole).toString(),
                             row.data(WorklistModel::DetailRole).toString(),
                             row.data(WorklistModel::DraftIdRole).toString());
}

void WorklistPage::updateReturned()
{
    int returned = 0;
    for (const model::WorklistItem& item : m_model->items())
        returned += item.kind == model::WorklistItem::Kind::Returned ? 1 : 0;
    m_returnedBar->setVisible(returned > 0);
    m_returnedLabel->setText(tr("The township returned %n visit(s) to correct. Select one and click Correct…; "
                                "the township's comment is the reason, which you can change.",
                                nullptr, returned));
    m_correct->setText(tr("&Correct…"));
    m_correct->setToolTip(tr("Make a new version of the selected returned visit and correct it"));
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_correct->setEnabled(!rows.isEmpty()
                          && rows.first().data(WorklistModel::KindRole).toInt()
                                 == int(model::WorklistItem::Kind::Returned));
}

void WorklistPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateReturned();
    QWidget::changeEvent(event);
}

void WorklistPage::refresh()
{
    // Hidden, it is brought up to date when shown again (showEvent), not at every change.
    if (isVisible())
        reload();
}

void WorklistPage::reload()
{
    try {
        m_model->reload();
    } catch (const Error& e) {
        emit loadFailed(e.message());
    }
    updateReturned();
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        // The first returned visit is ready for Correct… at once.
        if (!m_view->selectionModel()->hasSelection()
            && m_model->items().first().kind == model::WorklistItem::Kind::Returned)
            m_view->selectRow(0);
        return;
    }
    // A director puts the children on file; a township or county receives them.
    m_empty->setText(m_addsRecords
                         ? tr("Nothing to do today. Children due for a visit, open risks and overdue referrals will "
                              "appear here; add a household to put children on file.")
                         : tr("Nothing to do today. Children due for a visit, open risks and overdue referrals of "
                              "the villages appear here once their records arrive with a sync: Sync → Sync now."));
    m_stack->setCurrentWidget(m_empty);
}

// Coming back to the page shows what changed meanwhile (a visit submitted, a day passed).
void WorklistPage::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

} // namespace tonghu::ui
