// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard and the oversight page of a township that has synced a demo village: the charts
// hold the statistics' numbers, a chart saves as a PNG (and leaves nothing when it cannot), and
// the oversight lists open the child's file and the conflicts dialog.
#include "core/model/DemoVillage.h"
#include "core/reports/Statistics.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "core/sync/Conflicts.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildFileDialog.h"
#include "ui/ConflictsDialog.h"
#include "ui/DashboardPage.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/OversightPage.h"
#include "ui/StatisticsSource.h"

#include <catch2/catch_test_macros.hpp>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tonghu;
using test::driveModal;
using test::find;
using Chart = ui::DashboardPage::Chart;

namespace {

// A day in the past, so the demo history (never dated in the future) can end on it.
const QDate kToday(2026, 11, 20);

void demo(test::TempVault& v, const QString& place, int children, quint32 seed)
{
    model::DemoOptions o;
    o.children = children;
    o.seed = seed;
    o.placeCode = place;
    o.referenceYear = kToday.year();
    o.today = kToday;
    model::DemoVillage::generate(v.vault->database(), v.vault->userId(), o);
}

template <typename Series> Series* seriesOf(QChart* chart)
{
    REQUIRE(chart->series().size() == 1);
    auto* series = qobject_cast<Series*>(chart->series().first());
    REQUIRE(series != nullptr);
    return series;
}

QList<int> values(const QBarSet* set)
{
    QList<int> out;
    for (int i = 0; i < set->count(); ++i)
        out << int(set->at(i));
    return out;
}

// The children with an open critical or high risk, found by the village in its own vault.
QSet<QString> riskyChildren(storage::Database& db)
{
    QSet<QString> out;
    rules::ChildEvaluation evaluation(db, rules::CountyRulebook::current(db));
    auto st = db.prepare("SELECT id FROM children WHERE status = 'active'");
    while (st.step())
        for (const rules::Finding& f : evaluation.evaluate(st.text(0), kToday).findings)
            if (f.kind == QLatin1String("risk") && f.status == QLatin1String("met") &&
                (f.severity == QLatin1String("critical") || f.severity == QLatin1String("high")))
                out.insert(st.text(0));
    return out;
}

struct Township
{
    test::County c;
    Township()
    {
        demo(*c.a, test::kVillageA, 40, 7);
        demo(*c.b, test::kVillageB, 20, 11);
        c.roundTrip();
    }
    vault::Vault& vault() { return *c.township->vault; }
};

} // namespace

