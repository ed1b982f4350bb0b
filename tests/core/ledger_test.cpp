// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger (台账) of a township that has synced two demo villages, written to .xlsx and CSV
// and read back: one row per active child, headers, a frozen header row, dates as dates, ID
// numbers masked unless asked for by a user of the area, the export in the audit log. Failures
// compare counts and sets, never print a name or a number.
#include "core/audit/AuditLog.h"
#include "core/model/DemoVillage.h"
#include "core/model/IdNumber.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/Ledger.h"
#include "core/reports/PendingFile.h"
#include "core/reports/Statistics.h"
#include "core/reports/XlsxWriter.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "tests/support/SpreadsheetProbe.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMultiMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <atomic>

using namespace tonghu;

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
        demo(*c.a, test::kVillageA, 24, 7);
        demo(*c.b, test::kVillageB, 12, 11);
        c.roundTrip();
    }
    vault::Vault& vault() { return *c.township->vault; }
    storage::Database& db() { return vault().database(); }
};

reports::LedgerOptions options()
{
    reports::LedgerOptions o;
    o.today = kToday;
    return o;
}

// Column of a ledger header.
int col(const QString& header)
{
    const QList<reports::Column> columns = reports::Ledger::columns();
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns.at(i).header == header)
            return int(i);
    FAIL("no such column");
    return -1;
}

QStringList activeValues(storage::Database& db, const char* column)
{
    QStringList out;
    auto st = db.prepare(std::string("SELECT c.") + column +
                         " FROM children c WHERE c.status = 'active' ORDER BY 1");
    while (st.step())
        out << st.text(0);
    return out;
}

QString lastDetail(storage::Database& db, const QString& action)
{
    audit::AuditFilter f;
    f.action = action;
    const auto entries = audit::AuditLog::list(db, f);
    return entries.isEmpty() ? QString() : entries.last().detail;
}

// Chinese for the ledger's own words, standing in for translations/tonghu_zh_CN.ts until its
// entries are added: what this checks is that the headers go through tr() in the Ledger's context
// and that Chinese text reaches the workbook as UTF-8.
class LedgerChinese final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "tonghu::reports::Ledger") != 0)
            return {};
        static const QHash<QString, QString> zh{{QStringLiteral("Ledger"), QStringLiteral("台账")},
                                                {QStringLiteral("Village"), QStringLiteral("村")},
                                                {QStringLiteral("Name"), QStringLiteral("姓名")},
                                                {QStringLiteral("Date of birth"), QStringLiteral("出生日期")},
                                                {QStringLiteral("ID number"), QStringLiteral("身份证号")}};
        return zh.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

int openTempFiles()
{
    int n = 0;
    for (const QFileInfo& fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files))
        if (fd.symLinkTarget().contains(QLatin1String(".tonghu-xlsx-")))
            ++n;
    return n;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("The ledger's workbook has a row per active child, Chinese headers, a frozen header and dates",
          "[ledger][xlsx]")
{
    Township t;
    LedgerChinese chinese;
    QCoreApplication::installTranslator(&chinese);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("ledger.xlsx"));
    const qint64 rows = reports::exportLedgerXlsx(t.db(), t.vault().userId(), {}, options(), path);
    const int active = test::count(t.db(), "SELECT count(*) FROM children WHERE status = 'active'");
    CHECK(rows == active);
    CHECK(filesIn(out.path()) == QStringList{QStringLiteral("ledger.xlsx")}); // no temp file left beside it

    const test::Xlsx x = test::readXlsx(path);
    REQUIRE(x.sheets.size() == 1);
    const test::XlsxSheet& sheet = x.sheets.first();
    CHECK(sheet.name == QStringLiteral("台账"));
    CHECK(sheet.headerFrozen);
    REQUIRE(sheet.rows.size() == active + 1);
    const QList<reports::Column> columns = reports::Ledger::columns();
    REQUIRE(sheet.rows.first().size() == columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i)
        CHECK(sheet.rows.first().at(i).value == columns.at(i).header);
    CHECK(sheet.rows.first().at(0).value == QStringLiteral("村"));
    CHECK(sheet.rows.first().at(col(QStringLiteral("身份证号"))).value == QStringLiteral("身份证号"));
    CHECK(sheet.rows.first().at(0).style != 0); // bold
    // The xlsx says the column widths.
    CHECK(sheet.xml.contains("<cols>"));

    // Birth dates are numbers with a yyyy-mm-dd style, the same days as the database's.
    QList<double> serials, expected;
    const int birth = col(QStringLiteral("出生日期"));
    for (qsizetype r = 1; r < sheet.rows.size(); ++r) {
        const test::XlsxCell& cell = sheet.rows.at(r).at(birth);
        CHECK(cell.type.isEmpty());
        CHECK(x.styleFormats.value(cell.style) == QStringLiteral("yyyy-mm-dd"));
        serials << cell.value.toDouble();
    }
    for (const QString& d : activeValues(t.db(), "birth_date"))
        expected << test::excelSerial(QDate::fromString(d, Qt::ISODate));
    std::sort(serials.begin(), serials.end());
    CHECK(serials == expected);

    // Masked by default: the masked forms of the database's numbers, and no whole one anywhere.
    QStringList ids, masked;
    const int id = col(QStringLiteral("身份证号"));
    for (qsizetype r = 1; r < sheet.rows.size(); ++r)
        if (sheet.rows.at(r).size() > id && !sheet.rows.at(r).at(id).value.isEmpty())
            ids << sheet.rows.at(r).at(id).value;
    int whole = 0;
    for (const QString& n : activeValues(t.db(), "id_number"))
        if (!n.isEmpty()) {
            masked << model::IdNumber::masked(n);
            whole += sheet.xml.contains(n.toUtf8()) ? 1 : 0;
        }
    REQUIRE_FALSE(masked.isEmpty());
    std::sort(ids.begin(), ids.end());
    std::sort(masked.begin(), masked.end());
    CHECK(ids == masked);
    CHECK(whole == 0);

    // Category titles come from the rulebook in the ledger's language.
    const int categories = col(reports::Ledger::columns().at(7).header);
    int chineseCells = 0;
    for (qsizetype r = 1; r < sheet.rows.size(); ++r)
        if (sheet.rows.at(r).size() > categories && !sheet.rows.at(r).at(categories).value.isEmpty())
            chineseCells += sheet.rows.at(r).at(categories).value.at(0).unicode() >= 0x4E00 ? 1 : 0;
    CHECK(chineseCells > 0);

    CHECK(lastDetail(t.db(), QStringLiteral("export.xlsx")) ==
          QStringLiteral("rows=%1 ids=masked notes=masked").arg(active));
    QCoreApplication::removeTranslator(&chinese);
}

