// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly summary as a PDF, read back with pdftotext: its title, headers in the report's
// language and the figures of the Summary; and saving it from a township's Reports menu.
#include "core/audit/AuditLog.h"
#include "core/model/DemoVillage.h"
#include "core/reports/Summary.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/FileDialog.h"
#include "ui/MainWindow.h"
#include "ui/ReportsMenu.h"
#include "ui/SummaryDialog.h"
#include "ui/SummaryDocument.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace tonghu;
using reports::Summary;
using test::kTownship;
using test::kVillageA;
using test::kVillageB;

namespace {

const QDate kToday(2026, 11, 20);
const QDate kMonth(2026, 10, 1);

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

struct SyncedTownship
{
    test::County c;
    SyncedTownship()
    {
        demo(*c.a, kVillageA, 30, 7);
        demo(*c.b, kVillageB, 20, 11);
        c.roundTrip();
    }
    Summary summary(const QString& language)
    {
        storage::Database& db = c.township->vault->database();
        return reports::Summaries::compute(db, rules::CountyRulebook::current(db), Summary::Level::Township,
                                           kTownship, kMonth, kToday, language);
    }
};

// The text of a PDF as pdftotext lays it out (packaging/install-deps.sh installs poppler-utils).
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    INFO("pdftotext must be installed (packaging/install-deps.sh)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    // Noto CJK draws some characters and their radicals or variants with one glyph, and Qt's text
    // map may name the other code point: NFKC folds the Kangxi radicals back (as print_test does),
    // the few supplement radicals and variants a summary meets are folded by hand.
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x2EDB), QChar(0x98CE))
        .replace(QChar(0x2ED4), QChar(0x95E8))
        .replace(QChar(0x6236), QChar(0x6237));
    // TONGHU_KEEP_PDFS=dir keeps a copy to look at (pdftoppm -png -r 60 file page).
    if (const QString keep = qEnvironmentVariable("TONGHU_KEEP_PDFS"); !keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
    return text;
}

// Whether a line of the text is `label` followed by exactly these figures, as a table row.
bool hasRow(const QString& text, const QString& label, const QList<int>& figures)
{
    QString pattern = QStringLiteral("(^|\\n)\\s*") + QRegularExpression::escape(label);
    for (int n : figures)
        pattern += QStringLiteral("\\s+") + QString::number(n);
    pattern += QStringLiteral("\\s*(\\n|$)");
    return QRegularExpression(pattern).match(text).hasMatch();
}

QList<int> figuresOf(const reports::SummaryGroup& g)
{
    return {g.children,   g.due,           g.dueVisited,    g.due - g.dueVisited, g.visits,
            g.risksFound, g.risksResolved, g.referralsMade, g.benefitApplications};
}

} // namespace

TEST_CASE("A township summary's PDF has its title, Chinese headers, charts and the figures", "[ui][summary]")
{
    SyncedTownship t;
    const Summary s = t.summary(QStringLiteral("zh"));
    REQUIRE(s.total.visits > 0);
    const QString html = ui::summaryHtml(s, QStringLiteral("zh"));
    CHECK(html.count(QStringLiteral("data:image/png;base64,")) == 4); // visits, categories, risks, referrals

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));
    QString error;
    REQUIRE(ui::writeSummaryPdf(s, QStringLiteral("zh"), path, &error));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    for (const char* words : {"乡镇月度汇总", "概况", "在册儿童", "应走访", "分村", "分类别儿童",
                              "风险发现与化解", "分机构转介", "福利申请", "统计口径", "2026-10"})
        CHECK(text.contains(QString::fromUtf8(words)));
    CHECK(text.contains(s.placeName));
    for (const reports::SummaryGroup& g : s.groups) {
        INFO(g.code.toStdString());
        CHECK(hasRow(text, g.name, figuresOf(g)));
    }
    CHECK(hasRow(text, QStringLiteral("合计"), figuresOf(s.total)));
    for (const reports::Tally& c : s.categories)
        CHECK(hasRow(text, c.label, {c.count}));
}