TEST_CASE("The dashboard's charts hold the township's statistics", "[ui][dashboard]")
{
    Township t;
    ui::StatisticsSource source(t.vault());
    source.setToday(kToday);
    ui::DashboardPage page(t.vault(), source);
    page.resize(1200, 640);
    page.show();
    const reports::Overview& o = source.overview();

    // Visits: one stacked set per village, the one with most visits first.
    auto* visits = seriesOf<QStackedBarSeries>(page.chart(Chart::VisitsPerMonth));
    QList<reports::VisitsPerMonth::Place> places = o.visits.places;
    std::stable_sort(places.begin(), places.end(), [](const auto& a, const auto& b) { return a.total > b.total; });
    REQUIRE(visits->count() == 2);
    int charted = 0;
    for (int i = 0; i < visits->count(); ++i) {
        CHECK(visits->barSets().at(i)->label() == places.at(i).name);
        CHECK(values(visits->barSets().at(i)) == places.at(i).counts);
        for (int n : values(visits->barSets().at(i)))
            charted += n;
    }
    // ...and every visit the villages submitted in those months is in the chart.
    const QString since = o.visits.months.first().toString(Qt::ISODate);
    int submitted = 0;
    for (test::TempVault* village : {t.c.a.get(), t.c.b.get()})
        submitted += test::count(village->vault->database(),
                                 "SELECT count(*) FROM visits WHERE status = 'submitted' AND visit_date >= ?", since);
    CHECK(charted == submitted);

    auto* categories = seriesOf<QHorizontalBarSeries>(page.chart(Chart::ChildrenByCategory));
    REQUIRE(categories->count() == 1);
    // From the bottom up: no category, then the rulebook's categories last to first.
    QList<int> expected{o.withoutCategory};
    for (qsizetype i = o.categories.size() - 1; i >= 0; --i)
        expected << o.categories.at(i).count;
    CHECK(values(categories->barSets().first()) == expected);

    auto* risks = seriesOf<QStackedBarSeries>(page.chart(Chart::RisksBySeverity));
    REQUIRE(risks->count() == 4);
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            CHECK(int(risks->barSets().at(i)->at(j)) == (i == j ? o.risksBySeverity.at(i).count : 0));
    CHECK(risks->barSets().at(0)->color() != risks->barSets().at(3)->color()); // critical is not low
    CHECK(o.risksBySeverity.at(0).count > 0);

    auto* referrals = seriesOf<QPieSeries>(page.chart(Chart::ReferralsByStatus));
    REQUIRE(referrals->count() == 4);
    int referralTotal = 0;
    for (int i = 0; i < 4; ++i) {
        CHECK(int(referrals->slices().at(i)->value()) == o.referralsByStatus.at(i).count);
        referralTotal += int(referrals->slices().at(i)->value());
    }
    CHECK(referralTotal == test::count(t.c.a->vault->database(), "SELECT count(*) FROM referrals") +
                               test::count(t.c.b->vault->database(), "SELECT count(*) FROM referrals"));
}

TEST_CASE("A chart is saved as a PNG picture, and a folder that cannot be written leaves no file",
          "[ui][dashboard]")
{
    Township t;
    ui::StatisticsSource source(t.vault());
    source.setToday(kToday);
    ui::DashboardPage page(t.vault(), source);
    page.resize(1200, 640);
    page.show();
    QTemporaryDir out;

    // The suggested name says what and when, never where or who.
    CHECK(ui::DashboardPage::suggestedFileName(Chart::VisitsPerMonth, kToday) ==
          QStringLiteral("tonghu-visits-per-month-2026-11-20.png"));
    CHECK(ui::DashboardPage::suggestedFileName(Chart::ReferralsByStatus, kToday) ==
          QStringLiteral("tonghu-referrals-by-status-2026-11-20.png"));

    const int audited = test::count(t.vault().database(), "SELECT count(*) FROM audit_log WHERE action = 'export.png'");
    const QString path = out.filePath(QStringLiteral("visits"));
    ui::FileDialog::setNextFileName(path);
    REQUIRE(test::find<QPushButton>(&page, "saveVisitsChartButton")->isVisible());
    test::find<QPushButton>(&page, "saveVisitsChartButton")->click();
    const QImage saved(path + QStringLiteral(".png"));
    REQUIRE_FALSE(saved.isNull());
    CHECK(saved.width() >= page.chartView(Chart::VisitsPerMonth)->width());
    CHECK(saved.height() >= page.chartView(Chart::VisitsPerMonth)->height());
    // Not a blank picture: the bars and labels are drawn on the white ground.
    QSet<QRgb> colours;
    for (int y = 0; y < saved.height(); y += 7)
        for (int x = 0; x < saved.width(); x += 7)
            colours.insert(saved.pixel(x, y));
    CHECK(colours.size() > 5);
    CHECK(test::count(t.vault().database(), "SELECT count(*) FROM audit_log WHERE action = 'export.png'") ==
          audited + 1);

    // Cancelled: nothing written.
    ui::FileDialog::setNextFileName(QString());
    CHECK_FALSE(page.saveChart(Chart::RisksBySeverity));

    // A folder that does not exist (under a plain file, so not even root could make it).
    QFile plain(out.filePath(QStringLiteral("plain-file")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString bad = out.filePath(QStringLiteral("plain-file/risks.png"));
    ui::FileDialog::setNextFileName(bad);
    bool ok = true;
    QString message;
    driveModal<QMessageBox>([&] { ok = page.saveChart(Chart::RisksBySeverity); },
                            [&](QMessageBox* box) { message = box->text(); });
    CHECK_FALSE(ok);
    CHECK(message.contains(QDir::toNativeSeparators(bad)));
    CHECK_FALSE(QFile::exists(bad));
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden).size() == 2);
    CHECK(test::count(t.vault().database(), "SELECT count(*) FROM audit_log WHERE action = 'export.png'") ==
          audited + 1);

    // A page that was never shown still renders its charts at a report's size.
    ui::DashboardPage hidden(t.vault(), source);
    hidden.refresh();
    ui::FileDialog::setNextFileName(out.filePath(QStringLiteral("categories.png")));
    REQUIRE(hidden.saveChart(Chart::ChildrenByCategory));
    const QImage offscreen(out.filePath(QStringLiteral("categories.png")));
    REQUIRE_FALSE(offscreen.isNull());
    CHECK(offscreen.width() >= 960);
}

