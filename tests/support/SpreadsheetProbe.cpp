// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SpreadsheetProbe.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <QProcess>
#include <QXmlStreamReader>

namespace tonghu::test {

namespace {

QByteArray python(const QString& script, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + args);
    REQUIRE(p.waitForStarted(30000));
    REQUIRE(p.waitForFinished(120000));
    CHECK(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

// "AB12" → 27 (0-based column 27).
int columnOf(const QString& ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.toLatin1() - 'A' + 1);
    }
    return col - 1;
}

XlsxSheet parseSheet(const QByteArray& xml)
{
    XlsxSheet sheet;
    sheet.xml = xml;
    QXmlStreamReader r(xml);
    QList<XlsxCell>* row = nullptr;
    XlsxCell* cell = nullptr;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("pane")) {
                sheet.headerFrozen = r.attributes().value(QLatin1String("state")) == QLatin1String("frozen") &&
                                     r.attributes().value(QLatin1String("ySplit")) == QLatin1String("1");
            } else if (name == QLatin1String("row")) {
                sheet.rows.append(QList<XlsxCell>());
                row = &sheet.rows.last();
            } else if (name == QLatin1String("c") && row) {
                const int col = columnOf(r.attributes().value(QLatin1String("r")).toString());
                while (row->size() <= col)
                    row->append(XlsxCell());
                cell = &(*row)[col];
                cell->type = r.attributes().value(QLatin1String("t")).toString();
                cell->style = r.attributes().value(QLatin1String("s")).toInt();
            } else if ((name == QLatin1String("t") || name == QLatin1String("v")) && cell) {
                cell->value += r.readElementText();
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("c")) {
            cell = nullptr;
        }
    }
    CHECK_FALSE(r.hasError());
    return sheet;
}

QHash<int, QString> parseStyles(const QByteArray& xml)
{
    QHash<int, QString> formats{{14, QStringLiteral("m/d/yyyy")}}; // built-in ids used here
    QHash<int, QString> out;
    QXmlStreamReader r(xml);
    bool inXfs = false;
    int index = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("numFmt"))
            formats.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(),
                           r.attributes().value(QLatin1String("formatCode")).toString());
        else if (r.isStartElement() && r.name() == QLatin1String("cellXfs"))
            inXfs = true;
        else if (r.isEndElement() && r.name() == QLatin1String("cellXfs"))
            inXfs = false;
        else if (inXfs && r.isStartElement() && r.name() == QLatin1String("xf"))
            out.insert(index++, formats.value(r.attributes().value(QLatin1String("numFmtId")).toInt()));
    }
    return out;
}

} // namespace

QStringList zipMembers(const QString& path)
{
    const QByteArray out = python(
        QStringLiteral("import sys, zipfile\n"
                       "z = zipfile.ZipFile(sys.argv[1])\n"
                       "assert z.testzip() is None\n"
                       "print('\\n'.join(z.namelist()))\n"),
        {path});
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray zipMember(const QString& path, const QString& member)
{
    return python(QStringLiteral("import sys, zipfile\n"
                                 "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))\n"),
                  {path, member});
}

Xlsx readXlsx(const QString& path)
{
    Xlsx x;
    const QStringList members = zipMembers(path);
    // Sheet names in workbook order; libxlsxwriter numbers the parts in the same order.
    QXmlStreamReader wb(zipMember(path, QStringLiteral("xl/workbook.xml")));
    QStringList names;
    while (!wb.atEnd()) {
        wb.readNext();
        if (wb.isStartElement() && wb.name() == QLatin1String("sheet"))
            names << wb.attributes().value(QLatin1String("name")).toString();
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1);
        REQUIRE(members.contains(part));
        XlsxSheet sheet = parseSheet(zipMember(path, part));
        sheet.name = names.at(i);
        x.sheets << sheet;
    }
    x.styleFormats = parseStyles(zipMember(path, QStringLiteral("xl/styles.xml")));
    return x;
}

QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
            ++i;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty())
        rows << (row << field);
    return rows;
}

double excelSerial(const QDate& date) { return double(QDate(1899, 12, 30).daysTo(date)); }

} // namespace tonghu::test