TEST_CASE("Whole ID numbers go into a ledger only when asked, for a user of the area", "[ledger][masking]")
{
    Township t;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("full.csv"));
    reports::LedgerOptions o = options();
    o.showIdNumbers = true;
    const qint64 rows = reports::exportLedgerCsv(t.db(), t.vault().userId(), {}, o, path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = test::parseCsv(QString::fromUtf8(f.readAll().mid(3)));
    REQUIRE(csv.size() == rows + 1);
    QStringList ids;
    for (qsizetype r = 1; r < csv.size(); ++r)
        if (!csv.at(r).at(col(reports::Ledger::columns().at(6).header)).isEmpty())
            ids << csv.at(r).at(6);
    QStringList expected;
    for (const QString& n : activeValues(t.db(), "id_number"))
        if (!n.isEmpty())
            expected << n;
    std::sort(ids.begin(), ids.end());
    CHECK(ids == expected);
    CHECK(lastDetail(t.db(), QStringLiteral("export.csv")) == QStringLiteral("rows=%1 ids=full notes=masked").arg(rows));

    // A village's director may not take another village's, nor the township's, whole.
    storage::Database& village = t.c.a->vault->database();
    const qint64 before = audit::AuditLog::count(village);
    const QString refused = out.filePath(QStringLiteral("refused.csv"));
    reports::LedgerFilter township;
    township.placePrefix = test::kTownship;
    try {
        reports::exportLedgerCsv(village, t.c.a->vault->userId(), township, o, refused);
        FAIL("a village exported the township's whole ID numbers");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
    }
    CHECK_FALSE(QFile::exists(refused));
    CHECK(audit::AuditLog::count(village) == before);
    // Nor someone who is not a user of the vault.
    CHECK_THROWS_AS(reports::exportLedgerCsv(t.db(), QStringLiteral("nobody"), {}, o, refused), Error);
    CHECK(filesIn(out.path()) == QStringList{QStringLiteral("full.csv")});
}

