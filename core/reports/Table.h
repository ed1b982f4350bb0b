// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <variant>

namespace tonghu::reports {

// One cell of a ledger or a report table: empty, text, a number, or a date (which a spreadsheet
// keeps as a date, so it sorts and filters as one).
using Cell = std::variant<std::monostate, QString, double, QDate>;
using Row = QList<Cell>;

struct Column
{
    QString header; // translated, in the report's language
    double width = 12; // in characters, as a spreadsheet measures them
};

// A small table kept whole in memory: a report's figures. A ledger, which may have 100,000 rows,
// is streamed row by row instead and never held like this.
struct Table
{
    QString title; // the sheet's name in a workbook, the heading in a PDF
    QList<Column> columns;
    QList<Row> rows;
};

} // namespace tonghu::reports
