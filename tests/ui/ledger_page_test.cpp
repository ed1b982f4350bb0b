// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger page of a township that has synced two demo villages, on the offscreen platform:
// its rows are the township's active children, the village filter narrows them, Export to Excel
// writes the workbook off the UI thread and audits it, and a cancelled export leaves no partial
// file. Failures compare counts, never names.
#include "core/audit/AuditLog.h"
#include "core/model/DemoVillage.h"
#include "core/storage/Database.h"
#include "tests/support/SpreadsheetProbe.h"
#include "tests/support/SyncFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/FileDialog.h"
#include "ui/LedgerModel.h"
#include "ui/LedgerPage.h"
#include "ui/MainWindow.h"

#include <catch2/catch_test_macros.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace tonghu;
using test::find;

namespace {

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

struct Township
{
    test::County c;
    Township()
    {
        demo(*c.a, test::kVillageA, 30, 7);
        demo(*c.b, test::kVillageB, 15, 11);
        c.roundTrip();
    }
    vault::Vault& vault() { return *c.township->vault; }
    storage::Database& db() { return vault().database(); }
};

int activeIn(storage::Database& db, const QString& place)
{
    return test::count(db,
                       "SELECT count(*) FROM children c JOIN households h ON h.id = c.household_id "
                       "WHERE c.status = 'active' AND h.place_code GLOB ?",
                       place + QLatin1Char('*'));
}

} // namespace

TEST_CASE("The ledger page lists the township's children and exports them to Excel", "[ui][ledger]")
{
    Township t;
    ui::LedgerPage page(t.vault());
    page.setToday(kToday);
    page.resize(1200, 600);
    page.show();
    REQUIRE(test::waitUntil([&] { return !page.isLoading(); }));
    const int all = activeIn(t.db(), test::kTownship);
    CHECK(page.model()->rowCount() == all);
    CHECK(page.model()->columnCount() == reports::Ledger::columns().size());

    auto* village = find<QComboBox>(&page, "villageFilter");
    REQUIRE(village->count() == 3); // every village, and the two
    village->setCurrentIndex(village->findData(test::kVillageB));
    REQUIRE(test::waitUntil([&] { return !page.isLoading(); }));
    CHECK(page.model()->rowCount() == activeIn(t.db(), test::kVillageB));
    village->setCurrentIndex(0);
    REQUIRE(test::waitUntil([&] { return !page.isLoading(); }));
    CHECK(page.model()->rowCount() == all);

    // Full ID numbers are offered to the township's supervisor for her villages, never ticked.
    auto* showIds = find<QCheckBox>(&page, "showIdNumbersCheckBox");
    CHECK(showIds->isEnabled());
    CHECK_FALSE(showIds->isChecked());

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("township"));
    ui::FileDialog::setNextFileName(path);
    find<QPushButton>(&page, "exportXlsxButton")->click();
    CHECK(page.isExporting());
    REQUIRE(test::waitUntil([&] { return !page.isExporting(); }));
    INFO("message: " << page.exportMessage().toStdString());
    REQUIRE(QFile::exists(path + QStringLiteral(".xlsx")));
    const test::Xlsx x = test::readXlsx(path + QStringLiteral(".xlsx"));
    REQUIRE(x.sheets.size() == 1);
    CHECK(x.sheets.first().rows.size() == all + 1);
    audit::AuditFilter f;
    f.action = QStringLiteral("export.xlsx");
    const auto entries = audit::AuditLog::list(t.db(), f);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().detail == QStringLiteral("rows=%1 ids=masked notes=masked").arg(all));
}

TEST_CASE("A cancelled export from the ledger page leaves the whole file or none", "[ui][ledger]")
{
    Township t;
    ui::LedgerPage page(t.vault());
    page.setToday(kToday);
    page.show();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("cancelled.csv"));
    ui::FileDialog::setNextFileName(path);
    page.exportLedger(ui::LedgerPage::Format::Csv);
    page.cancelExport();
    REQUIRE(test::waitUntil([&] { return !page.isExporting(); }));
    // The worker may have finished before the cancel reached it; then the file is whole and
    // recorded. Either way nothing half-written and no temporary file is left.
    audit::AuditFilter f;
    f.action = QStringLiteral("export.csv");
    const bool recorded = audit::AuditLog::list(t.db(), f).size() == 1;
    CHECK(QFile::exists(path) == recorded);
    const QStringList left = QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(left == (recorded ? QStringList{QStringLiteral("cancelled.csv")} : QStringList{}));
}

TEST_CASE("The main window has a ledger tab", "[ui][ledger]")
{
    Township t;
    ui::MainWindow window(std::move(t.c.township->vault));
    REQUIRE(window.ledgerPage() != nullptr);
    auto* tabs = find<QTabWidget>(&window, "recordsTabWidget");
    CHECK(tabs->indexOf(window.ledgerPage()) >= 0);
    tabs->setCurrentWidget(window.ledgerPage());
    window.show();
    REQUIRE(test::waitUntil([&] { return !window.ledgerPage()->isLoading(); }));
    CHECK(window.ledgerPage()->model()->rowCount() > 0);
}