TEST_CASE("A summary's PDF in English has English headers", "[ui][summary]")
{
    SyncedTownship t;
    const Summary s = t.summary(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary-en.pdf"));
    QString error;
    REQUIRE(ui::writeSummaryPdf(s, QStringLiteral("en"), path, &error));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    for (const char* words :
         {"Township summary", "Children on file", "By village", "Risks found and resolved",
          "Referrals by agency", "Benefits applied for", "What the figures count"})
        CHECK(text.contains(QLatin1String(words)));
    CHECK(hasRow(text, QStringLiteral("Total"), figuresOf(s.total)));
}

TEST_CASE("A summary's PDF that cannot be written leaves no file and says why", "[ui][summary]")
{
    auto t = test::makeVault(vault::Role::Township, kTownship);
    storage::Database& db = t->vault->database();
    const Summary s = reports::Summaries::compute(db, rules::CountyRulebook::current(db),
                                                  Summary::Level::Township, kTownship, kMonth, kToday);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/summary.pdf"));
    QString error;
    CHECK_FALSE(ui::writeSummaryPdf(s, QStringLiteral("zh"), path, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("The Reports menu of a township saves the month's summary as a PDF or a workbook, audited", "[ui][summary]")
{
    SyncedTownship t;
    {
        ui::MainWindow village(std::move(t.c.a->vault));
        CHECK(village.reportsMenu() == nullptr); // a village has no summary to make
    }
    ui::MainWindow window(std::move(t.c.township->vault));
    ui::ReportsMenu* reports = window.reportsMenu();
    REQUIRE(reports);
    CHECK(reports->countyAction() == nullptr);
    CHECK(reports->menu()->actions().contains(reports->townshipAction()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("township"));
    ui::FileDialog::setNextFileName(path);
    test::driveModal<ui::SummaryDialog>(reports->townshipAction(), [](ui::SummaryDialog* dialog) {
        QComboBox* months = test::find<QComboBox>(dialog, "monthComboBox");
        CHECK(months->currentData().toDate() ==
              QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-1));
        const int october = months->findData(kMonth);
        REQUIRE(october >= 0);
        months->setCurrentIndex(october);
        CHECK(dialog->findChild<QComboBox*>(QStringLiteral("placeComboBox")) == nullptr);
        test::find<QPushButton>(dialog, "savePdfButton")->click();
    });
    const QString written = path + QStringLiteral(".pdf");
    REQUIRE(test::waitUntil([&] { return !reports->busy(); }));
    REQUIRE(QFileInfo::exists(written));
    CHECK(pdfText(written).contains(QStringLiteral("2026-10")));

    audit::AuditFilter filter;
    filter.action = QStringLiteral("export.pdf");
    const QList<audit::AuditEntry> entries = audit::AuditLog::list(window.vault().database(), filter);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().entity == QStringLiteral("report"));
    CHECK(entries.first().entityId == kTownship);
    CHECK(entries.first().detail == QStringLiteral("township-summary 2026-10"));

    // The same figures as a workbook, chosen with the dialog's other button: a zip of sheets.
    const QString workbook = dir.filePath(QStringLiteral("township-xlsx"));
    ui::FileDialog::setNextFileName(workbook);
    test::driveModal<ui::SummaryDialog>(reports->townshipAction(), [](ui::SummaryDialog* dialog) {
        QComboBox* months = test::find<QComboBox>(dialog, "monthComboBox");
        months->setCurrentIndex(months->findData(kMonth));
        test::find<QPushButton>(dialog, "saveXlsxButton")->click();
    });
    REQUIRE(test::waitUntil([&] { return !reports->busy(); }));
    QFile xlsx(workbook + QStringLiteral(".xlsx"));
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == QByteArray("PK"));
    filter.action = QStringLiteral("export.xlsx");
    CHECK(audit::AuditLog::list(window.vault().database(), filter).size() == 1);

    // A file that cannot be written: a clear message, and nothing left behind.
    const QString bad = dir.filePath(QStringLiteral("missing/summary.pdf"));
    QString message;
    QObject::connect(reports, &ui::ReportsMenu::failed, [&](const QString& m) { message = m; });
    REQUIRE(reports->save(Summary::Level::Township, kTownship, kMonth, bad));
    CHECK_FALSE(reports->save(Summary::Level::Township, kTownship, kMonth, bad)); // one at a time
    // The warning comes once the worker is done, so it is answered when it appears.
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->accept();
    });
    answer.start(20);
    REQUIRE(test::waitUntil([&] { return !reports->busy() && !message.isEmpty(); }));
    answer.stop();
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(QFileInfo::exists(bad));
}
