// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OversightPage.h"

#include "core/reports/Statistics.h"
#include "ui/ColumnFit.h"
#include "ui/ConflictsDialog.h"
#include "ui/EmptyListMessage.h"
#include "ui/FindingLabels.h"
#include "ui/KeyboardUse.h"
#include "ui/StatisticsSource.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

constexpr int kChildIdRole = OversightPage::ChildIdRole;
const QColor kCritical(0xb0, 0x00, 0x20);
const QColor kHigh(0xc2, 0x41, 0x0c);

QTableWidget* makeTable(const char* name, int columns, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(QLatin1String(name));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Compact rows: a supervisor reads many at once.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    fitColumnsToContents(table->horizontalHeader());
    table->horizontalHeader()->setStretchLastSection(true);
    makeListKeyboardFriendly(table);
    return table;
}

QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

// One row of cells; the child id (when there is one) on every cell so any cell opens the file.
void addRow(QTableWidget* table, const QStringList& cells, const QString& childId = {})
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (!childId.isEmpty())
            item->setData(kChildIdRole, childId);
        table->setItem(row, c, item);
    }
}

void colorCell(QTableWidget* table, int row, int column, const QColor& color)
{
    if (QTableWidgetItem* item = table->item(row, column))
        item->setForeground(color);
}

void setHeaders(QTableWidget* table, const QStringList& labels) { table->setHorizontalHeaderLabels(labels); }

} // namespace

OversightPage::OversightPage(vault::Vault& vault, StatisticsSource& statistics, QWidget* parent)
    : QWidget(parent), m_vault(vault), m_statistics(statistics)
{
    setObjectName(QStringLiteral("oversightPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("oversightSummaryLabel"));
    m_summary->setWordWrap(true);
    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("oversightConflictsLabel"));
    m_resolve = new QPushButton(this);
    m_resolve->setObjectName(QStringLiteral("resolveConflictsButton"));

    m_risksBox = new QGroupBox(this);
    m_risksBox->setObjectName(QStringLiteral("openRisksGroupBox"));
    m_risks = makeTable("openRisksTable", 7, m_risksBox);
    (new QVBoxLayout(m_risksBox))->addWidget(m_risks);

    m_referralsBox = new QGroupBox(this);
    m_referralsBox->setObjectName(QStringLiteral("referralsGroupBox"));
    m_agencies = makeTable("agenciesTable", 6, m_referralsBox);
    m_referrals = makeTable("referralsTable", 7, m_referralsBox);
    auto* referralSplit = new QSplitter(Qt::Vertical, m_referralsBox);
    referralSplit->addWidget(m_agencies);
    referralSplit->addWidget(m_referrals);
    referralSplit->setStretchFactor(0, 1);
    referralSplit->setStretchFactor(1, 2);
    (new QVBoxLayout(m_referralsBox))->addWidget(referralSplit);

    m_villagesBox = new QGroupBox(this);
    m_villagesBox->setObjectName(QStringLiteral("overdueVillagesGroupBox"));
    m_villages = makeTable("overdueVillagesTable", 5, m_villagesBox);
    (new QVBoxLayout(m_villagesBox))->addWidget(m_villages);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_referralsBox);
    bottom->addWidget(m_villagesBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("oversightSplitter"));
    split->addWidget(m_risksBox);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_conflicts);
    top->addWidget(m_resolve);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    for (QTableWidget* table : {m_risks, m_referrals})
        connect(table, &QTableWidget::cellActivated, this, [this, table](int row, int) { openRow(table, row); });
    connect(m_resolve, &QPushButton::clicked, this, &OversightPage::resolveConflicts);
    connect(&m_statistics, &StatisticsSource::invalidated, this, &OversightPage::refresh);
    m_risksEmpty = new EmptyListMessage(m_risks, "openRisksEmptyLabel");
    m_agenciesEmpty = new EmptyListMessage(m_agencies, "agenciesEmptyLabel");
    m_referralsEmpty = new EmptyListMessage(m_referrals, "referralsEmptyLabel");
    m_villagesEmpty = new EmptyListMessage(m_villages, "overdueVillagesEmptyLabel");
    retranslate();
}

void OversightPage::refresh()
{
    m_stale = true;
    if (isVisible())
        fill();
}

void OversightPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        fill();
    QWidget::showEvent(event);
}

void OversightPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void OversightPage::retranslate()
{
    m_resolve->setText(tr("Resol&ve conflicts…"));
    m_resolve->setToolTip(tr("Fields changed here and on another device: choose the value to keep"));
    m_risksBox->setTitle(tr("Children with open critical or high risks"));
    m_referralsBox->setTitle(tr("Referrals not yet resolved, overdue first"));
    m_villagesBox->setTitle(tr("Villages with overdue visits"));
    setHeaders(m_risks, {tr("Village"), tr("Child"), tr("Risk"), tr("Severity"), tr("Last visit"), tr("Referral"),
                         tr("Mandatory report")});
    setHeaders(m_agencies,
               {tr("Agency"), tr("Overdue"), tr("Open"), tr("Accepted"), tr("Resolved"), tr("Closed")});
    setHeaders(m_referrals,
               {tr("Due"), tr("Days overdue"), tr("Village"), tr("Child"), tr("Agency"), tr("Status"), tr("For")});
    setHeaders(m_villages, {tr("Village"), tr("Overdue"), tr("Never visited"), tr("Children"), tr("Oldest due")});
    m_risksEmpty->setText(tr("No child has an open critical or high risk. Children at risk appear here when the "
                             "villages' visits arrive with a sync: Sync → Sync now."));
    m_agenciesEmpty->setText(tr("Referrals are counted here by agency once there are any."));
    m_referralsEmpty->setText(tr("No referral is waiting to be resolved. A referral is made from a finding in a "
                                 "child's file: double-click the child above or in the ledger."));
    m_villagesEmpty->setText(tr("No village is late with a visit. A village whose children are overdue for a "
                                "visit appears here, with the oldest visit due."));
}

