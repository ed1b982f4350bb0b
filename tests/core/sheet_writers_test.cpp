// SPDX-License-Identifier: GPL-3.0-or-later
// The spreadsheet writers on their own, with synthetic rows (no personal data): CSV quoting and
// formula defusing, a sheet continued when it is full, 100,000 rows in constant memory, and a
// full disk that leaves no file.
#include "core/reports/CsvWriter.h"
#include "core/reports/PendingFile.h"
#include "core/reports/XlsxWriter.h"
#include "core/util/Error.h"
#include "tests/support/SpreadsheetProbe.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace tonghu;
using reports::Cell;
using reports::Column;
using reports::Row;

namespace {

QList<Column> columns(int n)
{
    QList<Column> out;
    for (int i = 0; i < n; ++i)
        out << Column{QStringLiteral("列%1").arg(i), 12};
    return out;
}

// A row of made-up values the size of a ledger's row: text, a number and a date.
Row syntheticRow(qint64 i)
{
    Row row;
    row << Cell{QStringLiteral("第%1行 合成的文字 synthetic text of a ledger cell").arg(i)} << Cell{double(i)}
        << Cell{QDate(2020, 1, 1).addDays(i % 2000)};
    for (int c = 3; c < 17; ++c)
        row << Cell{QStringLiteral("cell %1 of row %2, some words to make it as long as a real one").arg(c).arg(i)};
    return row;
}

// The resident memory of this process, in KiB.
qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// The most the resident memory grew while `rows` rows were written to a workbook.
qint64 growthWriting(const QString& path, qint64 rows)
{
    const qint64 base = rssKiB();
    qint64 peak = base;
    reports::XlsxWriter writer(path);
    writer.addSheet(QStringLiteral("台账"), columns(17));
    for (qint64 i = 0; i < rows; ++i) {
        writer.writeRow(syntheticRow(i));
        if (i % 2000 == 0)
            peak = std::max(peak, rssKiB());
    }
    writer.finish();
    return std::max<qint64>(0, peak - base);
}

} // namespace

