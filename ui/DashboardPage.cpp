// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DashboardPage.h"

#include "core/audit/AuditLog.h"
#include "core/reports/Statistics.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "ui/FileDialog.h"
#include "ui/FindingLabels.h"
#include "ui/StatisticsSource.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QMessageBox>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace tonghu::ui {

namespace {

// Ten colours that stay apart from each other on screen and on a grey printout.
const QList<QColor> kPalette{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                             QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                             QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22),
                             QColor(0x7f, 0x7f, 0x7f)};

QColor severityColor(const QString& code)
{
    if (code == QLatin1String("critical"))
        return QColor(0xb0, 0x00, 0x20);
    if (code == QLatin1String("high"))
        return QColor(0xe6, 0x51, 0x00);
    if (code == QLatin1String("medium"))
        return QColor(0xf9, 0xa8, 0x25);
    return QColor(0x78, 0x90, 0x9c);
}

QColor referralColor(const QString& code)
{
    if (code == QLatin1String("open"))
        return QColor(0xd6, 0x27, 0x28);
    if (code == QLatin1String("accepted"))
        return QColor(0x1f, 0x77, 0xb4);
    if (code == QLatin1String("resolved"))
        return QColor(0x2c, 0xa0, 0x2c);
    return QColor(0x9e, 0x9e, 0x9e);
}

const char* chartCode(DashboardPage::Chart which)
{
    switch (which) {
    case DashboardPage::Chart::VisitsPerMonth:
        return "visits-per-month";
    case DashboardPage::Chart::ChildrenByCategory:
        return "children-by-category";
    case DashboardPage::Chart::RisksBySeverity:
        return "risks-by-severity";
    case DashboardPage::Chart::ReferralsByStatus:
        return "referrals-by-status";
    }
    return "chart";
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A count axis from 0 with whole-number ticks.
QValueAxis* countAxis(int max)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    int top = std::max(max, 1);
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000}) {
        step = s;
        if ((top + s - 1) / s <= 6)
            break;
    }
    top = ((top + step - 1) / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    return axis;
}

} // namespace