TEST_CASE("The ledger's CSV starts with a BOM and its rows are the database's, filtered by place and category",
          "[ledger][csv]")
{
    Township t;
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("a.csv"));
    reports::LedgerFilter filter;
    filter.placePrefix = test::kVillageA;
    const qint64 rows = reports::exportLedgerCsv(t.db(), t.vault().userId(), filter, options(), path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") >= rows + 1);
    const QList<QStringList> csv = test::parseCsv(QString::fromUtf8(bytes.mid(3)));
    const int inA = test::count(t.db(),
                                "SELECT count(*) FROM children c JOIN households h ON h.id = c.household_id "
                                "WHERE c.status = 'active' AND h.place_code = ?",
                                test::kVillageA);
    CHECK(rows == inA);
    REQUIRE(csv.size() == inA + 1);
    QStringList births, expected;
    for (qsizetype r = 1; r < csv.size(); ++r) {
        REQUIRE(csv.at(r).size() == reports::Ledger::columns().size());
        births << csv.at(r).at(5);
    }
    auto st = t.db().prepare("SELECT c.birth_date FROM children c JOIN households h ON h.id = c.household_id "
                             "WHERE c.status = 'active' AND h.place_code = ? ORDER BY 1");
    st.bind(1, test::kVillageA);
    while (st.step())
        expected << st.text(0);
    std::sort(births.begin(), births.end());
    CHECK(births == expected);

    // Each category holds as many children as the statistics count.
    const reports::Overview o = reports::Statistics::overview(
        t.db(), rules::CountyRulebook::current(t.db()), test::kTownship, kToday, QStringLiteral("zh"));
    int checked = 0;
    for (const reports::Tally& category : o.categories) {
        if (category.count == 0 || checked == 2)
            continue;
        reports::LedgerFilter byCategory;
        byCategory.category = category.code;
        qint64 n = 0;
        reports::Ledger::forEach(t.db(), t.vault().userId(), byCategory, options(), {},
                                 [&](const reports::LedgerRow& row) {
                                     CHECK(row.categoryIds.contains(category.code));
                                     ++n;
                                 });
        CHECK(n == category.count);
        ++checked;
    }
    CHECK(checked > 0);
    CHECK(reports::Ledger::categoryId(rules::CountyRulebook::current(t.db()), QStringLiteral("orphan")) ==
          QStringLiteral("cat.orphan"));
    CHECK_THROWS_AS(reports::Ledger::categoryId(rules::CountyRulebook::current(t.db()), QStringLiteral("x")), Error);
}

TEST_CASE("A cancelled ledger export leaves no file, no temp file and no audit entry", "[ledger][cancel]")
{
    Township t;
    QTemporaryDir out;
    const qint64 before = audit::AuditLog::count(t.db());
    std::atomic_bool cancel = false;
    reports::ExportControl control;
    control.cancel = &cancel;
    int reports = 0;
    control.progress = [&](qint64, qint64) {
        ++reports;
        cancel = true; // the first report comes once the file is open and its header written
    };
    for (const char* name : {"c.xlsx", "c.csv"}) {
        const QString path = out.filePath(QLatin1String(name));
        try {
            if (QString::fromLatin1(name).endsWith(QLatin1String("xlsx")))
                reports::exportLedgerXlsx(t.db(), t.vault().userId(), {}, options(), path, control);
            else
                reports::exportLedgerCsv(t.db(), t.vault().userId(), {}, options(), path, control);
            FAIL("the export was not cancelled");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Cancelled);
        }
        cancel = false;
    }
    CHECK(reports == 2);
    CHECK(filesIn(out.path()).isEmpty());
    CHECK(openTempFiles() == 0);
    CHECK(audit::AuditLog::count(t.db()) == before);
}

namespace {

// Passes rows on to a real writer and does something to the world after a few of them.
class Meddler final : public reports::SheetWriter
{
public:
    Meddler(reports::SheetWriter& inner, std::function<void()> after) : m_inner(inner), m_after(std::move(after)) {}
    void addSheet(const QString& title, const QList<reports::Column>& columns) override
    {
        m_inner.addSheet(title, columns);
    }
    void writeRow(const reports::Row& row) override
    {
        m_inner.writeRow(row);
        if (m_inner.rowsWritten() == 5)
            m_after();
    }
    void finish() override { m_inner.finish(); }
    qint64 rowsWritten() const override { return m_inner.rowsWritten(); }

private:
    reports::SheetWriter& m_inner;
    std::function<void()> m_after;
};

} // namespace

TEST_CASE("A ledger whose folder disappears midway fails with a clear message and leaves nothing",
          "[ledger][failure]")
{
    Township t;
    QTemporaryDir base;
    const qint64 before = audit::AuditLog::count(t.db());
    for (bool xlsx : {true, false}) {
        const QString dir = base.filePath(xlsx ? QStringLiteral("x") : QStringLiteral("c"));
        REQUIRE(QDir().mkpath(dir));
        const QString path = dir + (xlsx ? QStringLiteral("/l.xlsx") : QStringLiteral("/l.csv"));
        std::unique_ptr<reports::SheetWriter> writer;
        if (xlsx)
            writer = std::make_unique<reports::XlsxWriter>(path);
        else
            writer = std::make_unique<reports::CsvWriter>(path);
        Meddler meddler(*writer, [&] { QDir(dir).removeRecursively(); });
        try {
            reports::exportLedger(t.db(), t.vault().userId(), {}, options(), meddler, xlsx, path);
            FAIL("the export succeeded without its folder");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Io);
            CHECK(e.message() == reports::PendingFile::writeFailed());
        }
        writer.reset();
        CHECK_FALSE(QFile::exists(path));
        CHECK_FALSE(QDir(dir).exists());
    }
    CHECK(audit::AuditLog::count(t.db()) == before);
    CHECK(openTempFiles() == 0);

    // A folder that is a file: refused before anything is written.
    QFile plain(base.filePath(QStringLiteral("plain")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    CHECK_THROWS_AS(reports::XlsxWriter(plain.fileName() + QStringLiteral("/l.xlsx")), Error);
    CHECK_THROWS_AS(reports::CsvWriter(plain.fileName() + QStringLiteral("/l.csv")), Error);
}