TEST_CASE("CSV fields are quoted by RFC 4180 and formulas are defused", "[csv]")
{
    using reports::CsvWriter;
    CHECK(CsvWriter::field(Cell{QStringLiteral("plain 文字")}) == QStringLiteral("plain 文字"));
    CHECK(CsvWriter::field(Cell{QStringLiteral("a,b")}) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::field(Cell{QStringLiteral("say \"hi\"")}) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::field(Cell{QStringLiteral("two\nlines")}) == QStringLiteral("\"two\nlines\""));
    for (const char* risky : {"=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx"})
        CHECK(CsvWriter::field(Cell{QString::fromLatin1(risky)}).startsWith(QStringLiteral("\"'")));
    CHECK(CsvWriter::field(Cell{-2.5}) == QStringLiteral("-2.5"));
    CHECK(CsvWriter::field(Cell{double(123456789)}) == QStringLiteral("123456789"));
    CHECK(CsvWriter::field(Cell{QDate(2026, 3, 1)}) == QStringLiteral("2026-03-01"));
    CHECK(CsvWriter::field(Cell{}).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    {
        CsvWriter w(path);
        w.writeTable({QStringLiteral("一"), {{QStringLiteral("名称"), 10}, {QStringLiteral("数"), 5}},
                      {{Cell{QStringLiteral("a")}, Cell{1.0}}, {Cell{QStringLiteral("=b")}}}});
        w.addSheet(QStringLiteral("二"), {{QStringLiteral("x"), 5}});
        w.writeRow({Cell{QDate(2026, 1, 2)}});
        CHECK_FALSE(QFile::exists(path)); // nothing under the name until it is finished
        w.finish();
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("\xEF\xBB\xBF名称,数\r\na,1\r\n\"'=b\",\r\n\r\n二\r\nx\r\n2026-01-02\r\n"));
    CHECK((f.permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0); // private, like the vault
}

TEST_CASE("A workbook continues on a new sheet when one is full, with the header again", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.xlsx"));
    {
        reports::XlsxWriter w(path);
        w.setRowsPerSheet(10); // 9 rows and the header, instead of Excel's 1,048,576
        w.addSheet(QStringLiteral("台账"), columns(3));
        for (int i = 0; i < 25; ++i)
            w.writeRow(syntheticRow(i));
        w.finish();
        CHECK(w.rowsWritten() == 25);
    }
    const test::Xlsx x = test::readXlsx(path);
    REQUIRE(x.sheets.size() == 3);
    CHECK(x.sheets.at(0).name == QStringLiteral("台账"));
    CHECK(x.sheets.at(1).name == QStringLiteral("台账 (2)"));
    CHECK(x.sheets.at(2).name == QStringLiteral("台账 (3)"));
    int rows = 0;
    for (const test::XlsxSheet& s : x.sheets) {
        CHECK(s.headerFrozen);
        CHECK(s.rows.first().first().value == QStringLiteral("列0"));
        rows += int(s.rows.size()) - 1;
    }
    CHECK(rows == 25);
    // Numbers are numbers, text is inline text (never a formula), a date is a number with a date style.
    const auto& row = x.sheets.at(0).rows.at(1);
    CHECK(row.at(0).type == QStringLiteral("inlineStr"));
    CHECK(row.at(1).type.isEmpty());
    CHECK(row.at(1).value == QStringLiteral("0"));
    CHECK(row.at(2).value.toDouble() == test::excelSerial(QDate(2020, 1, 1)));
    CHECK(x.styleFormats.value(row.at(2).style) == QStringLiteral("yyyy-mm-dd"));
    CHECK_FALSE(x.sheets.at(0).xml.contains("<f>"));
}

TEST_CASE("100,000 rows stream into a workbook in constant memory", "[xlsx][memory]")
{
    QTemporaryDir dir;
    const qint64 small = growthWriting(dir.filePath(QStringLiteral("10k.xlsx")), 10000);
    const QString path = dir.filePath(QStringLiteral("100k.xlsx"));
    const qint64 large = growthWriting(path, 100000);
    // Information only; the check below is generous: held in memory, 100,000 such rows would
    // take several hundred MiB, ten times what 10,000 take.
    WARN("resident memory grew by " << small << " KiB for 10,000 rows and " << large << " KiB for 100,000");
    CHECK(large < small * 4 + 64 * 1024);

    const test::Xlsx x = test::readXlsx(path);
    REQUIRE(x.sheets.size() == 1);
    CHECK(x.sheets.first().rows.size() == 100001);
    CHECK(x.sheets.first().rows.last().at(1).value == QStringLiteral("99999"));
}

#ifdef Q_OS_LINUX
TEST_CASE("A full disk during an export fails clearly and leaves no file", "[xlsx][csv][failure]")
{
    // RLIMIT_FSIZE makes every write past the limit fail with EFBIG, as a full disk fails them
    // with ENOSPC; SIGXFSZ, which would end the process, is ignored while it is set.
    QTemporaryDir dir;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    for (bool xlsx : {true, false}) {
        const QString path = dir.filePath(xlsx ? QStringLiteral("full.xlsx") : QStringLiteral("full.csv"));
        std::unique_ptr<reports::SheetWriter> writer;
        if (xlsx)
            writer = std::make_unique<reports::XlsxWriter>(path);
        else
            writer = std::make_unique<reports::CsvWriter>(path);
        rlimit limit = old;
        limit.rlim_cur = 256 * 1024;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limit) == 0);
        bool failed = false;
        QString message;
        try {
            writer->addSheet(QStringLiteral("t"), columns(17));
            for (int i = 0; i < 20000; ++i)
                writer->writeRow(syntheticRow(i));
            writer->finish();
        } catch (const Error& e) {
            failed = e.kind() == Error::Kind::Io;
            message = e.message();
        }
        writer.reset();
        REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);
        CHECK(failed);
        CHECK(message == reports::PendingFile::writeFailed());
        CHECK_FALSE(QFile::exists(path));
    }
    std::signal(SIGXFSZ, oldHandler);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}
#endif
