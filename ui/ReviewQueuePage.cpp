// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReviewQueuePage.h"

#include "core/model/ReviewStore.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "ui/ColumnFit.h"
#include "ui/CommentDialog.h"
#include "ui/FindingLabels.h"
#include "ui/KeyboardUse.h"
#include "ui/ReviewQueueModel.h"
#include "ui/VisitHistoryList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

QDateEdit* makeDateEdit(const char* name, const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    // Room for the whole date beside the calendar button, whatever the style's guess.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 44);
    return edit;
}

} // namespace

ReviewQueuePage::ReviewQueuePage(vault::Vault& vault, QWidget* parent)
    : QWidget(parent), m_vault(vault),
      m_queue(std::make_unique<model::ReviewQueue>(vault.database(), vault.role(), vault.placeCode()))
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    m_model = new ReviewQueueModel(*m_queue, vault.database(), this);
    buildFilters();

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("reviewQueueStackedWidget"));
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("reviewQueueTableView"));
    m_view->setModel(m_model);
    makeListKeyboardFriendly(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    fitColumnsToContents(m_view->horizontalHeader());
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("reviewQueueEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    // Beside the list: what the selected visit found and what has happened to it so far.
    auto* details = new QGroupBox(this);
    details->setObjectName(QStringLiteral("reviewDetailsGroupBox"));
    m_detailTitle = new QLabel(details);
    m_detailTitle->setObjectName(QStringLiteral("reviewDetailTitleLabel"));
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_risks = new QLabel(details);
    m_risks->setObjectName(QStringLiteral("reviewRisksLabel"));
    m_risks->setWordWrap(true);
    m_risks->setTextFormat(Qt::PlainText);
    m_historyLabel = new QLabel(details);
    m_history = new VisitHistoryList(details);
    m_historyLabel->setBuddy(m_history);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_detailTitle);
    detailsLayout->addWidget(m_risks);
    detailsLayout->addWidget(m_historyLabel);
    detailsLayout->addWidget(m_history, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openVisitPushButton"));
    m_return = new QPushButton(this);
    m_return->setObjectName(QStringLiteral("returnPushButton"));
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("approvePushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_return);
    buttons->addWidget(m_approve);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_villageLabel);
    filters->addWidget(m_village);
    filters->addSpacing(12);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_riskLabel);
    filters->addWidget(m_risk);
    filters->addWidget(m_clear);
    filters->addStretch();
    filters->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // Filters, list, then the decisions: the order a supervisor works in.
    setTabOrder(m_village, m_fromCheck);
    setTabOrder(m_fromCheck, m_from);
    setTabOrder(m_from, m_toCheck);
    setTabOrder(m_toCheck, m_to);
    setTabOrder(m_to, m_risk);
    setTabOrder(m_risk, m_clear);
    setTabOrder(m_clear, m_view);
    setTabOrder(m_view, m_history);
    setTabOrder(m_history, m_open);
    setTabOrder(m_open, m_return);
    setTabOrder(m_return, m_approve);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit visitRequested(index.data(ReviewQueueModel::VisitIdRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewQueuePage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewQueuePage::selectionChanged);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedVisitId(); !id.isEmpty())
            emit visitRequested(id);
    });
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueuePage::approveSelected);
    connect(m_return, &QPushButton::clicked, this, &ReviewQueuePage::returnSelected);

    m_loading = true; // the texts first, then one read of the queue
    retranslate();
    m_loading = false;
    refresh();
}

ReviewQueuePage::~ReviewQueuePage()
{
    // The model reads the queue, which goes with this page; nothing is read again on the way.
    m_view->selectionModel()->disconnect(this);
    m_view->setModel(nullptr);
    delete m_model;
}

