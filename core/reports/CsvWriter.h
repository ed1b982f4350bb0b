// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/SheetWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tonghu::reports {

class PendingFile;

// A CSV file as Excel and WPS open it: UTF-8 with a byte-order mark (without it Excel on a
// Chinese Windows reads GBK and shows mojibake), CRLF line ends and RFC 4180 quoting. Dates are
// written yyyy-MM-dd and numbers without grouping.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
// return) as a formula, and a ledger holds text typed by many people (an address, a referral's
// agency). Such a cell gets a leading apostrophe, which Excel and WPS read as "this is text" and
// do not show; the cell is quoted as well. Numbers and dates, which Tonghu writes itself, are
// left as they are, so a negative number stays a number.
//
// A second sheet (a report with several tables) follows after an empty line, its title on a line
// of its own and then its header. The file is written beside the target and moved there by
// finish(), like XlsxWriter.
class CsvWriter final : public SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::reports::CsvWriter)
public:
    explicit CsvWriter(const QString& path);
    ~CsvWriter() override;

    void addSheet(const QString& title, const QList<Column>& columns) override;
    void writeRow(const Row& row) override;
    void finish() override;
    qint64 rowsWritten() const override { return m_rows; }

    // One field as it appears in the file: quoted when it must be, defused when it could run.
    static QString field(const Cell& cell);

private:
    void writeLine(const QStringList& fields);
    void flush();

    std::unique_ptr<PendingFile> m_file;
    QByteArray m_buffer;
    int m_sheets = 0;
    qsizetype m_columns = 0;
    qint64 m_rows = 0;
};

} // namespace tonghu::reports