TEST_CASE("Each chart's save button is named for its chart, for a screen reader", "[ui][dashboard]")
{
    Township t;
    ui::StatisticsSource source(t.vault());
    source.setToday(kToday);
    ui::DashboardPage page(t.vault(), source);
    QSet<QString> names;
    for (const char* name : {"saveVisitsChartButton", "saveCategoriesChartButton", "saveRisksChartButton",
                             "saveReferralsChartButton"}) {
        auto* button = test::find<QPushButton>(&page, name);
        CHECK(button->text() == test::find<QPushButton>(&page, "saveVisitsChartButton")->text());
        CHECK(button->accessibleName().contains(QLatin1String("PNG")));
        names.insert(button->accessibleName());
    }
    CHECK(names.size() == 4);
}

TEST_CASE("The oversight page lists the children at risk, referrals overdue first and late villages",
          "[ui][oversight]")
{
    Township t;
    ui::StatisticsSource source(t.vault());
    source.setToday(kToday);
    ui::OversightPage page(t.vault(), source);
    page.resize(1200, 640);
    page.show();
    const reports::Overview& o = source.overview();

    auto* risks = find<QTableWidget>(&page, "openRisksTable");
    QSet<QString> listed;
    for (int row = 0; row < risks->rowCount(); ++row)
        listed.insert(risks->item(row, 0)->data(ui::OversightPage::ChildIdRole).toString());
    CHECK(risks->rowCount() == o.openRisks.size());
    CHECK(listed == (riskyChildren(t.c.a->vault->database()) | riskyChildren(t.c.b->vault->database())));
    REQUIRE_FALSE(listed.isEmpty());

    // Referrals: every open or accepted one, those overdue first.
    auto* referrals = find<QTableWidget>(&page, "referralsTable");
    int active = 0, overdue = 0;
    for (test::TempVault* village : {t.c.a.get(), t.c.b.get()}) {
        storage::Database& db = village->vault->database();
        active += test::count(db, "SELECT count(*) FROM referrals WHERE status IN ('open', 'accepted')");
        overdue += test::count(db, "SELECT count(*) FROM referrals WHERE status IN ('open', 'accepted') AND due_date < ?",
                               kToday.toString(Qt::ISODate));
    }
    CHECK(referrals->rowCount() == active);
    for (int row = 0; row < referrals->rowCount(); ++row)
        CHECK(referrals->item(row, 1)->text().isEmpty() == (row >= overdue));

    auto* villages = find<QTableWidget>(&page, "overdueVillagesTable");
    CHECK(villages->rowCount() == o.overdueVillages.size());
    CHECK(find<QTableWidget>(&page, "agenciesTable")->rowCount() == o.referralsByAgency.size());
    CHECK(find<QPushButton>(&page, "resolveConflictsButton")->isHidden()); // no conflicts yet

    // A row opens the child's file (the window listens for this).
    QSignalSpy requested(&page, &ui::OversightPage::childRequested);
    risks->setFocus();
    risks->setCurrentCell(0, 1);
    QTest::keyClick(risks, Qt::Key_Return);
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().first().toString() == risks->item(0, 0)->data(ui::OversightPage::ChildIdRole).toString());
}