void ReviewQueuePage::buildFilters()
{
    m_villageLabel = new QLabel(this);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageComboBox"));
    m_village->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_villageLabel->setBuddy(m_village);
    m_fromCheck = new QCheckBox(this);
    m_fromCheck->setObjectName(QStringLiteral("fromCheckBox"));
    m_from = makeDateEdit("fromDateEdit", QDate::currentDate().addMonths(-1), this);
    m_toCheck = new QCheckBox(this);
    m_toCheck->setObjectName(QStringLiteral("toCheckBox"));
    m_to = makeDateEdit("toDateEdit", QDate::currentDate(), this);
    m_riskLabel = new QLabel(this);
    m_risk = new QComboBox(this);
    m_risk->setObjectName(QStringLiteral("minimumRiskComboBox"));
    m_riskLabel->setBuddy(m_risk);
    for (const char* code : {"", "low", "medium", "high", "critical"})
        m_risk->addItem(QString(), QString::fromLatin1(code));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersPushButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reviewCountLabel"));

    const auto changed = [this] {
        if (!m_loading)
            reloadQueue();
    };
    connect(m_village, &QComboBox::currentIndexChanged, this, changed);
    connect(m_risk, &QComboBox::currentIndexChanged, this, changed);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, changed);
    connect(m_toCheck, &QCheckBox::toggled, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_clear, &QPushButton::clicked, this, &ReviewQueuePage::clearFilters);
}

// Mnemonics differ from each other and from the menu bar's (R, S, L, H), so Alt+letter always
// lands on one control.
void ReviewQueuePage::retranslate()
{
    m_villageLabel->setText(tr("&Village:"));
    m_fromCheck->setText(tr("Visited &from"));
    m_from->setAccessibleName(tr("Visited from"));
    m_toCheck->setText(tr("&up to"));
    m_to->setAccessibleName(tr("Visited up to"));
    m_riskLabel->setText(tr("Minimum ris&k:"));
    const QStringList risks{tr("Any"), tr("Low or higher"), tr("Medium or higher"), tr("High or critical"),
                            tr("Critical only")};
    for (int i = 0; i < risks.size(); ++i)
        m_risk->setItemText(i, risks.at(i));
    if (m_village->count() > 0)
        m_village->setItemText(0, tr("All villages"));
    m_clear->setText(tr("Clear filt&ers"));
    m_historyLabel->setText(tr("Histor&y:"));
    m_view->setAccessibleName(tr("Visits waiting for review"));
    m_open->setText(tr("&Open visit"));
    m_open->setToolTip(tr("The answers of the selected visit, read-only (Enter)"));
    m_return->setText(tr("Re&turn…"));
    m_return->setToolTip(tr("Send the visit back to the child director with what to correct"));
    m_approve->setText(tr("&Approve"));
    m_approve->setToolTip(tr("The visit is complete and correct; the village hears of it at its next sync"));
    reloadQueue();
}

void ReviewQueuePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

model::ReviewQueueFilter ReviewQueuePage::filter() const
{
    model::ReviewQueueFilter f;
    f.villageCode = m_village->currentData().toString();
    if (m_fromCheck->isChecked())
        f.from = m_from->date();
    if (m_toCheck->isChecked())
        f.to = m_to->date();
    f.minimumSeverity = m_risk->currentData().toString();
    return f;
}

void ReviewQueuePage::refresh()
{
    reloadVillages();
    reloadQueue();
}

void ReviewQueuePage::reloadVillages()
{
    QList<model::Village> villages;
    try {
        villages = m_queue->villages();
    } catch (const Error& e) {
        emit loadFailed(e.message());
    }
    const QString current = m_village->currentData().toString();
    m_loading = true;
    m_village->clear();
    m_village->addItem(tr("All villages"), QString());
    for (const model::Village& v : villages)
        m_village->addItem(v.name.isEmpty() ? v.code : tr("%1 (%2)").arg(v.name, v.code.right(3)), v.code);
    m_village->setCurrentIndex(std::max(0, m_village->findData(current)));
    m_loading = false;
}

void ReviewQueuePage::reloadQueue()
{
    if (m_loading || !m_model)
        return;
    const QString selected = selectedVisitId();
    const int selectedRow = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0;
    try {
        m_model->reload(filter());
    } catch (const Error& e) {
        emit loadFailed(e.message());
    }
    const int rows = m_model->rowCount();
    m_count->setText(tr("%n visit(s) waiting", nullptr, rows));
    if (rows == 0) {
        const model::ReviewQueueFilter f = filter();
        const bool filtered =
            !f.villageCode.isEmpty() || f.from.isValid() || f.to.isValid() || !f.minimumSeverity.isEmpty();
        m_empty->setText(filtered
                             ? tr("No waiting visit matches these filters. Clear the filters to see every "
                                  "visit waiting for review.")
                             : tr("No visits are waiting for review. They arrive when the villages sync."));
        m_stack->setCurrentWidget(m_empty);
        selectionChanged();
        return;
    }
    m_stack->setCurrentWidget(m_view);
    // The same visit stays selected; after a decision, the one that took its place.
    int row = m_model->rowOf(selected);
    if (row < 0)
        row = std::min(selectedRow, rows - 1);
    m_view->selectRow(row);
}