DashboardPage::DashboardPage(vault::Vault& vault, StatisticsSource& statistics, QWidget* parent)
    : QWidget(parent), m_vault(vault), m_statistics(statistics)
{
    setObjectName(QStringLiteral("dashboardPage"));
    static const char* const kViewNames[] = {"visitsChartView", "categoriesChartView", "risksChartView",
                                             "referralsChartView"};
    static const char* const kButtonNames[] = {"saveVisitsChartButton", "saveCategoriesChartButton",
                                               "saveRisksChartButton", "saveReferralsChartButton"};
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(6);
    for (int i = 0; i < kChartCount; ++i) {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->setAlignment(Qt::AlignRight);
        QFont title = font();
        title.setBold(true);
        title.setPointSizeF(title.pointSizeF() * 1.1);
        chart->setTitleFont(title);
        auto* view = new QChartView(chart, this);
        view->setObjectName(QLatin1String(kViewNames[i]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(300, 200);
        m_views[size_t(i)] = view;
        auto* button = new QPushButton(this);
        button->setObjectName(QLatin1String(kButtonNames[i]));
        m_saveButtons[size_t(i)] = button;
        connect(button, &QPushButton::clicked, this, [this, i] { saveChart(Chart(i)); });
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(view, 1);
        auto* buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(button);
        cell->addLayout(buttons);
        grid->addLayout(cell, i / 2, i % 2);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    connect(&m_statistics, &StatisticsSource::invalidated, this, &DashboardPage::refresh);
    retranslate();
}

QChartView* DashboardPage::chartView(Chart which) const { return m_views.at(size_t(which)); }

QChart* DashboardPage::chart(Chart which) const { return chartView(which)->chart(); }

void DashboardPage::refresh()
{
    m_stale = true;
    if (isVisible())
        fill();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        fill();
    QWidget::showEvent(event);
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    // Four buttons of the same text, reached by Tab (an Alt+letter would belong to four controls):
    // each one's accessible name says which chart it saves, for a screen reader.
    const QString names[] = {tr("Save the chart of home visits as PNG"), tr("Save the chart of categories as PNG"),
                             tr("Save the chart of open risks as PNG"), tr("Save the chart of referrals as PNG")};
    static_assert(std::size(names) == kChartCount);
    for (int i = 0; i < kChartCount; ++i) {
        QPushButton* button = m_saveButtons[size_t(i)];
        button->setText(tr("Save as PNG…"));
        button->setToolTip(tr("Save this chart as a picture for a report"));
        button->setAccessibleName(names[i]);
    }
}

void DashboardPage::fill()
{
    m_stale = false;
    fillVisits();
    fillCategories();
    fillRisks();
    fillReferrals();
}

void DashboardPage::fillVisits()
{
    const reports::Overview& o = m_statistics.overview();
    QChart* chart = this->chart(Chart::VisitsPerMonth);
    clear(chart);
    const bool byTownship = o.placePrefix.size() <= 6;
    chart->setTitle(byTownship ? tr("Home visits per month, by township") : tr("Home visits per month, by village"));

    // The places with most visits each get a colour; the rest are added up.
    QList<reports::VisitsPerMonth::Place> places = o.visits.places;
    std::stable_sort(places.begin(), places.end(),
                     [](const auto& a, const auto& b) { return a.total > b.total; });
    const qsizetype months = o.visits.months.size();
    auto* series = new QStackedBarSeries;
    QList<int> stacked(months, 0);
    QBarSet* rest = nullptr;
    for (qsizetype p = 0; p < places.size(); ++p) {
        const auto& place = places.at(p);
        QBarSet* set = nullptr;
        if (p < kMaxPlaceSeries || places.size() == kMaxPlaceSeries + 1) {
            set = new QBarSet(place.name);
            set->setColor(kPalette.at(p % kPalette.size()));
            series->append(set);
            for (qsizetype m = 0; m < months; ++m)
                set->append(place.counts.value(m));
        } else {
            if (!rest) {
                rest = new QBarSet(byTownship ? tr("Other townships") : tr("Other villages"));
                rest->setColor(kPalette.last());
                for (qsizetype m = 0; m < months; ++m)
                    rest->append(0);
                series->append(rest);
            }
            for (qsizetype m = 0; m < months; ++m)
                rest->replace(int(m), rest->at(int(m)) + place.counts.value(m));
        }
        for (qsizetype m = 0; m < months; ++m)
            stacked[m] += place.counts.value(m);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    // Month numbers: twelve in a row are all different, and "12月" or "Dec" would not fit a
    // half-screen chart; the axis title says which year each is in.
    QStringList labels;
    for (const QDate& m : o.visits.months)
        labels << QString::number(m.month());
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    if (!o.visits.months.isEmpty())
        x->setTitleText(tr("Month, %1 to %2").arg(o.visits.months.first().toString(QStringLiteral("yyyy-MM")),
                                           o.visits.months.last().toString(QStringLiteral("yyyy-MM"))));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = countAxis(stacked.isEmpty() ? 0 : *std::max_element(stacked.begin(), stacked.end()));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void DashboardPage::fillCategories()
{
    const reports::Overview& o = m_statistics.overview();
    QChart* chart = this->chart(Chart::ChildrenByCategory);
    clear(chart);
    chart->setTitle(tr("Children by category (%n on file)", nullptr, o.children));
    auto* set = new QBarSet(tr("Children"));
    set->setColor(kPalette.first());
    // Horizontal bars are drawn from the bottom up: children without a category at the bottom,
    // the rulebook's first category on top.
    QStringList labels{tr("%1 (%2)").arg(tr("No category")).arg(o.withoutCategory)};
    set->append(o.withoutCategory);
    int max = o.withoutCategory;
    for (qsizetype i = o.categories.size() - 1; i >= 0; --i) {
        const reports::Tally& t = o.categories.at(i);
        set->append(t.count);
        labels << tr("%1 (%2)").arg(t.label).arg(t.count);
        max = std::max(max, t.count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    // Whole: with truncation on, QtCharts cut every label of a village's chart to "..." though
    // the axis had room for them (seen on X at 1280x720, not on the offscreen platform).
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

void DashboardPage::fillRisks()
{
    const reports::Overview& o = m_statistics.overview();
    QChart* chart = this->chart(Chart::RisksBySeverity);
    clear(chart);
    chart->setTitle(tr("Open risks by severity"));
    // One set per severity, each with its count at its own place and nothing elsewhere, so every
    // bar has the colour of its severity.
    auto* series = new QStackedBarSeries;
    QStringList labels;
    int max = 0;
    const qsizetype n = o.risksBySeverity.size();
    for (qsizetype i = 0; i < n; ++i) {
        const reports::Tally& t = o.risksBySeverity.at(i);
        auto* set = new QBarSet(FindingLabels::severity(t.code));
        set->setColor(severityColor(t.code));
        for (qsizetype j = 0; j < n; ++j)
            set->append(i == j ? t.count : 0);
        series->append(set);
        labels << tr("%1 (%2)").arg(FindingLabels::severity(t.code)).arg(t.count);
        max = std::max(max, t.count);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
}

void DashboardPage::fillReferrals()
{
    const reports::Overview& o = m_statistics.overview();
    QChart* chart = this->chart(Chart::ReferralsByStatus);
    clear(chart);
    int total = 0;
    for (const reports::Tally& t : o.referralsByStatus)
        total += t.count;
    chart->setTitle(tr("Referrals by status (%n in all)", nullptr, total));
    auto* series = new QPieSeries;
    for (const reports::Tally& t : o.referralsByStatus) {
        QPieSlice* slice = series->append(tr("%1 (%2)").arg(FindingLabels::referralStatus(t.code)).arg(t.count), t.count);
        slice->setColor(referralColor(t.code));
        slice->setBorderColor(Qt::white);
    }
    series->setHoleSize(0.35);
    series->setPieSize(0.8);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
}

QString DashboardPage::suggestedFileName(Chart which, const QDate& day)
{
    return QStringLiteral("tonghu-%1-%2.png").arg(QLatin1String(chartCode(which)), day.toString(Qt::ISODate));
}

QImage DashboardPage::renderChart(Chart which) const
{
    QChartView* view = chartView(which);
    // A page never shown yet has no size of its own: lay the chart out at a report's size.
    if (!view->isVisible() && (view->width() < 480 || view->height() < 300))
        view->resize(960, 600);
    // The chart lays itself out on a posted event: a chart filled or resized a moment ago would
    // be drawn without its title, axes and legend.
    QCoreApplication::sendPostedEvents(view->chart(), QEvent::LayoutRequest);
    if (QGraphicsLayout* layout = view->chart()->layout())
        layout->activate();
    constexpr qreal kScale = 2;
    QImage image(view->size() * kScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // QGraphicsView::render, in logical pixels: the image's pixel ratio doubles them.
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(view->size())), view->viewport()->rect());
    painter.end();
    return image;
}

bool DashboardPage::saveChart(Chart which)
{
    if (m_stale)
        fill();
    QString path = FileDialog::saveFileName(this, tr("Save chart as PNG"),
                                            suggestedFileName(which, m_statistics.today()), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    const QImage image = renderChart(which);
    // QSaveFile writes beside the target and renames on commit(): a failure leaves no half file.
    QSaveFile file(path);
    QString reason;
    if (!file.open(QIODevice::WriteOnly)) {
        reason = file.errorString();
    } else if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        reason = tr("the picture could not be made");
    } else if (!file.commit()) {
        reason = file.errorString();
    }
    if (!reason.isEmpty()) {
        QMessageBox::warning(this, tr("Save as PNG"),
                             tr("Could not save the chart as %1: %2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    try {
        // Counts only, so the picture is no personal data; saving it is an export all the same.
        audit::AuditLog::recordExport(m_vault.database(), m_vault.userId(), audit::ExportKind::Png, {}, {},
                                      QLatin1String(chartCode(which)));
    } catch (const Error& e) {
        // The picture exists already; say that its record could not be written rather than hide it.
        QMessageBox::warning(this, tr("Save as PNG"), e.message());
    }
    return true;
}

} // namespace tonghu::ui
