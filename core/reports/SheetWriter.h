// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Table.h"

#include <QCoreApplication>
#include <QString>

namespace tonghu::reports {

// What a ledger or report writes to, whatever the file format: sheets of a header and rows,
// streamed, then finish(). Until finish() has returned nothing exists at the target path; a
// writer destroyed before (an error, a cancel) removes everything it wrote, temp files included.
// Every failure is an Error{Io} whose message names no path and no record.
class SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::reports::SheetWriter)
public:
    virtual ~SheetWriter() = default;

    // Starts a sheet (a workbook's tab; in a CSV file, the next block) with a header row.
    virtual void addSheet(const QString& title, const QList<Column>& columns) = 0;
    // One row of the current sheet; cells past the columns are dropped, missing ones are empty.
    virtual void writeRow(const Row& row) = 0;
    // Writes the file whole and moves it to the target path, replacing a file there.
    virtual void finish() = 0;
    // Data rows written so far, over every sheet, headers not counted.
    virtual qint64 rowsWritten() const = 0;

    // A small table kept in memory (a report's figures): a sheet and its rows.
    void writeTable(const Table& table)
    {
        addSheet(table.title, table.columns);
        for (const Row& row : table.rows)
            writeRow(row);
    }
};

} // namespace tonghu::reports