void ReviewQueuePage::clearFilters()
{
    m_loading = true;
    m_village->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    m_risk->setCurrentIndex(0);
    m_loading = false;
    reloadQueue();
}

QString ReviewQueuePage::selectedVisitId() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList{};
    return rows.isEmpty() ? QString() : rows.first().data(ReviewQueueModel::VisitIdRole).toString();
}

void ReviewQueuePage::selectVisit(const QString& visitId)
{
    const int row = m_model->rowOf(visitId);
    if (row >= 0)
        m_view->selectRow(row);
}

void ReviewQueuePage::selectionChanged()
{
    const QString visitId = selectedVisitId();
    m_open->setEnabled(!visitId.isEmpty());
    m_approve->setEnabled(!visitId.isEmpty());
    m_return->setEnabled(!visitId.isEmpty());
    if (visitId.isEmpty()) {
        m_detailTitle->setText(tr("Select a visit to see what it found and its history."));
        m_risks->clear();
        m_history->showVisit(m_vault.database(), {});
        return;
    }
    const model::ReviewQueueItem& item = m_model->items().at(m_model->rowOf(visitId));
    m_detailTitle->setText(tr("%1 · %2 · visited %3")
                               .arg(item.childName,
                                    item.villageName.isEmpty() ? item.villageCode : item.villageName,
                                    item.visitDate.toString(Qt::ISODate)));
    try {
        // The risks the visit's answers meet, with the rulebook the queue weighed them with.
        const rules::Evaluation ev =
            rules::ChildEvaluation(m_vault.database(), rules::CountyRulebook::current(m_vault.database()))
                .evaluateVisit(visitId, FindingLabels::rulesLanguage());
        QStringList risks;
        for (const rules::Finding& f : ev.findings)
            if (f.kind == QLatin1String("risk") && f.status == QLatin1String("met"))
                risks << tr("%1 [%2]").arg(f.title, FindingLabels::severity(f.severity));
        m_risks->setText(risks.isEmpty() ? tr("The visit found no risk.")
                                         : tr("Risks found: %1").arg(risks.join(QStringLiteral("; "))));
        m_history->showVisit(m_vault.database(), visitId);
    } catch (const Error& e) {
        m_risks->setText(e.message());
    }
}

bool ReviewQueuePage::approveSelected()
{
    return decide(model::VisitReview::Decision::Approved, {});
}

bool ReviewQueuePage::returnSelected()
{
    if (selectedVisitId().isEmpty())
        return false;
    CommentDialog dialog(
        tr("Return the visit"),
        tr("What should the child director correct? The village reads this at its next sync."), tr("&Return"),
        {}, this);
    dialog.setObjectName(QStringLiteral("returnDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return decide(model::VisitReview::Decision::Returned, dialog.text());
}

bool ReviewQueuePage::decide(model::VisitReview::Decision decision, const QString& comment)
{
    const QString visitId = selectedVisitId();
    if (visitId.isEmpty())
        return false;
    const model::ReviewQueueItem item = m_model->items().at(m_model->rowOf(visitId));
    try {
        model::ReviewStore(m_vault.database(), m_vault.userId(), m_vault.role(), m_vault.placeCode())
            .review(visitId, decision, comment);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Review"), e.message());
        return false;
    }
    reloadQueue();
    emit reviewed(
        decision == model::VisitReview::Decision::Approved
            ? tr("Approved the visit to %1. The village hears of it at its next sync.").arg(item.childName)
            : tr("Returned the visit to %1 to the child director. The village hears of it at its next sync.")
                  .arg(item.childName));
    return true;
}

void ReviewQueuePage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace tonghu::ui
