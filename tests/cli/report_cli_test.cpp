// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli report ledger` on a demo village: the CSV holds the village's children, the Excel
// file opens, whole ID numbers only with --show-id, each export in the audit log, bad options
// refused before anything is written.
#include "tests/cli/CliTestSupport.h"
#include "tests/support/SpreadsheetProbe.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

using namespace tonghu;

namespace {

constexpr const char* kPassphrase = "correct horse battery staple 42";

test::CliRun cli(const QString& vault, QStringList arguments)
{
    return test::runCli(QStringList{QStringLiteral("--vault"), vault} + arguments, kPassphrase);
}

} // namespace

TEST_CASE("report ledger writes the village's ledger as CSV and Excel, audited", "[cli][report]")
{
    QTemporaryDir tmp;
    const QString vault = tmp.filePath(QStringLiteral("v"));
    REQUIRE(cli(vault, {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("15"),
                        QStringLiteral("--seed"), QStringLiteral("3")})
                .exitCode == 0);
    const test::CliRun children = cli(vault, {QStringLiteral("children"), QStringLiteral("--json")});
    REQUIRE(children.exitCode == 0);
    QStringList births;
    for (const auto& c : children.json().array())
        births << c.toObject().value(QStringLiteral("birth_date")).toString();
    std::sort(births.begin(), births.end());

    const QString csvPath = tmp.filePath(QStringLiteral("ledger.csv"));
    const test::CliRun csv = cli(vault, {QStringLiteral("report"), QStringLiteral("ledger"), QStringLiteral("--format"),
                                         QStringLiteral("csv"), QStringLiteral("--out"), csvPath, QStringLiteral("--json")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.json().object().value(QStringLiteral("rows")).toInt() == births.size());
    QFile f(csvPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = test::parseCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(rows.size() == births.size() + 1);
    QStringList ledgerBirths;
    for (qsizetype r = 1; r < rows.size(); ++r)
        ledgerBirths << rows.at(r).at(5);
    std::sort(ledgerBirths.begin(), ledgerBirths.end());
    CHECK(ledgerBirths == births);

    const QString xlsxPath = tmp.filePath(QStringLiteral("ledger.xlsx"));
    const test::CliRun xlsx = cli(vault, {QStringLiteral("report"), QStringLiteral("ledger"), QStringLiteral("--out"),
                                          xlsxPath, QStringLiteral("--show-id")});
    REQUIRE(xlsx.exitCode == 0);
    const test::Xlsx book = test::readXlsx(xlsxPath);
    REQUIRE(book.sheets.size() == 1);
    CHECK(book.sheets.first().rows.size() == births.size() + 1);

    const test::CliRun audit = cli(vault, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                           QStringLiteral("export"), QStringLiteral("--json")});
    REQUIRE(audit.exitCode == 0);
    QStringList details;
    for (const auto& e : audit.json().array())
        if (e.toObject().value(QStringLiteral("action")).toString().startsWith(QLatin1String("export.")) &&
            e.toObject().value(QStringLiteral("action")).toString() != QLatin1String("export.list"))
            details << e.toObject().value(QStringLiteral("action")).toString() + QLatin1Char(' ') +
                           e.toObject().value(QStringLiteral("detail")).toString();
    CHECK(details == QStringList{QStringLiteral("export.csv rows=%1 ids=masked notes=masked").arg(births.size()),
                                 QStringLiteral("export.xlsx rows=%1 ids=full notes=masked").arg(births.size())});

    // Refused before the vault is opened, and nothing written.
    const QString bad = tmp.filePath(QStringLiteral("bad.pdf"));
    const test::CliRun wrongFormat = cli(vault, {QStringLiteral("report"), QStringLiteral("ledger"),
                                                 QStringLiteral("--format"), QStringLiteral("pdf"),
                                                 QStringLiteral("--out"), bad});
    CHECK(wrongFormat.exitCode == 2);
    const test::CliRun unknown = cli(vault, {QStringLiteral("report"), QStringLiteral("ledger"), QStringLiteral("--out"),
                                             bad, QStringLiteral("--category"), QStringLiteral("nonsense")});
    CHECK(unknown.exitCode == 2);
    CHECK_FALSE(QFile::exists(bad));
}
