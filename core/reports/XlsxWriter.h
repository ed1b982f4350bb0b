// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/SheetWriter.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tonghu::reports {

// An Excel workbook written with libxlsxwriter in its constant-memory mode: each row goes to the
// sheet's temporary file as soon as the next one starts, so 100,000 rows take no more memory than
// ten. A sheet holds Excel's 1,048,576 rows at most (the header included); the rows after that
// continue on a new sheet named "<title> (2)", with the header again.
//
// Each sheet has a bold, frozen header row and the columns' widths. Text is written as text
// (never as a formula, so a cell starting with "=" is harmless here), numbers as numbers and dates
// as real dates shown yyyy-mm-dd, which sort and filter as dates.
//
// Files: the workbook is written beside the target under a neutral name (PendingFile) and moved
// there by finish(); libxlsxwriter's own temporary files go to a private folder (0700) made for
// this workbook. They are unlinked the moment they are created, so they have no name anyone can
// open and vanish when closed or when the process dies; the folder is removed with the writer.
class XlsxWriter final : public SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::reports::XlsxWriter)
public:
    static constexpr qint64 kExcelMaxRows = 1048576;

    // Throws Error{Io} when the folder of `path` cannot be written.
    explicit XlsxWriter(const QString& path);
    // Without finish(): discards the workbook and every temporary file.
    ~XlsxWriter() override;

    void addSheet(const QString& title, const QList<Column>& columns) override;
    void writeRow(const Row& row) override;
    void finish() override;
    qint64 rowsWritten() const override { return m_rows; }

    // Rows per sheet, the header included: Excel's limit unless a test wants to see the overflow
    // onto the next sheet without writing a million rows.
    void setRowsPerSheet(qint64 rows);

    // libxlsxwriter's name for one of its errors, for tests; never shown to the user.
    static QString libraryError(int code);

private:
    struct State;
    void startSheet();
    std::unique_ptr<State> d;
    qint64 m_rows = 0;
};

} // namespace tonghu::reports