TEST_CASE("Conflicts waiting at the township are resolved from the oversight page", "[ui][oversight]")
{
    test::County c;
    c.conflictingReferral(QStringLiteral("closed"), QStringLiteral("accepted"));
    vault::Vault& town = *c.township->vault;
    REQUIRE(sync::Conflicts::open(town.database()).size() == 1);
    ui::StatisticsSource source(town);
    ui::OversightPage page(town, source);
    page.show();
    auto* resolve = find<QPushButton>(&page, "resolveConflictsButton");
    REQUIRE(resolve->isVisible());
    CHECK_FALSE(find<QLabel>(&page, "oversightConflictsLabel")->text().isEmpty());

    QSignalSpy settled(&page, &ui::OversightPage::conflictsSettled);
    driveModal<ui::ConflictsDialog>([&] { resolve->click(); }, [&](ui::ConflictsDialog* dialog) {
        REQUIRE(find<QTableWidget>(dialog, "conflictsTable")->rowCount() == 1);
        find<QPushButton>(dialog, "keepShownButton")->click();
    });
    CHECK(settled.count() == 1);
    CHECK(sync::Conflicts::open(town.database()).isEmpty());
    CHECK(resolve->isHidden());
}

TEST_CASE("A township's window has the oversight and dashboard tabs; a village's only the dashboard",
          "[ui][oversight][dashboard]")
{
    Township t;
    {
        ui::MainWindow village(std::move(t.c.a->vault));
        CHECK(village.oversightPage() == nullptr);
        auto* tabs = find<QTabWidget>(&village, "recordsTabWidget");
        CHECK(tabs->indexOf(village.dashboardPage()) >= 0);
    }
    ui::MainWindow window(std::move(t.c.township->vault));
    auto* tabs = find<QTabWidget>(&window, "recordsTabWidget");
    REQUIRE(window.oversightPage() != nullptr);
    CHECK(tabs->indexOf(window.oversightPage()) >= 0);
    CHECK(tabs->indexOf(window.dashboardPage()) >= 0);
    window.statistics()->setToday(kToday);
    window.show();
    tabs->setCurrentWidget(window.oversightPage());

    // Opening a child at risk from the oversight page shows the child's file.
    auto* risks = find<QTableWidget>(window.oversightPage(), "openRisksTable");
    REQUIRE(risks->rowCount() > 0);
    risks->setFocus();
    risks->setCurrentCell(0, 1);
    driveModal<ui::ChildFileDialog>([&] { QTest::keyClick(risks, Qt::Key_Return); },
                                    [](ui::ChildFileDialog* dialog) { CHECK(dialog->isVisible()); });
}

TEST_CASE("A township with nothing synced yet shows empty charts and empty lists", "[ui][dashboard][oversight]")
{
    auto t = test::makeVault(vault::Role::Township, test::kTownship);
    ui::StatisticsSource source(*t->vault);
    ui::DashboardPage dashboard(*t->vault, source);
    ui::OversightPage oversight(*t->vault, source);
    dashboard.show();
    oversight.show();
    CHECK(seriesOf<QStackedBarSeries>(dashboard.chart(Chart::VisitsPerMonth))->count() == 0);
    for (int v : values(seriesOf<QHorizontalBarSeries>(dashboard.chart(Chart::ChildrenByCategory))->barSets().first()))
        CHECK(v == 0);
    CHECK_FALSE(dashboard.renderChart(Chart::ReferralsByStatus).isNull());
    CHECK(find<QTableWidget>(&oversight, "openRisksTable")->rowCount() == 0);
    CHECK(find<QTableWidget>(&oversight, "overdueVillagesTable")->rowCount() == 0);
}
