// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli report township|county`: the month's summary as a PDF from the vaults of a
// township and a county that synced two demo villages, its figures as the library computes
// them, and the clear refusals of a bad month, a village's vault and a township asking for a county.
#include "core/model/DemoVillage.h"
#include "core/reports/Summary.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/support/SpreadsheetProbe.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace tonghu;
using reports::Summary;
using test::kCounty;
using test::kTownship;
using test::kVillageA;
using test::kVillageB;

namespace {

const QDate kToday(2026, 11, 20);
const QString kMonth = QStringLiteral("2026-10");

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

test::CliRun cli(const QString& vault, const QStringList& arguments,
                 const char* passphrase = test::kPassphrase)
{
    return test::runCli(QStringList{QStringLiteral("--vault"), vault} + arguments, passphrase);
}

QStringList report(const char* level, const QString& out, const QStringList& more = {})
{
    return QStringList{QStringLiteral("report"),   QLatin1String(level),  QStringLiteral("--month"), kMonth,
                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),   out} +
           more;
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    INFO("pdftotext must be installed (packaging/install-deps.sh)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// The demo villages synced to their township and county, summarized here by the library, then
// the vaults closed so that tonghu-cli opens them as a script would.
struct Vaults
{
    test::County c;
    Summary township;
    Summary county;
    QString villagePath, townshipPath, countyPath;
    Vaults()
    {
        demo(*c.a, kVillageA, 25, 7);
        demo(*c.b, kVillageB, 15, 11);
        c.roundTrip();
        const QDate month = reports::Summaries::parseMonth(kMonth);
        storage::Database& t = c.township->vault->database();
        township = reports::Summaries::compute(t, rules::CountyRulebook::current(t), Summary::Level::Township,
                                               kTownship, month, QDate::currentDate(), QStringLiteral("en"));
        storage::Database& k = c.county->vault->database();
        county = reports::Summaries::compute(k, rules::CountyRulebook::current(k), Summary::Level::County,
                                             kCounty, month, QDate::currentDate(), QStringLiteral("en"));
        villagePath = c.a->path();
        townshipPath = c.township->path();
        countyPath = c.county->path();
        for (test::TempVault* v : {c.a.get(), c.b.get(), c.township.get(), c.county.get()})
            v->vault.reset();
    }
};

void checkFigures(const QJsonObject& o, const Summary& s)
{
    CHECK(o.value(QStringLiteral("month")).toString() == kMonth);
    CHECK(o.value(QStringLiteral("place_code")).toString() == s.placeCode);
    CHECK(o.value(QStringLiteral("children")).toInt() == s.total.children);
    CHECK(o.value(QStringLiteral("due")).toInt() == s.total.due);
    CHECK(o.value(QStringLiteral("due_visited")).toInt() == s.total.dueVisited);
    CHECK(o.value(QStringLiteral("visits")).toInt() == s.total.visits);
    CHECK(o.value(QStringLiteral("risks_found")).toInt() == s.total.risksFound);
    CHECK(o.value(QStringLiteral("risks_resolved")).toInt() == s.total.risksResolved);
    CHECK(o.value(QStringLiteral("referrals_made")).toInt() == s.total.referralsMade);
}

} // namespace

TEST_CASE("report township writes the month's summary as a PDF with the library's figures, audited",
          "[cli][summary]")
{
    Vaults v;
    REQUIRE(v.township.total.visits > 0);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("township.pdf"));
    const test::CliRun run = cli(v.townshipPath, report("township", path, {QStringLiteral("--json")}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    checkFigures(run.json().object(), v.township);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Township summary")));
    CHECK(text.contains(QStringLiteral("Children on file")));
    CHECK(text.contains(kMonth));
    CHECK(text.contains(v.township.placeName));

    // In Chinese when the messages are.
    const QString zh = out.filePath(QStringLiteral("township-zh.pdf"));
    const test::CliRun chinese =
        cli(v.townshipPath, report("township", zh, {QStringLiteral("--lang"), QStringLiteral("zh_CN")}));
    REQUIRE(chinese.exitCode == 0);
    CHECK(pdfText(zh).contains(QStringLiteral("乡镇月度汇总")));

    // Each export is in the audit log, by report and month.
    const test::CliRun audit =
        cli(v.townshipPath, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                             QStringLiteral("export.pdf"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    const QJsonArray entries = audit.json().array();
    REQUIRE(entries.size() == 2);
    for (const QJsonValue& e : entries) {
        CHECK(e[QStringLiteral("entity")].toString() == QStringLiteral("report"));
        CHECK(e[QStringLiteral("entity_id")].toString() == kTownship);
        CHECK(e[QStringLiteral("detail")].toString() == QStringLiteral("township-summary 2026-10"));
    }
}

TEST_CASE("report county summarizes per township in the county's vault; a county names its township",
          "[cli][summary]")
{
    Vaults v;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("county.pdf"));
    const test::CliRun run = cli(v.countyPath, report("county", path, {QStringLiteral("--json")}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    checkFigures(run.json().object(), v.county);
    CHECK(v.county.total.visits == v.township.total.visits);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("County summary")));
    CHECK(text.contains(QStringLiteral("By township")));

    // The county's vault makes a township's summary too, once told which.
    const test::CliRun unnamed = cli(v.countyPath, report("township", out.filePath(QStringLiteral("t.pdf"))));
    CHECK(unnamed.exitCode == 2);
    CHECK(unnamed.err.contains(QStringLiteral("--place")));
    const test::CliRun named =
        cli(v.countyPath, report("township", out.filePath(QStringLiteral("t.pdf")),
                                 {QStringLiteral("--place"), kTownship, QStringLiteral("--json")}));
    REQUIRE(named.exitCode == 0);
    checkFigures(named.json().object(), v.township);
}

TEST_CASE("report refuses a bad month, a village's vault and a township's county summary, writing nothing",
          "[cli][summary]")
{
    Vaults v;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("summary.pdf"));

    // A bad month is refused before any passphrase is asked for.
    const test::CliRun month =
        cli(v.townshipPath,
            {QStringLiteral("report"), QStringLiteral("township"), QStringLiteral("--month"),
             QStringLiteral("2026-13"), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--out"), path},
            nullptr);
    CHECK(month.exitCode == 2);
    REQUIRE(month.errLines().size() == 1);
    CHECK(month.errLines().first().contains(QStringLiteral("2026-13")));
    CHECK(month.errLines().first().contains(QStringLiteral("not a month")));

    const test::CliRun village = cli(v.villagePath, report("township", path));
    CHECK(village.exitCode == 2);
    REQUIRE(village.errLines().size() == 1);
    CHECK(village.errLines().first().contains(QStringLiteral("village")));

    const test::CliRun county = cli(v.townshipPath, report("county", path));
    CHECK(county.exitCode == 2);
    CHECK(county.err.contains(QStringLiteral("county's vault")));

    const test::CliRun elsewhere = cli(
        v.townshipPath, report("township", path, {QStringLiteral("--place"), QStringLiteral("621126102")}));
    CHECK(elsewhere.exitCode == 2);

    const test::CliRun format =
        cli(v.townshipPath,
            {QStringLiteral("report"), QStringLiteral("township"), QStringLiteral("--month"), kMonth,
             QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), path},
            nullptr);
    CHECK(format.exitCode == 2);

    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("report township --format xlsx writes the summary's tables as sheets, audited", "[cli][summary]")
{
    Vaults v;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("township.xlsx"));
    const test::CliRun run =
        cli(v.townshipPath,
            {QStringLiteral("report"), QStringLiteral("township"), QStringLiteral("--month"), kMonth,
             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const test::Xlsx book = test::readXlsx(path);
    const QList<reports::Table> tables = v.township.toTables(QStringLiteral("en"));
    REQUIRE(book.sheets.size() == tables.size());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        INFO(tables.at(i).title.toStdString());
        CHECK(book.sheets.at(i).name == tables.at(i).title);
        CHECK(book.sheets.at(i).headerFrozen);
        CHECK(book.sheets.at(i).rows.size() == tables.at(i).rows.size() + 1);
    }
    // The per-village sheet's total row holds the summary's totals, as numbers.
    const test::XlsxSheet& places = book.sheets.at(1);
    const QList<test::XlsxCell>& total = places.rows.last();
    CHECK(total.at(0).value == QStringLiteral("Total"));
    CHECK(total.at(1).value == QString::number(v.township.total.children));
    CHECK(total.at(5).value == QString::number(v.township.total.visits));
    CHECK(total.at(5).type != QStringLiteral("inlineStr"));

    const test::CliRun audit =
        cli(v.townshipPath, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                             QStringLiteral("export.xlsx"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    REQUIRE(audit.json().array().size() == 1);
    CHECK(audit.json().array().first()[QStringLiteral("detail")].toString() ==
          QStringLiteral("township-summary 2026-10"));
    // Nothing but the workbook in the folder: its temporary files are gone.
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("township.xlsx")});
}