void OversightPage::fill()
{
    m_stale = false;
    const reports::Overview& o = m_statistics.overview();
    const QDate today = m_statistics.today();

    int overdueReferrals = 0;
    for (const reports::ReferralCase& r : o.activeReferrals)
        overdueReferrals += r.daysOverdue > 0 ? 1 : 0;
    int lateVisits = 0;
    for (const reports::VillageVisits& v : o.overdueVillages)
        lateVisits += v.overdue;
    m_summary->setText(tr("%n child(ren) on file", nullptr, o.children) + QStringLiteral(" · ") +
                       tr("%n open critical or high risk(s)", nullptr, int(o.openRisks.size())) +
                       QStringLiteral(" · ") + tr("%n referral(s) overdue", nullptr, overdueReferrals) +
                       QStringLiteral(" · ") + tr("%n visit(s) overdue", nullptr, lateVisits));
    m_conflicts->setText(o.openConflicts > 0
                             ? tr("%n data conflict(s) wait for a decision", nullptr, o.openConflicts)
                             : tr("No data conflicts"));
    m_resolve->setVisible(o.openConflicts > 0);

    m_risks->setRowCount(0);
    for (const reports::RiskCase& r : o.openRisks) {
        QString referral;
        if (r.referralStatus.isEmpty())
            referral = tr("not referred yet");
        else if (r.referralOverdue)
            referral = tr("%1 — %2, overdue since %3")
                           .arg(r.referralAgency, FindingLabels::referralStatus(r.referralStatus), dateText(r.referralDue));
        else
            referral = tr("%1 — %2").arg(r.referralAgency, FindingLabels::referralStatus(r.referralStatus));
        // Only a risk that asks for a report says whether one was made: another risk of a child
        // once reported for something else would seem covered by that old report.
        QString report;
        if (!r.needsReport)
            report = QString();
        else if (r.reportOutcome == QLatin1String("reported"))
            report = tr("reported %1 to %2").arg(dateText(r.reportedOn), r.reportedTo);
        else if (r.reportOutcome == QLatin1String("not_possible"))
            report = tr("could not be made (reason recorded)");
        else
            report = tr("none recorded");
        addRow(m_risks,
               {r.placeName, r.childName, r.title, FindingLabels::severity(r.severity),
                r.lastVisit.isValid() ? dateText(r.lastVisit) : tr("never"), referral, report},
               r.childId);
        const int row = m_risks->rowCount() - 1;
        colorCell(m_risks, row, 3, r.severity == QLatin1String("critical") ? kCritical : kHigh);
        if (r.referralStatus.isEmpty() || r.referralOverdue)
            colorCell(m_risks, row, 5, kCritical);
        if (r.needsReport && r.reportOutcome.isEmpty())
            colorCell(m_risks, row, 6, kCritical);
    }

    m_agencies->setRowCount(0);
    for (const reports::AgencyReferrals& a : o.referralsByAgency) {
        addRow(m_agencies, {a.agency, QString::number(a.overdue), QString::number(a.open), QString::number(a.accepted),
                            QString::number(a.resolved), QString::number(a.closed)});
        if (a.overdue > 0)
            colorCell(m_agencies, m_agencies->rowCount() - 1, 1, kCritical);
    }

    m_referrals->setRowCount(0);
    for (const reports::ReferralCase& r : o.activeReferrals) {
        addRow(m_referrals,
               {dateText(r.dueDate), r.daysOverdue > 0 ? QString::number(r.daysOverdue) : QString(), r.placeName,
                r.childName, r.agency, FindingLabels::referralStatus(r.status), r.title},
               r.childId);
        if (r.daysOverdue > 0) {
            colorCell(m_referrals, m_referrals->rowCount() - 1, 0, kCritical);
            colorCell(m_referrals, m_referrals->rowCount() - 1, 1, kCritical);
        }
    }

    m_villages->setRowCount(0);
    for (const reports::VillageVisits& v : o.overdueVillages) {
        addRow(m_villages, {v.placeName, QString::number(v.overdue), QString::number(v.neverVisited),
                            QString::number(v.children), dateText(v.oldestDue)});
        if (v.oldestDue.isValid() && v.oldestDue.daysTo(today) > 30)
            colorCell(m_villages, m_villages->rowCount() - 1, 4, kCritical);
    }
}

void OversightPage::openRow(QTableWidget* table, int row)
{
    const QTableWidgetItem* item = table->item(row, 0);
    const QString childId = item ? item->data(kChildIdRole).toString() : QString();
    if (childId.isEmpty())
        return;
    // The child's file is modal: when the signal returns it is closed, and may have changed
    // what the figures say (a referral made, a visit submitted).
    emit childRequested(childId);
    m_statistics.invalidate();
}

void OversightPage::resolveConflicts()
{
    ConflictsDialog dialog(m_vault, this);
    connect(&dialog, &ConflictsDialog::recordsChanged, this, &OversightPage::recordsChanged);
    dialog.exec();
    m_statistics.invalidate();
    emit conflictsSettled();
}

} // namespace tonghu::ui
