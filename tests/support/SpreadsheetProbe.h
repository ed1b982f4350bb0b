// SPDX-License-Identifier: GPL-3.0-or-later
// Reading back the files an export wrote: an .xlsx is a zip of XML parts, opened here with
// python3's zipfile (packaging/install-deps.sh installs python3), and a CSV file by RFC 4180.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tonghu::test {

// The names of the zip's members, or an empty list (and a failed CHECK) when it is not a zip
// whose members all pass their CRC check.
QStringList zipMembers(const QString& path);
QByteArray zipMember(const QString& path, const QString& member);

struct XlsxCell
{
    QString type;  // the t attribute: "inlineStr", "s", "n" or empty (a number)
    int style = 0; // the s attribute: an index into the styles' cellXfs
    QString value; // the text of an inline string, or the <v> of a number
};

struct XlsxSheet
{
    QString name;
    QList<QList<XlsxCell>> rows; // by row, each row by column (missing cells are empty XlsxCells)
    bool headerFrozen = false;   // a frozen pane below the first row
    QByteArray xml;
};

struct Xlsx
{
    QList<XlsxSheet> sheets;
    QHash<int, QString> styleFormats; // cellXfs index → the number format's code ("yyyy-mm-dd")
};
Xlsx readXlsx(const QString& path);

// Rows of fields; quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString& text);

// Days from Excel's day 0 (1899-12-30) to `date`: the number a date cell holds.
double excelSerial(const QDate& date);

} // namespace tonghu::test
